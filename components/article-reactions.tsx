import { connection } from 'next/server';
import { ReactionBar } from '@/components/reaction-bar';
import { getReactionSummary } from '@/lib/dal/reactions';
import { readAnonymousReactorKey, userReactorKey } from '@/lib/reactor';
import { getViewer } from '@/lib/viewer';

export async function ArticleReactions({ articleId }: { articleId: number }) {
  await connection();
  const viewer = await getViewer();
  const reactorKey = viewer ? userReactorKey(viewer.id) : await readAnonymousReactorKey();
  const summary = await getReactionSummary(articleId, reactorKey);
  return (
    <section aria-labelledby="reactions-heading" className="mt-10 border-t border-zinc-200 pt-6 dark:border-zinc-800">
      <h2 id="reactions-heading" className="mb-4 text-xl font-bold">
        How does this article make you feel?
      </h2>
      <ReactionBar articleId={articleId} initial={summary} />
    </section>
  );
}
