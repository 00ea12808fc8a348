import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { ARTICLE_STATUS_LABELS } from '@/db/enums';
import { ActionForm } from '@/components/forms/action-form';
import { RevisionDiff } from '@/components/newsroom/revision-diff';
import { PublishedTime } from '@/components/ui/published-time';
import { restoreRevisionAction } from '@/lib/actions/newsroom';
import { getRevisionPair, listRevisions } from '@/lib/dal/article-revisions';
import { getArticleForEditing, getNewsroomChoices } from '@/lib/dal/newsroom-articles';
import { diffSnapshots, FIELD_LABELS } from '@/lib/revision-diff';
import { rowIdFrom } from '@/lib/validation';
import { getViewer } from '@/lib/viewer';

export const instant = false;
export const metadata: Metadata = { title: 'Article history', robots: { index: false } };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ revision?: string }> };

export default async function ArticleHistoryPage({ params, searchParams }: Props) {
  await connection();
  const id = rowIdFrom((await params).id);
  if (!id) notFound();
  const viewer = await getViewer();
  const actorId = viewer?.id ?? null;
  const [article, revisions, choices] = await Promise.all([getArticleForEditing(actorId, id), listRevisions(actorId, id), getNewsroomChoices(actorId)]);
  if (!article || article === 'forbidden' || !revisions || !choices) notFound();
  const chosen = Number((await searchParams).revision) || revisions[0]?.id;
  const pair = chosen ? await getRevisionPair(actorId, id, chosen) : null;
  const names = { categories: new Map(choices.categories.map((c) => [c.id, c.name])), authors: new Map(choices.authors.map((a) => [a.id, a.name])) };

  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-3xl font-extrabold">History of “{article.title}”</h1>
      <p>
        <Link href={`/newsroom/articles/${id}`} className="underline">
          Back to the editor
        </Link>
      </p>
      <div className="grid gap-6 lg:grid-cols-[18rem_1fr]">
        <nav aria-label="Revisions">
          <ol className="flex flex-col gap-2 text-sm">
            {revisions.map((r) => (
              <li key={r.id}>
                <Link href={`?revision=${r.id}`} aria-current={r.id === chosen ? 'true' : undefined} className={`block rounded-lg p-2 hover:bg-zinc-100 dark:hover:bg-zinc-800 ${r.id === chosen ? 'bg-zinc-100 dark:bg-zinc-800' : ''}`}>
                  <span className="font-semibold">
                    Version {r.version} · {ARTICLE_STATUS_LABELS[r.status]}
                  </span>
                  <span className="block">
                    {r.actor ?? "Scheduled publishing"}, <PublishedTime date={r.createdAt} withTime />
                    {r.autosave && ' (autosaved)'}
                  </span>
                  <span className="block text-zinc-600 dark:text-zinc-400">{r.changed.length ? r.changed.map((f) => FIELD_LABELS[f as keyof typeof FIELD_LABELS] ?? f).join(', ') : 'status only'}</span>
                </Link>
              </li>
            ))}
          </ol>
        </nav>
        {pair ? (
          <section aria-labelledby="diff-heading" className="flex flex-col gap-4">
            <h2 id="diff-heading" className="text-xl font-bold">
              Version {pair.revision.version}: what changed
            </h2>
            <RevisionDiff diffs={diffSnapshots(pair.previous, pair.revision.snapshot, names)} />
            {article.editable && pair.revision.version !== article.version && (
              <ActionForm action={restoreRevisionAction} submitLabel={`Restore version ${pair.revision.version}`} confirmMessage="Make this version's content the article's again? The current one stays in the history.">
                <input type="hidden" name="articleId" value={id} />
                <input type="hidden" name="revisionId" value={pair.revision.id} />
                <input type="hidden" name="version" value={article.version} />
              </ActionForm>
            )}
          </section>
        ) : (
          <p>No revisions yet.</p>
        )}
      </div>
    </div>
  );
}
