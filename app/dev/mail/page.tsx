import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { config } from '@/lib/config';
import { listRecentEmails } from '@/lib/dal/outbox';

// Renders in one pass with its data, like every page (see app/layout.tsx).
export const instant = false;

export const metadata: Metadata = { title: 'Development mailbox', robots: { index: false } };

const LINK = /(https?:\/\/[^\s]+)/g;

/** Plain text with its addresses as links (React escapes the rest). */
function Linked({ text }: { text: string }) {
  return text.split(LINK).map((part, i) =>
    i % 2 === 1 ? (
      <a key={i} href={part} className="break-all text-brand-700 underline dark:text-brand-500">
        {part}
      </a>
    ) : (
      part
    ),
  );
}

// Development only, when no SMTP_URL is set: every email the app queued, newest first, with working
// links, so a newcomer can confirm an address or reset a password without a mail server.
export default async function DevMailPage() {
  await connection();
  const { nodeEnv, mail } = config();
  if (nodeEnv !== 'development' || mail.smtpUrl) notFound();
  const mails = await listRecentEmails();
  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-6">
      <h1 className="text-3xl font-extrabold">Development mailbox</h1>
      <p className="text-zinc-700 dark:text-zinc-300">Emails the app sent (no SMTP_URL is set, so they went to the log and here). Newest first.</p>
      {mails.length === 0 && <p>No emails yet.</p>}
      {mails.map((m) => (
        <article key={m.id} aria-label={m.subject} className="rounded-lg border border-zinc-300 p-4 dark:border-zinc-700">
          <h2 className="font-bold">{m.subject}</h2>
          <p className="text-sm text-zinc-600 dark:text-zinc-400">
            To {m.toAddress} · {m.createdAt.toISOString().replace('T', ' ').slice(0, 19)} UTC · {m.sentAt ? 'sent' : m.droppedAt ? 'dropped' : 'waiting'}
          </p>
          <pre className="mt-2 whitespace-pre-wrap break-words font-sans text-sm">
            <Linked text={m.textBody} />
          </pre>
        </article>
      ))}
    </div>
  );
}
