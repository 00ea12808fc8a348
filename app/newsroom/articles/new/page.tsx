import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { ArticleEditor } from '@/components/newsroom/article-editor';
import { getNewsroomChoices } from '@/lib/dal/newsroom-articles';
import { editorChoices } from '@/lib/newsroom-form';
import type { ActionState } from '@/lib/action-state';
import type { EditorData } from '@/lib/actions/newsroom';
import { readEditorStash } from '@/lib/dal/editor-stash';
import { getViewer } from '@/lib/viewer';

export const instant = false;
export const metadata: Metadata = { title: 'New article', robots: { index: false } };

export default async function NewArticlePage({ searchParams }: { searchParams: Promise<{ stash?: string }> }) {
  await connection();
  const viewer = await getViewer();
  const stash = (await searchParams).stash;
  const answer = viewer && typeof stash === 'string' ? await readEditorStash<ActionState<EditorData>>(viewer.id, stash) : null;
  const choices = await getNewsroomChoices(viewer?.id ?? null);
  if (!choices) notFound();
  const own = choices.authors.find((a) => a.userId === choices.actor.id);
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-3xl font-extrabold">New article</h1>
      <ArticleEditor
        initial={{ categoryId: String(choices.categories[0]?.id ?? ''), authorId: own ? String(own.id) : String(choices.authors[0]?.id ?? '') }}
        answer={answer}
        article={null}
        editor={choices.actor.editor}
        editable
        choices={editorChoices(choices)}
        bylineName={choices.actor.name}
      />
    </div>
  );
}
