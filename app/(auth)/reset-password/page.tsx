import type { Metadata } from 'next';
import { connection } from 'next/server';
import { LinkProblem } from '@/components/link-problem';
import { ResetPasswordForm } from '@/components/reset-password-form';
import { checkResetLink } from '@/lib/dal/account-email';

// Renders in one pass with its data, like every page (see app/layout.tsx).
export const instant = false;

export const metadata: Metadata = { title: 'Choose a new password', robots: { index: false }, referrer: 'no-referrer' };

type Props = { searchParams: Promise<{ token?: string | string[] }> };

export default async function ResetPasswordPage({ searchParams }: Props) {
  await connection();
  const { token } = await searchParams;
  const value = typeof token === 'string' ? token : '';
  const status = await checkResetLink(value);
  if (status !== 'valid') return <LinkProblem problem={status} again={{ href: '/forgot-password', label: 'Ask for a new link' }} />;
  return (
    <div className="mx-auto flex max-w-sm flex-col gap-6">
      <h1 className="text-3xl font-extrabold">Choose a new password</h1>
      <p className="text-zinc-700 dark:text-zinc-300">Saving it signs you out on every device; then sign in with the new password.</p>
      <ResetPasswordForm token={value} />
    </div>
  );
}
