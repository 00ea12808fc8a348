import Image from 'next/image';
import Link from 'next/link';
import { connection } from 'next/server';
import { ArticleCard } from '@/components/article-card';
import { TrendingList } from '@/components/trending-list';
import { PublishedTime } from '@/components/ui/published-time';
import { UnavailableNotice } from '@/components/unavailable-notice';
import { cachedHome, cachedTrending } from '@/lib/cached-reads';
import { orFallback } from '@/lib/unavailable';

// Renders in one pass with its data, like every page (see app/layout.tsx).
export const instant = false;

export default async function HomePage() {
  await connection();
  const loaded = await orFallback(() => Promise.all([cachedHome(), cachedTrending()]), null, 'home');
  if (!loaded) {
    return (
      <>
        <h1 className="mb-6 text-3xl font-extrabold">Hallyu</h1>
        <UnavailableNotice what="The latest stories" />
      </>
    );
  }
  const [{ latest, sections }, trending] = loaded;
  if (latest.length === 0) {
    return (
      <>
        <h1 className="text-3xl font-extrabold">Hallyu</h1>
        <p className="mt-4 rounded-lg border border-dashed border-zinc-300 p-8 text-center dark:border-zinc-700">
          No articles yet. Load the demo content with <code>npm run db:seed</code>.
        </p>
      </>
    );
  }
  const [lead, ...rest] = latest;
  return (
    <div className="flex flex-col gap-12">
      <h1 className="sr-only">Hallyu: the latest K-drama and K-pop news</h1>
      <div className="grid gap-8 lg:grid-cols-[2fr_1fr]">
        <section aria-labelledby="lead-heading">
          <h2 id="lead-heading" className="sr-only">
            Lead story
          </h2>
          <article className="flex flex-col gap-3">
            {lead.heroImage && (
              <Link href={`/articles/${lead.slug}`} tabIndex={-1} aria-hidden="true">
                <Image src={lead.heroImage} alt="" width={1200} height={675} sizes="(min-width: 1024px) 66vw, 100vw" priority className="aspect-video w-full rounded-xl object-cover" />
              </Link>
            )}
            <p className="text-sm font-semibold uppercase tracking-wide text-brand-700 dark:text-brand-500">{lead.category.name}</p>
            <h3 className="text-3xl font-extrabold leading-tight">
              <Link href={`/articles/${lead.slug}`} className="hover:underline">
                {lead.title}
              </Link>
            </h3>
            <p className="text-lg text-zinc-700 dark:text-zinc-300">{lead.dek}</p>
            <p className="text-sm text-zinc-600 dark:text-zinc-400">
              {lead.author.name} · <PublishedTime date={lead.publishedAt} />
            </p>
          </article>
        </section>
        <TrendingList articles={trending} />
      </div>

      <section aria-labelledby="latest-heading">
        <h2 id="latest-heading" className="mb-4 text-2xl font-bold">
          Latest
        </h2>
        <div className="grid gap-8 sm:grid-cols-2 lg:grid-cols-3">
          {rest.map((article) => (
            <ArticleCard key={article.id} article={article} />
          ))}
        </div>
      </section>

      {sections.map((section) => (
        <section key={section.slug} aria-labelledby={`section-${section.slug}`}>
          <div className="mb-4 flex items-baseline justify-between gap-4 border-t border-zinc-200 pt-6 dark:border-zinc-800">
            <h2 id={`section-${section.slug}`} className="text-2xl font-bold">
              {section.name}
            </h2>
            <Link href={`/category/${section.slug}`} className="text-sm font-semibold text-brand-700 hover:underline dark:text-brand-500">
              More {section.name}
              <span aria-hidden="true"> →</span>
            </Link>
          </div>
          <div className="grid gap-8 sm:grid-cols-2 lg:grid-cols-4">
            {section.articles.map((article) => (
              <ArticleCard key={article.id} article={article} compact />
            ))}
          </div>
        </section>
      ))}
    </div>
  );
}
