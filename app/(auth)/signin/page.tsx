import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { connection } from 'next/server';
import { OAuthButtons } from '@/components/oauth-buttons';
import { SignInForm } from '@/components/sign-in-form';
import { safeCallbackUrl } from '@/lib/validation';
import { getViewer } from '@/lib/viewer';

// Renders in one pass with its data, like every page (see app/layout.tsx).
export const instant = false;

export const metadata: Metadata = { title: 'Sign in', robots: { index: false } };

type Props = { searchParams: Promise<{ callbackUrl?: string | string[]; reset?: string }> };

export default async function SignInPage({ searchParams }: Props) {
  await connection(); // Auth.js touches crypto before it reads the cookies: keep it out of any prerender
  const params = await searchParams;
  const callbackUrl = safeCallbackUrl(params.callbackUrl);
  if (await getViewer()) redirect(callbackUrl);
  return (
    <div className="mx-auto flex max-w-sm flex-col gap-6">
      <h1 className="text-3xl font-extrabold">Sign in</h1>
      {params.reset === '1' && (
        <p role="status" className="rounded-lg bg-green-50 p-3 text-green-900 dark:bg-green-950 dark:text-green-200">
          Your password is changed and every device was signed out. Sign in with the new password.
        </p>
      )}
      <SignInForm callbackUrl={callbackUrl} />
      <Link href="/forgot-password" className="self-start text-sm font-semibold text-brand-700 underline dark:text-brand-500">
        Forgot your password?
      </Link>
      <OAuthButtons callbackUrl={callbackUrl} />
      <p className="text-sm">
        New here?{' '}
        <Link href={`/signup?callbackUrl=${encodeURIComponent(callbackUrl)}`} className="font-semibold text-brand-700 underline dark:text-brand-500">
          Create an account
        </Link>
      </p>
    </div>
  );
}
