import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { ArticleControlsForm } from '@/components/moderation/article-controls-form';
import { ActivityTable } from '@/components/moderation/activity-table';
import { LogTable } from '@/components/moderation/log-table';
import { QueueFilters } from '@/components/moderation/queue-filters';
import { QueueForm } from '@/components/moderation/queue-form';
import { SHORTCUTS } from '@/components/moderation/queue-shortcuts';
import { QueueLive } from '@/components/moderation/queue-live';
import { findArticleControls } from '@/lib/dal/article-controls';
import { listLog, moderatorActivity } from '@/lib/dal/moderation-log';
import { countQueues, listQueue, type QueueFilters as Filters, type QueueSort, type Tab } from '@/lib/dal/moderation-queue';
import { MODERATION_REASON_CODES } from '@/lib/moderation-reasons';
import { rowIdFrom } from '@/lib/validation';
import { getViewer } from '@/lib/viewer';

// Renders in one pass with its data, like every page (see app/layout.tsx).
export const instant = false;

export const metadata: Metadata = { title: 'Moderation', robots: { index: false } };

const TABS: { value: Tab | 'log'; label: string }[] = [
  { value: 'reported', label: 'Reported' },
  { value: 'pending', label: 'Pending' },
  { value: 'hidden', label: 'Hidden' },
  { value: 'log', label: 'Log' },
];
const SORTS: { value: QueueSort; label: string }[] = [
  { value: 'risk', label: 'Highest risk' },
  { value: 'reports', label: 'Most reported' },
  { value: 'newest', label: 'Newest' },
];

type Params = { tab?: string; after?: string; sort?: string; article?: string; reason?: string; reporters?: string };
const text = (v: unknown, max = 100) => (typeof v === 'string' && v ? v.slice(0, max) : undefined);

function filtersOf(p: Params): Filters {
  const reason = MODERATION_REASON_CODES.find((r) => r === p.reason);
  const reporters = p.reporters === 'new' || p.reporters === 'established' ? p.reporters : undefined;
  return { article: text(p.article), reason, reporters };
}

/** The queue's address with these parameters (empty ones left out). */
function href(params: Record<string, string | undefined>) {
  const query = new URLSearchParams(Object.entries(params).filter((e): e is [string, string] => Boolean(e[1])));
  return `/moderation?${query}`;
}

export default async function ModerationPage({ searchParams }: { searchParams: Promise<Params> }) {
  await connection();
  const viewer = await getViewer();
  const actor = viewer?.id ?? null;
  const params = await searchParams;
  const tab = TABS.find((t) => t.value === params.tab)?.value ?? 'reported';
  const sort = SORTS.find((s) => s.value === params.sort)?.value ?? (tab === 'hidden' ? 'newest' : 'risk');
  const filters = filtersOf(params);
  const after = text(params.after, 60);
  const counts = await countQueues(actor);
  if (!counts) notFound();
  const keep = { tab, sort: params.sort ? sort : undefined, article: filters.article, reason: filters.reason, reporters: filters.reporters };

  const [content, activity, article] = await Promise.all([
    tab === 'log' ? listLog(actor, after ? (rowIdFrom(after) ?? undefined) : undefined) : listQueue(actor, tab, after, { sort, filters }),
    tab === 'log' ? moderatorActivity(actor) : null,
    filters.article ? findArticleControls(filters.article) : null,
  ]);
  if (!content) notFound();
  const next = content.nextCursor ? href({ ...keep, after: content.nextCursor }) : null;
  const now = new Date().toISOString();

  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-3xl font-extrabold">Moderation</h1>
      <nav aria-label="Queues" className="flex flex-wrap gap-2">
        {TABS.map((t) => (
          <Link
            key={t.value}
            href={`/moderation?tab=${t.value}`}
            aria-current={t.value === tab ? 'page' : undefined}
            className={`rounded-full px-4 py-1.5 text-sm font-semibold ${t.value === tab ? 'bg-brand-600 text-white' : 'border border-zinc-300 dark:border-zinc-700'}`}
          >
            {t.label}
            {t.value !== 'log' && <span className="ml-1 tabular-nums">({counts[t.value].toLocaleString('en')})</span>}
          </Link>
        ))}
      </nav>
      <QueueLive />
      {tab === 'log' && activity && <ActivityTable rows={activity} />}
      {'entries' in content ? (
        <LogTable entries={content.entries} />
      ) : (
        <>
          <QueueFilters tab={tab as Tab} sort={sort} sorts={SORTS} filters={filters} />
          {filters.article && !article && <p className="text-sm">No article has the address “{filters.article}”.</p>}
          {article && (
            <details className="rounded-lg border border-zinc-200 p-3 dark:border-zinc-700">
              <summary className="cursor-pointer text-sm font-semibold">Comment settings for “{article.title}”</summary>
              <div className="mt-3">
                <ArticleControlsForm
                  articleId={article.articleId}
                  controls={{ ...article.controls, premoderateUntil: article.controls.premoderateUntil?.toISOString() ?? null }}
                  now={now}
                />
              </div>
            </details>
          )}
          <QueueForm key={`${tab}-${after}`} tab={tab as Tab} items={content.items} />
          <section id="shortcuts" aria-labelledby="shortcuts-heading" className="text-sm">
            <h2 id="shortcuts-heading" className="font-semibold">
              Keyboard shortcuts
            </h2>
            <dl className="grid grid-cols-[auto_1fr] gap-x-3">
              {SHORTCUTS.map((s) => (
                <div key={s.key} className="contents">
                  <dt>
                    <kbd className="rounded border border-zinc-400 px-1 font-mono">{s.key}</kbd>
                  </dt>
                  <dd>{s.does}</dd>
                </div>
              ))}
            </dl>
          </section>
        </>
      )}
      <div className="flex justify-between text-sm">
        {after ? (
          <Link href={href({ ...keep, after: undefined })} className="underline">
            First page
          </Link>
        ) : (
          <span />
        )}
        {next && (
          <Link href={next} rel="next" className="font-semibold underline">
            Next page
          </Link>
        )}
      </div>
    </div>
  );
}
