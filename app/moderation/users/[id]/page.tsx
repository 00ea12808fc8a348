import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { ActionForm } from '@/components/forms/action-form';
import { LogTable } from '@/components/moderation/log-table';
import { RestrictControls } from '@/components/moderation/restrict-controls';
import { UserStandingControls } from '@/components/moderation/user-standing-controls';
import { PublishedTime } from '@/components/ui/published-time';
import { addUserNoteAction } from '@/lib/actions/moderation';
import { staffRole } from '@/lib/dal/staff';
import { getUserHistory } from '@/lib/dal/user-history';
import { getViewer } from '@/lib/viewer';

// Renders in one pass with its data, like every page (see app/layout.tsx).
export const instant = false;

export const metadata: Metadata = { title: 'User history', robots: { index: false } };

const STATUS_LABEL: Record<string, string> = { published: 'published', pending: 'awaiting review', hidden: 'hidden', deleted: 'deleted', shadowed: 'shadow banned' };

export default async function UserHistoryPage({ params }: { params: Promise<{ id: string }> }) {
  await connection();
  const { id } = await params;
  if (!/^[0-9a-f-]{36}$/i.test(id)) notFound();
  const viewer = await getViewer();
  const history = await getUserHistory(viewer?.id ?? null, id);
  if (!history || history === 'forbidden') notFound();
  const { user, counts, comments, notes, log, restorable } = history;
  const actorRole = await staffRole(viewer?.id);
  const mayAct = user.id !== viewer?.id && (actorRole === 'admin' || user.role === 'reader');

  return (
    <div className="flex flex-col gap-8">
      <header className="flex flex-col gap-1">
        <h1 className="text-3xl font-extrabold">{user.name}</h1>
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          {user.email} · <span className="uppercase">{user.role}</span> · joined <PublishedTime date={new Date(user.createdAt)} />
        </p>
        <p className="flex flex-wrap gap-2 text-sm">
          {user.restriction?.kind === 'ban' && <span className="rounded bg-red-100 px-2 text-red-900 dark:bg-red-950 dark:text-red-200">Banned: {user.restriction.reason}</span>}
          {user.restriction?.kind === 'suspension' && (
            <span className="rounded bg-amber-100 px-2 text-amber-900 dark:bg-amber-950 dark:text-amber-200">
              Suspended until {user.restriction.until?.toISOString().slice(0, 16).replace('T', ' ')} UTC: {user.restriction.reason}
            </span>
          )}
          {user.shadowBannedAt && <span className="rounded bg-purple-100 px-2 text-purple-900 dark:bg-purple-950 dark:text-purple-200">Shadow banned since {user.shadowBannedAt.slice(0, 10)}</span>}
          {user.alwaysReview && <span className="rounded bg-sky-100 px-2 text-sky-900 dark:bg-sky-950 dark:text-sky-200">Every comment reviewed</span>}
        </p>
        <p className="text-sm">
          Comments:{' '}
          {Object.entries(counts)
            .map(([status, n]) => `${n} ${STATUS_LABEL[status] ?? status}`)
            .join(', ') || 'none yet'}
        </p>
      </header>

      {mayAct && (
        <section aria-labelledby="tools-heading" className="flex flex-col gap-4">
          <h2 id="tools-heading" className="text-xl font-bold">
            Standing
          </h2>
          <RestrictControls userId={user.id} name={user.name} restricted={Boolean(user.restriction)} restorable={restorable} />
          <UserStandingControls userId={user.id} alwaysReview={user.alwaysReview} shadowBanned={Boolean(user.shadowBannedAt)} />
        </section>
      )}

      <section aria-labelledby="notes-heading" className="flex flex-col gap-3">
        <h2 id="notes-heading" className="text-xl font-bold">
          Staff notes
        </h2>
        <p className="text-sm text-zinc-600 dark:text-zinc-400">Only staff see these notes.</p>
        {user.id !== viewer?.id && (
          <ActionForm action={addUserNoteAction} submitLabel="Add note" className="flex flex-col items-start gap-2">
            <input type="hidden" name="userId" value={user.id} />
            <label htmlFor="note-body" className="text-sm font-medium">
              New note
            </label>
            <textarea id="note-body" name="body" rows={2} maxLength={1000} required className="w-full max-w-xl rounded border border-zinc-300 bg-white px-2 py-1 dark:border-zinc-700 dark:bg-zinc-900" />
          </ActionForm>
        )}
        {notes.length === 0 ? (
          <p className="text-sm text-zinc-600 dark:text-zinc-400">No notes yet.</p>
        ) : (
          <ul className="flex flex-col gap-2 text-sm">
            {notes.map((n) => (
              <li key={n.id}>
                <span className="font-semibold">{n.author}</span>, <PublishedTime date={new Date(n.createdAt)} />: <span className="whitespace-pre-wrap">{n.body}</span>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="comments-heading" className="flex flex-col gap-3">
        <h2 id="comments-heading" className="text-xl font-bold">
          Latest comments
        </h2>
        {comments.length === 0 ? (
          <p className="text-sm text-zinc-600 dark:text-zinc-400">No comments.</p>
        ) : (
          <ul className="flex flex-col gap-3">
            {comments.map((c) => (
              <li key={c.id} className="border-b border-zinc-200 pb-2 dark:border-zinc-800">
                <p className="text-xs text-zinc-600 dark:text-zinc-400">
                  <span className="uppercase">{STATUS_LABEL[c.status]}</span> · <PublishedTime date={new Date(c.createdAt)} /> · on{' '}
                  <Link href={`/articles/${c.article.slug}#comments`} className="underline">
                    {c.article.title}
                  </Link>{' '}
                  ·{' '}
                  <Link href={`/moderation/comments/${c.id}`} className="underline">
                    History and actions
                  </Link>
                </p>
                <p className="whitespace-pre-wrap break-words">{c.body}</p>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="log-heading">
        <h2 id="log-heading" className="mb-2 text-xl font-bold">
          Actions about this user
        </h2>
        <LogTable entries={log} />
      </section>
    </div>
  );
}
