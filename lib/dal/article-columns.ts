import 'server-only';
import { eq, sql } from 'drizzle-orm';
import { articles, articleStats, authors, categories } from '@/db/schema';

// The columns every card needs, joined once: one query per list, never one per card.
export const summaryColumns = {
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

export const summaryJoins = {
  category: eq(categories.id, articles.categoryId),
  author: eq(authors.id, articles.authorId),
  stats: eq(articleStats.articleId, articles.id),
};

/** Raw-SQL twin of summaryColumns, for queries written in SQL; `a` is the articles alias. */
export const summarySelectSql = sql`a.id, a.slug, a.title, a.dek, a.hero_image, coalesce(a.hero_alt, '') as hero_alt,
  a.published_at, c.slug as category_slug, c.name as category_name, au.slug as author_slug, au.name as author_name,
  coalesce(s.reaction_count, 0)::int as reaction_count, coalesce(s.comment_count, 0)::int as comment_count`;

export const summaryJoinSql = sql`join categories c on c.id = a.category_id join authors au on au.id = a.author_id
  left join article_stats s on s.article_id = a.id`;

export type SummaryRow = {
  id: number;
  slug: string;
  title: string;
  dek: string;
  hero_image: string | null;
  hero_alt: string;
  published_at: Date | string;
  category_slug: string;
  category_name: string;
  author_slug: string;
  author_name: string;
  reaction_count: number;
  comment_count: number;
};

export function summaryFromRow(row: SummaryRow) {
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    dek: row.dek,
    heroImage: row.hero_image,
    heroAlt: row.hero_alt,
    publishedAt: new Date(row.published_at),
    category: { slug: row.category_slug, name: row.category_name },
    author: { slug: row.author_slug, name: row.author_name },
    reactionCount: row.reaction_count,
    commentCount: row.comment_count,
  };
}
