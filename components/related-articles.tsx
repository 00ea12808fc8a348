import Image from 'next/image';
import Link from 'next/link';
import type { ArticleSummary } from '@/lib/dal/articles';

export function RelatedArticles({ articles }: { articles: ArticleSummary[] }) {
  if (articles.length === 0) return null;
  return (
    <section aria-labelledby="related-heading" className="mt-12 border-t border-zinc-200 pt-6 dark:border-zinc-800">
      <h2 id="related-heading" className="mb-4 text-xl font-bold">
        Similar articles
      </h2>
      <ul className="grid gap-6 sm:grid-cols-2 lg:grid-cols-3">
        {articles.map((a) => (
          <li key={a.id} className="flex gap-3">
            {a.heroImage && (
              <Image src={a.heroImage} alt="" width={120} height={68} sizes="120px" className="aspect-video h-fit w-28 shrink-0 rounded object-cover" />
            )}
            <div>
              <p className="text-xs font-semibold uppercase text-brand-700 dark:text-brand-500">{a.category.name}</p>
              <Link href={`/articles/${a.slug}`} className="font-semibold leading-snug hover:underline">
                {a.title}
              </Link>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
