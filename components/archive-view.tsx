import { ArticleCard } from '@/components/article-card';
import { Pagination } from '@/components/pagination';
import type { Archive } from '@/lib/dal/archives';

const KIND_LABEL = { category: 'Category', tag: 'Tag', author: 'Author' } as const;

export function ArchiveView({ archive, basePath }: { archive: Archive; basePath: string }) {
  return (
    <div className="flex flex-col gap-8">
      <header className="flex flex-col gap-2 border-b border-zinc-200 pb-6 dark:border-zinc-800">
        <p className="text-sm font-semibold uppercase tracking-wide text-brand-700 dark:text-brand-500">{KIND_LABEL[archive.kind]}</p>
        <h1 className="text-3xl font-extrabold sm:text-4xl">{archive.name}</h1>
        {archive.description && <p className="max-w-2xl text-zinc-700 dark:text-zinc-300">{archive.description}</p>}
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          {archive.total} {archive.total === 1 ? 'article' : 'articles'}
        </p>
      </header>
      <h2 className="sr-only">Articles</h2>
      {archive.articles.length === 0 ? (
        <p>No articles here yet.</p>
      ) : (
        <div className="grid gap-8 sm:grid-cols-2 lg:grid-cols-3">
          {archive.articles.map((article, i) => (
            <ArticleCard key={article.id} article={article} priority={i < 3} />
          ))}
        </div>
      )}
      <Pagination
        page={archive.page}
        pageCount={archive.pageCount}
        label={`${archive.name} pages`}
        hrefFor={(p) => (p === 1 ? basePath : `${basePath}?page=${p}`)}
      />
    </div>
  );
}
