import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { PublishedTime } from '@/components/ui/published-time';
import { ARTICLE_STATUS_LABELS, ARTICLE_STATUSES, type ArticleStatus } from '@/db/enums';
import { getNewsroomChoices, listNewsroomArticles } from '@/lib/dal/newsroom-articles';
import { getViewer } from '@/lib/viewer';

export const instant = false;
export const metadata: Metadata = { title: 'Newsroom', robots: { index: false } };

type Query = { status?: string; q?: string; author?: string; since?: string; after?: string };
const INPUT = 'rounded-lg border border-zinc-300 bg-white px-3 py-1.5 dark:border-zinc-700 dark:bg-zinc-900';

export default async function NewsroomPage({ searchParams }: { searchParams: Promise<Query> }) {
  await connection();
  const query = await searchParams;
  const text = (v: unknown, max: number) => (typeof v === 'string' ? v.slice(0, max) : '');
  const status = ARTICLE_STATUSES.find((s) => s === query.status) as ArticleStatus | undefined;
  const q = text(query.q, 100).trim();
  const authorId = Number(text(query.author, 12)) || undefined;
  const since = /^\d{4}-\d{2}-\d{2}$/.test(text(query.since, 10)) ? text(query.since, 10) : '';
  const viewer = await getViewer();
  const [page, choices] = await Promise.all([
    listNewsroomArticles(viewer?.id ?? null, { status, q: q || undefined, authorId, updatedSince: since ? new Date(`${since}T00:00:00Z`) : undefined, after: text(query.after, 60) || undefined }),
    getNewsroomChoices(viewer?.id ?? null),
  ]);
  if (!page || !choices) notFound();
  const filters = new URLSearchParams({ ...(status ? { status } : {}), ...(q ? { q } : {}), ...(authorId ? { author: String(authorId) } : {}), ...(since ? { since } : {}) });

  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-3xl font-extrabold">{choices.actor.editor ? 'Articles' : 'My articles'}</h1>
        <Link href="/newsroom/articles/new" className="rounded-full bg-brand-600 px-5 py-2 font-semibold text-white hover:bg-brand-700">
          New article
        </Link>
      </div>
      <nav aria-label="Status" className="flex flex-wrap gap-2 text-sm">
        {[undefined, ...ARTICLE_STATUSES].map((s) => {
          const params = new URLSearchParams(filters);
          if (s) params.set('status', s);
          else params.delete('status');
          return (
            <Link key={s ?? 'all'} href={`/newsroom?${params}`} aria-current={s === status ? 'page' : undefined} className={`rounded-full px-3 py-1 ${s === status ? 'bg-brand-600 text-white' : 'bg-zinc-100 dark:bg-zinc-800'}`}>
              {s ? ARTICLE_STATUS_LABELS[s] : 'All'}
            </Link>
          );
        })}
      </nav>
      <form action="/newsroom" role="search" className="flex flex-wrap items-end gap-3 text-sm">
        {status && <input type="hidden" name="status" value={status} />}
        <label className="flex flex-col gap-1">
          Title
          <input name="q" defaultValue={q} className={INPUT} />
        </label>
        {choices.actor.editor && (
          <label className="flex flex-col gap-1">
            Author
            <select name="author" defaultValue={authorId ?? ''} className={INPUT}>
              <option value="">Anyone</option>
              {choices.authors.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.name}
                </option>
              ))}
            </select>
          </label>
        )}
        <label className="flex flex-col gap-1">
          Updated since
          <input type="date" name="since" defaultValue={since} className={INPUT} />
        </label>
        <button type="submit" className="rounded-full bg-brand-600 px-4 py-1.5 font-semibold text-white">
          Search
        </button>
      </form>
      {page.rows.length === 0 ? (
        <p>No articles match.</p>
      ) : (
        <table className="w-full text-left text-sm">
          <thead>
            <tr className="border-b border-zinc-200 dark:border-zinc-800">
              <th className="py-2">Title</th>
              <th>Status</th>
              <th>Author</th>
              <th>Category</th>
              <th>Updated</th>
            </tr>
          </thead>
          <tbody>
            {page.rows.map((a) => (
              <tr key={a.id} className="border-b border-zinc-100 dark:border-zinc-900">
                <td className="py-2 pr-3">
                  <Link href={`/newsroom/articles/${a.id}`} className="font-semibold hover:underline">
                    {a.title || 'Untitled'}
                  </Link>
                </td>
                <td className="pr-3">
                  {ARTICLE_STATUS_LABELS[a.status]}
                  {a.status === 'scheduled' && a.scheduledAt && (
                    <>
                      {' '}
                      <PublishedTime date={a.scheduledAt} withTime />
                    </>
                  )}
                </td>
                <td className="pr-3">{a.author}</td>
                <td className="pr-3">{a.category}</td>
                <td>
                  <PublishedTime date={a.updatedAt} withTime />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {page.next && (
        <Link href={`/newsroom?${new URLSearchParams([...filters, ['after', page.next]])}`} className="w-fit underline">
          Older articles
        </Link>
      )}
    </div>
  );
}
