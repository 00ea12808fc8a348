import Link from 'next/link';
import type { ArticleSummary } from '@/lib/dal/articles';

export function TrendingList({ articles }: { articles: (ArticleSummary & { activity: number })[] }) {
  return (
    <section aria-labelledby="trending-heading" className="rounded-xl bg-zinc-50 p-5 dark:bg-zinc-900">
      <h2 id="trending-heading" className="mb-3 text-xl font-bold">
        Trending this week
      </h2>
      {articles.length === 0 ? (
        <p className="text-sm text-zinc-600 dark:text-zinc-400">Nothing yet: react or comment to start the conversation.</p>
      ) : (
        <ol className="flex flex-col gap-4">
          {articles.map((a, i) => (
            <li key={a.id} className="flex gap-3">
              <span aria-hidden="true" className="text-2xl font-extrabold text-brand-600 dark:text-brand-500">
                {i + 1}
              </span>
              <div>
                <Link href={`/articles/${a.slug}`} className="font-semibold leading-snug hover:underline">
                  {a.title}
                </Link>
                <p className="text-xs text-zinc-600 dark:text-zinc-400">
                  {a.reactionCount} reactions · {a.commentCount} comments
                </p>
              </div>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
