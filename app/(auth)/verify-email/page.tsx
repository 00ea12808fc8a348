import type { Metadata } from 'next';
import Link from 'next/link';
import { connection } from 'next/server';
import { LinkProblem } from '@/components/link-problem';
import { verifyEmail } from '@/lib/dal/account-email';

// Renders in one pass with its data, like every page (see app/layout.tsx).
export const instant = false;

export const metadata: Metadata = { title: 'Confirm your email', robots: { index: false }, referrer: 'no-referrer' };

type Props = { searchParams: Promise<{ token?: string | string[] }> };

// Opening the emailed link is the confirmation (it works once).
export default async function VerifyEmailPage({ searchParams }: Props) {
  await connection();
  const { token } = await searchParams;
  const result = await verifyEmail(typeof token === 'string' ? token : '');
  if (result.status !== 'ok') return <LinkProblem problem={result.status} again={{ href: '/profile', label: 'Send a new link from your profile' }} />;
  return (
    <div className="mx-auto flex max-w-sm flex-col gap-6">
      <h1 className="text-3xl font-extrabold">Email confirmed</h1>
      <p className="text-zinc-700 dark:text-zinc-300">Thank you: {result.email} is confirmed.</p>
      <Link href="/" className="self-start font-semibold underline">
        Back to the news
      </Link>
    </div>
  );
}
