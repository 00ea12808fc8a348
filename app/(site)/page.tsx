import Link from 'next/link';
import { connection } from 'next/server';
import { Suspense } from 'react';
import { ArticleCard } from '@/components/article-card';
import { CardGridSkeleton } from '@/components/card-grid-skeleton';
import { listLatestArticles } from '@/lib/dal/articles';

export default function HomePage() {
  return (
    <>
      <h1 className="sr-only">Hallyu: the latest K-drama and K-pop news</h1>
      <Suspense fallback={<CardGridSkeleton count={7} />}>
        <LatestArticles />
      </Suspense>
    </>
  );
}

async function LatestArticles() {
  await connection();
  const articles = await listLatestArticles(19);
  if (articles.length === 0) {
    return (
      <p className="rounded-lg border border-dashed border-zinc-300 p-8 text-center dark:border-zinc-700">
        No articles yet. Load the demo content with <code>npm run db:seed</code>.
      </p>
    );
  }
  const [lead, ...rest] = articles;
  return (
    <div className="flex flex-col gap-10">
      <section aria-labelledby="lead-heading" className="grid gap-6 md:grid-cols-[3fr_2fr] md:items-center">
        <h2 id="lead-heading" className="sr-only">
          Lead story
        </h2>
        <ArticleCard article={lead} priority />
        <p className="text-zinc-600 dark:text-zinc-400">
          <Link href={`/articles/${lead.slug}`} className="font-semibold text-brand-700 hover:underline dark:text-brand-500">
            Read the lead story
          </Link>
        </p>
      </section>
      <section aria-labelledby="latest-heading">
        <h2 id="latest-heading" className="mb-4 text-xl font-bold">
          Latest
        </h2>
        <div className="grid gap-8 sm:grid-cols-2 lg:grid-cols-3">
          {rest.map((article) => (
            <ArticleCard key={article.id} article={article} />
          ))}
        </div>
      </section>
    </div>
  );
}
