import 'server-only';
import { and, desc, eq, sql } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { articles, articleStats, authors, categories, type VideoEmbed, type WatchCta } from '@/db/schema';

export type ArticleSummary = {
  id: number;
  slug: string;
  title: string;
  dek: string;
  heroImage: string | null;
  heroAlt: string;
  publishedAt: Date;
  category: { slug: string; name: string };
  author: { slug: string; name: string };
  reactionCount: number;
  commentCount: number;
};

export type ArticleDetail = ArticleSummary & {
  body: string;
  heroCredit: string | null;
  updatedAt: Date;
  video: VideoEmbed | null;
  watchCta: WatchCta | null;
};

// The columns every card needs, joined once: one query per list, never one per card.
const summaryColumns = {
  id: articles.id,
  slug: articles.slug,
  title: articles.title,
  dek: articles.dek,
  heroImage: articles.heroImage,
  heroAlt: sql<string>`coalesce(${articles.heroAlt}, '')`,
  publishedAt: sql<Date>`${articles.publishedAt}`.mapWith(articles.publishedAt),
  category: { slug: categories.slug, name: categories.name },
  author: { slug: authors.slug, name: authors.name },
  reactionCount: sql<number>`coalesce(${articleStats.reactionCount}, 0)`.mapWith(Number),
  commentCount: sql<number>`coalesce(${articleStats.commentCount}, 0)`.mapWith(Number),
};

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export async function listLatestArticles(limit = 20): Promise<ArticleSummary[]> {
  const db = await getDb();
  return db
    .select(summaryColumns)
    .from(articles)
    .innerJoin(categories, eq(categories.id, articles.categoryId))
    .innerJoin(authors, eq(authors.id, articles.authorId))
    .leftJoin(articleStats, eq(articleStats.articleId, articles.id))
    .where(eq(articles.status, 'published'))
    .orderBy(desc(articles.publishedAt), desc(articles.id))
    .limit(Math.min(Math.max(limit, 1), 100));
}

/** A published article by slug, or null for unknown slugs and drafts. */
export async function getPublishedArticle(slug: string): Promise<ArticleDetail | null> {
  if (slug.length > 200 || !SLUG_PATTERN.test(slug)) return null;
  const db = await getDb();
  const [row] = await db
    .select({
      ...summaryColumns,
      body: articles.body,
      heroCredit: articles.heroCredit,
      updatedAt: articles.updatedAt,
      video: articles.video,
      watchCta: articles.watchCta,
    })
    .from(articles)
    .innerJoin(categories, eq(categories.id, articles.categoryId))
    .innerJoin(authors, eq(authors.id, articles.authorId))
    .leftJoin(articleStats, eq(articleStats.articleId, articles.id))
    .where(and(eq(articles.slug, slug), eq(articles.status, 'published')))
    .limit(1);
  return row ?? null;
}
