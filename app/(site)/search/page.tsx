import type { Metadata } from 'next';
import Link from 'next/link';
import { connection } from 'next/server';
import { HighlightedText } from '@/components/highlighted-text';
import { Pagination } from '@/components/pagination';
import { PublishedTime } from '@/components/ui/published-time';
import { UnavailableNotice } from '@/components/unavailable-notice';
import { searchArticles } from '@/lib/dal/search';
import { MAX_QUERY_LENGTH } from '@/lib/limits';
import { orFallback } from '@/lib/unavailable';
import { pageNumber } from '@/lib/page-number';

// Renders in one pass with its data, like every page (see app/layout.tsx).
export const instant = false;

type Props = { searchParams: Promise<{ q?: string | string[]; page?: string | string[] }> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const q = (await searchParams).q;
  const query = (Array.isArray(q) ? q[0] : q)?.trim();
  return { title: query ? `Search: ${query.slice(0, 60)}` : 'Search', robots: { index: false } };
}

export default async function SearchPage({ searchParams }: Props) {
  await connection();
  const params = await searchParams;
  const raw = (Array.isArray(params.q) ? params.q[0] : params.q) ?? '';
  const results = await orFallback(() => searchArticles(raw, pageNumber(params.page)), null, 'search');
  if (!results) {
    return (
      <div className="mx-auto flex max-w-3xl flex-col gap-6">
        <h1 className="text-3xl font-extrabold">Search</h1>
        <UnavailableNotice what="Search results" />
      </div>
    );
  }
  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-6">
      <h1 className="text-3xl font-extrabold">Search</h1>
      <form role="search" action="/search" className="flex gap-2">
        <label htmlFor="q" className="sr-only">
          Search articles
        </label>
        <input
          id="q"
          name="q"
          type="search"
          defaultValue={results.query}
          maxLength={MAX_QUERY_LENGTH}
          placeholder="Dramas, idols, episodes…"
          className="flex-1 rounded-full border border-zinc-300 bg-white px-4 py-2 dark:border-zinc-700 dark:bg-zinc-900"
        />
        <button type="submit" className="rounded-full bg-brand-600 px-5 py-2 font-semibold text-white hover:bg-brand-700">
          Search
        </button>
      </form>
      {results.query && (
        <p role="status" className="text-sm text-zinc-600 dark:text-zinc-400">
          {results.total === 0
            ? `No articles match “${results.query}”.`
            : `${results.total} ${results.total === 1 ? 'article matches' : 'articles match'} “${results.query}”.`}
        </p>
      )}
      {results.query && results.total === 0 && (
        <div className="rounded-lg border border-dashed border-zinc-300 p-6 dark:border-zinc-700">
          <p className="font-semibold">Try a different search</p>
          <ul className="mt-2 list-disc pl-5 text-sm text-zinc-700 dark:text-zinc-300">
            <li>Check the spelling, or use fewer words.</li>
            <li>Search for a drama, an idol or a topic, like “finale” or “comeback”.</li>
            <li>
              Or browse the <Link href="/" className="underline">latest news</Link>.
            </li>
          </ul>
        </div>
      )}
      <ol className="flex flex-col gap-6">
        {results.hits.map((hit) => (
          <li key={hit.id}>
            <article className="flex flex-col gap-1">
              <p className="text-xs font-semibold uppercase text-brand-700 dark:text-brand-500">{hit.category.name}</p>
              <h2 className="text-lg font-bold">
                <Link href={`/articles/${hit.slug}`} className="hover:underline">
                  <HighlightedText text={hit.titleHighlight} />
                </Link>
              </h2>
              <p className="text-sm text-zinc-700 dark:text-zinc-300">
                <HighlightedText text={hit.excerpt} />
              </p>
              <p className="text-xs text-zinc-600 dark:text-zinc-400">
                {hit.author.name} · <PublishedTime date={hit.publishedAt} />
              </p>
            </article>
          </li>
        ))}
      </ol>
      <Pagination
        page={results.page}
        pageCount={results.pageCount}
        label="Search result pages"
        hrefFor={(p) => `/search?q=${encodeURIComponent(results.query)}${p > 1 ? `&page=${p}` : ''}`}
      />
    </div>
  );
}
