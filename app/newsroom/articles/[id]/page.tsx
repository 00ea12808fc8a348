import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { ARTICLE_STATUS_LABELS } from '@/db/enums';
import { ArticleEditor } from '@/components/newsroom/article-editor';
import { PublishedTime } from '@/components/ui/published-time';
import { getArticleForEditing, getNewsroomChoices } from '@/lib/dal/newsroom-articles';
import { editorChoices, formFieldsOf } from '@/lib/newsroom-form';
import type { ActionState } from '@/lib/action-state';
import type { EditorData } from '@/lib/actions/newsroom';
import { readEditorStash } from '@/lib/dal/editor-stash';
import { rowIdFrom } from '@/lib/validation';
import { getViewer } from '@/lib/viewer';

export const instant = false;
export const metadata: Metadata = { title: 'Edit article', robots: { index: false } };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ created?: string; restored?: string; stash?: string }> };

export default async function EditArticlePage({ params, searchParams }: Props) {
  await connection();
  const id = rowIdFrom((await params).id);
  if (!id) notFound();
  const query = await searchParams;
  const viewer = await getViewer();
  const [article, choices] = await Promise.all([getArticleForEditing(viewer?.id ?? null, id), getNewsroomChoices(viewer?.id ?? null)]);
  if (!article || article === 'forbidden' || !choices) notFound();
  const answer = viewer && typeof query.stash === 'string' ? await readEditorStash<ActionState<EditorData>>(viewer.id, query.stash) : null;
  const statusLabel = ARTICLE_STATUS_LABELS[article.status];
  const byline = choices.authors.find((a) => a.id === article.authorId)?.name ?? '';
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <h1 className="text-3xl font-extrabold">Edit article</h1>
        <p className="flex flex-wrap items-center gap-3 text-sm">
          <span className="rounded bg-zinc-200 px-2 py-0.5 font-semibold uppercase dark:bg-zinc-700" data-testid="article-status">
            {statusLabel}
          </span>
          {article.status === 'scheduled' && article.scheduledAt && (
            <span>
              goes live <PublishedTime date={article.scheduledAt} withTime />
            </span>
          )}
          {article.status === 'published' && (
            <Link href={`/articles/${article.slug}`} className="underline">
              View on the site
            </Link>
          )}
          <Link href={`/newsroom/articles/${article.id}/history`} className="underline">
            History
          </Link>
        </p>
      </div>
      {query.created && <p role="status" className="text-sm text-green-800 dark:text-green-400">Saved. The article is a draft until it is published.</p>}
      {query.restored && <p role="status" className="text-sm text-green-800 dark:text-green-400">Restored revision {query.restored.slice(0, 10)}: this is its content, saved as a new revision.</p>}
      <ArticleEditor
        initial={formFieldsOf(article)}
        answer={answer}
        article={{ id: article.id, status: article.status, statusLabel, scheduledIso: article.scheduledAt?.toISOString() ?? null, publicUrl: article.status === 'published' ? `/articles/${article.slug}` : null }}
        editor={choices.actor.editor}
        editable={article.editable}
        choices={editorChoices(choices)}
        bylineName={byline}
      />
    </div>
  );
}
