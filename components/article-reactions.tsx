import { connection } from 'next/server';
import { ReactionBar } from '@/components/reaction-bar';
import { getReactionSummary } from '@/lib/dal/reactions';
import { readAnonymousReactorKey, userReactorKey } from '@/lib/reactor';
import { orFallback } from '@/lib/unavailable';
import { getViewer } from '@/lib/viewer';

export async function ArticleReactions({ articleId }: { articleId: number }) {
  await connection();
  const loaded = await orFallback(
    async () => {
      const viewer = await getViewer();
      const reactor = viewer ? userReactorKey(viewer.id) : await readAnonymousReactorKey();
      return { summary: await getReactionSummary(articleId, reactor), personalized: reactor !== null };
    },
    null,
    'reactions',
  );
  return (
    <section aria-labelledby="reactions-heading" className="mt-10 border-t border-zinc-200 pt-6 dark:border-zinc-800">
      <h2 id="reactions-heading" className="mb-4 text-xl font-bold">
        How does this article make you feel?
      </h2>
      {loaded ? (
        <ReactionBar articleId={articleId} initial={loaded.summary} personalized={loaded.personalized} />
      ) : (
        <p role="status" data-unavailable="" className="text-zinc-600 dark:text-zinc-400">
          Reactions are unavailable right now. Please try again in a moment.
        </p>
      )}
    </section>
  );
}
