import type { Metadata } from 'next';
import Link from 'next/link';
import { ActionForm } from '@/components/forms/action-form';
import { resubscribeAction } from '@/lib/actions/email-preferences';

export const metadata: Metadata = { title: 'Unsubscribed', robots: { index: false } };

const WHAT = { replies: 'replies to your comments', mentions: 'mentions of you', moderation: 'moderators’ decisions on your comments', digest: 'the daily digest' } as const;

type Props = { searchParams: Promise<{ h?: string; t?: string; s?: string; invalid?: string }> };

// Where an email's unsubscribe link lands (after app/api/unsubscribe/route.ts turned the emails off).
export default async function UnsubscribedPage({ searchParams }: Props) {
  const { h, t, s, invalid } = await searchParams;
  const topic = t && t in WHAT ? (t as keyof typeof WHAT) : null;
  if (invalid || !h || !s || !topic) {
    return (
      <div className="mx-auto flex max-w-md flex-col gap-4">
        <h1 className="text-3xl font-extrabold">This link does not work</h1>
        <p>It may be incomplete: copy the whole address from the email. You can also choose your emails on your profile.</p>
        <Link href="/profile" className="self-start font-semibold underline">
          Your profile
        </Link>
      </div>
    );
  }
  return (
    <div className="mx-auto flex max-w-md flex-col gap-4">
      <h1 className="text-3xl font-extrabold">You are unsubscribed</h1>
      <p>We will not email you about {WHAT[topic]} any more. Everything still shows in your notifications on the site.</p>
      <ActionForm action={resubscribeAction} submitLabel="Undo: email me again" pendingLabel="Saving…" className="flex flex-wrap items-center gap-3">
        <input type="hidden" name="h" value={h} />
        <input type="hidden" name="t" value={topic} />
        <input type="hidden" name="s" value={s} />
      </ActionForm>
    </div>
  );
}
