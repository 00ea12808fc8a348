import type { Metadata } from 'next';
import Link from 'next/link';
import { connection } from 'next/server';
import { LinkProblem } from '@/components/link-problem';
import { confirmEmailChange } from '@/lib/dal/account-email';

// Renders in one pass with its data, like every page (see app/layout.tsx).
export const instant = false;

export const metadata: Metadata = { title: 'Confirm your new email', robots: { index: false }, referrer: 'no-referrer' };

type Props = { searchParams: Promise<{ token?: string | string[] }> };

// Opening the link sent to the new address moves the account to it (once).
export default async function ConfirmEmailPage({ searchParams }: Props) {
  await connection();
  const { token } = await searchParams;
  const result = await confirmEmailChange(typeof token === 'string' ? token : '');
  if (result.status !== 'ok') return <LinkProblem problem={result.status} again={{ href: '/profile', label: 'Change it again from your profile' }} />;
  return (
    <div className="mx-auto flex max-w-sm flex-col gap-6">
      <h1 className="text-3xl font-extrabold">Email changed</h1>
      <p className="text-zinc-700 dark:text-zinc-300">Your account now uses {result.email}. Sign in with it from now on.</p>
      <Link href="/profile" className="self-start font-semibold underline">
        Your profile
      </Link>
    </div>
  );
}
