import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { ActionForm } from '@/components/forms/action-form';
import { LogTable } from '@/components/moderation/log-table';
import { ReasonFields } from '@/components/moderation/reason-fields';
import { RestrictControls } from '@/components/moderation/restrict-controls';
import { PublishedTime } from '@/components/ui/published-time';
import { approveCommentAction, hideCommentAction, unhideCommentAction } from '@/lib/actions/moderation';
import { getCommentHistory } from '@/lib/dal/moderation-queue';
import { reasonLabel } from '@/lib/moderation-reasons';
import { rowIdFrom } from '@/lib/validation';
import { getViewer } from '@/lib/viewer';

// Renders in one pass with its data, like every page (see app/layout.tsx).
export const instant = false;

export const metadata: Metadata = { title: 'Comment history', robots: { index: false } };

export default async function CommentHistoryPage({ params }: { params: Promise<{ id: string }> }) {
  await connection();
  const id = rowIdFrom((await params).id);
  if (!id) notFound();
  const viewer = await getViewer();
  const history = await getCommentHistory(viewer?.id ?? null, id);
  if (!history || history === 'forbidden') notFound();
  const { comment, reports, log, author, revisions } = history;
  const restricted = Boolean(author.bannedAt || (author.suspendedUntil && new Date(author.suspendedUntil) > new Date()));

  return (
    <div className="flex flex-col gap-8">
      <header>
        <h1 className="text-3xl font-extrabold">Comment {comment.id}</h1>
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          By{' '}
          <Link href={`/moderation/users/${comment.author.id}`} className="underline">
            {comment.author.name}
          </Link>{' '}
          ({comment.author.email}) on{' '}
          <Link href={`/articles/${comment.article.slug}#comments`} className="underline">
            {comment.article.title}
          </Link>{' '}
          · <PublishedTime date={new Date(comment.createdAt)} /> · status <strong>{comment.status === 'shadowed' ? 'shadow banned (seen only by its author)' : comment.status}</strong>
          {comment.statusReason && <> ({reasonLabel(comment.statusReason)})</>}
        </p>
      </header>
      <blockquote className="whitespace-pre-wrap break-words rounded-lg border-l-4 border-zinc-300 bg-zinc-50 p-4 dark:border-zinc-600 dark:bg-zinc-900">{comment.body}</blockquote>

      {revisions.length > 0 && (
        <section aria-labelledby="revisions-heading" className="flex flex-col gap-2">
          <h2 id="revisions-heading" className="text-xl font-bold">
            Earlier versions ({revisions.length})
          </h2>
          <ol className="flex flex-col gap-2">
            {revisions.map((r, i) => (
              <li key={i} className="rounded-lg border border-zinc-200 p-3 dark:border-zinc-700">
                <p className="text-xs text-zinc-600 dark:text-zinc-400">
                  Written {r.writtenAt.slice(0, 16).replace('T', ' ')} UTC, replaced {r.replacedAt.slice(0, 16).replace('T', ' ')} UTC
                </p>
                <p className="whitespace-pre-wrap break-words">{r.body}</p>
              </li>
            ))}
          </ol>
        </section>
      )}

      <section aria-labelledby="actions-heading" className="flex flex-col gap-3">
        <h2 id="actions-heading" className="text-xl font-bold">
          Actions
        </h2>
        {comment.status !== 'deleted' && (
          <ActionForm action={approveCommentAction} submitLabel="Approve (dismiss reports)">
            <input type="hidden" name="commentId" value={comment.id} />
          </ActionForm>
        )}
        {comment.status === 'hidden' ? (
          <ActionForm action={unhideCommentAction} submitLabel="Unhide">
            <input type="hidden" name="commentId" value={comment.id} />
          </ActionForm>
        ) : (
          comment.status !== 'deleted' && (
            <ActionForm action={hideCommentAction} submitLabel="Hide comment" className="flex flex-wrap items-end gap-3">
              <input type="hidden" name="commentId" value={comment.id} />
              <ReasonFields idPrefix="history-hide" />
            </ActionForm>
          )
        )}
        <div>
          <h3 className="mb-2 font-semibold">The author</h3>
          {author.bannedAt && <p className="text-sm">Banned since {author.bannedAt.slice(0, 10)}: {author.restrictionReason}</p>}
          {author.suspendedUntil && new Date(author.suspendedUntil) > new Date() && (
            <p className="text-sm">
              Suspended until {author.suspendedUntil.slice(0, 16).replace('T', ' ')} UTC: {author.restrictionReason}
            </p>
          )}
          {author.id === viewer?.id ? (
            <p className="text-sm">This is your own comment.</p>
          ) : (
            <RestrictControls userId={author.id} name={comment.author.name} restricted={restricted} />
          )}
        </div>
      </section>

      <section aria-labelledby="reports-heading">
        <h2 id="reports-heading" className="mb-2 text-xl font-bold">
          Reports ({reports.length})
        </h2>
        {reports.length === 0 ? (
          <p className="text-zinc-600 dark:text-zinc-400">No reports.</p>
        ) : (
          <ul className="flex flex-col gap-1 text-sm">
            {reports.map((r, i) => (
              <li key={i}>
                {r.reporter}
                {r.newAccount && <span className="ml-1 rounded bg-amber-100 px-1 text-xs text-amber-900 dark:bg-amber-950 dark:text-amber-200">new account</span>}:{' '}
                {reasonLabel(r.reason)}
                {r.note && <> – “{r.note}”</>} · <PublishedTime date={new Date(r.createdAt)} />
                {r.resolved && <span className="ml-2 text-zinc-500">(dismissed)</span>}
                {r.reportedBody !== null && r.reportedBody !== comment.body && (
                  <span className="mt-1 block whitespace-pre-wrap rounded border-l-4 border-amber-400 bg-amber-50 p-2 dark:bg-amber-950">
                    Text when reported (edited since): {r.reportedBody}
                  </span>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="log-heading">
        <h2 id="log-heading" className="mb-2 text-xl font-bold">
          History
        </h2>
        <LogTable entries={log} />
      </section>
    </div>
  );
}
