import type { Metadata } from 'next';
import Link from 'next/link';

export const metadata: Metadata = { title: 'Account deleted', robots: { index: false } };

type Props = { searchParams: Promise<{ at?: string }> };

// Where "Delete my account" lands, signed out.
export default async function AccountDeletedPage({ searchParams }: Props) {
  const { at } = await searchParams;
  const when = at && !Number.isNaN(Date.parse(at)) ? new Date(at).toISOString().replace('T', ' ').slice(0, 16) : null;
  return (
    <div className="mx-auto flex max-w-md flex-col gap-4">
      <h1 className="text-3xl font-extrabold">Your account will be deleted</h1>
      <p>
        You are signed out everywhere. {when ? `Your account is erased on ${when} UTC.` : 'Your account is erased at the end of its grace period.'} Changed your mind? Sign in
        before then and nothing is lost. We sent the details to your email address.
      </p>
      <Link href="/signin" className="self-start font-semibold underline">
        Sign in to keep my account
      </Link>
    </div>
  );
}
