import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { ArticleBody } from '@/components/article-body';
import { ArticleReactions } from '@/components/article-reactions';
import { CommentSection } from '@/components/comments/comment-section';
import { COMMENT_SORT_VALUES } from '@/lib/comment-sorts';
import { HeroImage } from '@/components/hero-image';
import { JsonLd } from '@/components/json-ld';
import { RelatedArticles } from '@/components/related-articles';
import { ShareLinks } from '@/components/share-links';
import { PublishedTime } from '@/components/ui/published-time';
import { VideoFacade } from '@/components/video-facade';
import { WatchCtaCard } from '@/components/watch-cta';
import { UnavailableNotice } from '@/components/unavailable-notice';
import { cachedArticle, cachedRelated } from '@/lib/cached-reads';
import { orFallback } from '@/lib/unavailable';
import { readingMinutes } from '@/lib/reading-time';
import { articleJsonLd, breadcrumbJsonLd } from '@/lib/structured-data';
import { SITE_NAME, siteUrl } from '@/lib/site';

// Renders in one pass with its data (see app/layout.tsx): no static shell to validate against.
export const instant = false;

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ sort?: string | string[]; after?: string | string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await connection();
  const { slug } = await params;
  const article = await orFallback(() => cachedArticle(slug), null, 'article metadata');
  if (!article) return { title: 'Article not found', robots: { index: false } };
  const url = `/articles/${article.slug}`;
  const images = article.heroImage ? [{ url: article.heroImage, width: 1200, height: 675, alt: article.heroAlt }] : [];
  return {
    title: article.title,
    description: article.dek,
    alternates: { canonical: url },
    openGraph: {
      type: 'article',
      url,
      siteName: SITE_NAME,
      title: article.title,
      description: article.dek,
      images,
      publishedTime: article.publishedAt.toISOString(),
      modifiedTime: article.updatedAt.toISOString(),
      authors: [article.author.name],
      section: article.category.name,
      tags: article.tags.map((t) => t.name),
    },
    twitter: { card: 'summary_large_image', title: article.title, description: article.dek, images: images.map((i) => i.url) },
  };
}

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export default async function ArticlePage({ params, searchParams }: Props) {
  await connection();
  const query = await searchParams;
  const sortParam = first(query.sort);
  const sort = COMMENT_SORT_VALUES.find((s) => s === sortParam) ?? 'newest';
  const after = first(query.after)?.slice(0, 60);
  const { slug } = await params;
  // The database's absence reaches this read only on a server that has not cached the article yet.
  const article = await orFallback(() => cachedArticle(slug), 'unavailable' as const, 'article');
  if (article === 'unavailable') return <UnavailableNotice what="Articles" />;
  if (!article) notFound();
  const related = await orFallback(() => cachedRelated(article.id, article.categoryId, article.slug), [], 'related articles');
  const url = `${siteUrl()}/articles/${article.slug}`;
  const updated = article.updatedAt.getTime() - article.publishedAt.getTime() > 60_000;

  return (
    <article className="mx-auto max-w-3xl">
      <JsonLd data={articleJsonLd(article)} />
      <JsonLd data={breadcrumbJsonLd(article)} />
      <header className="flex flex-col gap-3">
        <Link
          href={`/category/${article.category.slug}`}
          className="w-fit text-sm font-semibold uppercase tracking-wide text-brand-700 hover:underline dark:text-brand-500"
        >
          {article.category.name}
        </Link>
        <h1 className="text-3xl font-extrabold leading-tight sm:text-4xl">{article.title}</h1>
        <p className="text-lg text-zinc-700 dark:text-zinc-300">{article.dek}</p>
        <p className="flex flex-wrap gap-x-2 text-sm text-zinc-600 dark:text-zinc-400">
          <span>
            By{' '}
            <Link href={`/author/${article.author.slug}`} className="font-semibold text-zinc-800 hover:underline dark:text-zinc-200">
              {article.author.name}
            </Link>
          </span>
          <span aria-hidden="true">·</span>
          <PublishedTime date={article.publishedAt} />
          {updated && (
            <span>
              (updated <PublishedTime date={article.updatedAt} />)
            </span>
          )}
          <span aria-hidden="true">·</span>
          <span>{readingMinutes(article.body)} min read</span>
        </p>
      </header>
      {article.heroImage && (
        <figure className="my-6">
          <HeroImage src={article.heroImage} alt={article.heroAlt} sizes="(min-width: 768px) 768px, 100vw" priority className="aspect-video w-full rounded-lg object-cover" />
          {article.heroCredit && <figcaption className="mt-2 text-xs text-zinc-600 dark:text-zinc-400">{article.heroCredit}</figcaption>}
        </figure>
      )}
      <ArticleBody markdown={article.body} />
      {article.video && <VideoFacade video={article.video} poster={article.heroImage} />}
      {article.watchCta && <WatchCtaCard cta={article.watchCta} />}
      {article.tags.length > 0 && (
        <nav aria-label="Tags" className="mt-8">
          <ul className="flex flex-wrap gap-2">
            {article.tags.map((t) => (
              <li key={t.slug}>
                <Link href={`/tag/${t.slug}`} className="rounded-full bg-zinc-100 px-3 py-1 text-sm hover:bg-zinc-200 dark:bg-zinc-800 dark:hover:bg-zinc-700">
                  #{t.name}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      )}
      <div className="mt-6">
        <ShareLinks url={url} title={article.title} />
      </div>
      {/* Rendered with the page, not streamed, so the form is there without JavaScript too. */}
      <ArticleReactions articleId={article.id} />
      <CommentSection articleId={article.id} slug={article.slug} sort={sort} cursor={after} />
      <RelatedArticles articles={related} />
    </article>
  );
}
