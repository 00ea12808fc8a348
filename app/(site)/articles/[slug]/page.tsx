import type { Metadata } from 'next';
import Image from 'next/image';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { ArticleBody } from '@/components/article-body';
import { ArticleReactions } from '@/components/article-reactions';
import { PublishedTime } from '@/components/ui/published-time';
import { getPublishedArticle } from '@/lib/dal/articles';

// The article itself decides the status code (404 for unknown slugs), so this page renders before
// streaming starts instead of inside a Suspense fallback.
export const instant = false;

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await connection();
  const article = await getPublishedArticle((await params).slug);
  if (!article) return { title: 'Article not found' };
  return { title: article.title, description: article.dek, alternates: { canonical: `/articles/${article.slug}` } };
}

export default async function ArticlePage({ params }: Props) {
  await connection();
  const article = await getPublishedArticle((await params).slug);
  if (!article) notFound();

  return (
    <article className="mx-auto max-w-3xl">
      <header className="flex flex-col gap-3">
        <Link
          href={`/category/${article.category.slug}`}
          className="text-sm font-semibold uppercase tracking-wide text-brand-700 hover:underline dark:text-brand-500"
        >
          {article.category.name}
        </Link>
        <h1 className="text-3xl font-extrabold leading-tight sm:text-4xl">{article.title}</h1>
        <p className="text-lg text-zinc-700 dark:text-zinc-300">{article.dek}</p>
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          By{' '}
          <Link href={`/author/${article.author.slug}`} className="font-semibold hover:underline">
            {article.author.name}
          </Link>{' '}
          · <PublishedTime date={article.publishedAt} />
        </p>
      </header>
      {article.heroImage && (
        <figure className="my-6">
          <Image
            src={article.heroImage}
            alt={article.heroAlt}
            width={1200}
            height={675}
            sizes="(min-width: 768px) 768px, 100vw"
            priority
            className="aspect-video w-full rounded-lg object-cover"
          />
          {article.heroCredit && (
            <figcaption className="mt-2 text-xs text-zinc-600 dark:text-zinc-400">{article.heroCredit}</figcaption>
          )}
        </figure>
      )}
      <ArticleBody markdown={article.body} />
      {/* Rendered with the page, not streamed, so the form is there without JavaScript too. */}
      <ArticleReactions articleId={article.id} />
    </article>
  );
}
