import 'server-only';
import { and, count, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { articles, articleStats, articleTags, authors, categories, tags } from '@/db/schema';
import { summaryColumns, summaryJoins } from './article-columns';
import { isValidSlug, type ArticleSummary } from './articles';

export const ARCHIVE_PAGE_SIZE = 12;
const MAX_PAGE = 1_000;

export type Archive = {
  kind: 'category' | 'tag' | 'author';
  slug: string;
  name: string;
  description: string;
  total: number;
  page: number;
  pageCount: number;
  articles: ArticleSummary[];
};

async function pageOf(where: SQL, page: number): Promise<{ total: number; articles: ArticleSummary[] }> {
  const db = await getDb();
  const [{ total }] = await db.select({ total: count() }).from(articles).where(where);
  const list = await db
    .select(summaryColumns)
    .from(articles)
    .innerJoin(categories, summaryJoins.category)
    .innerJoin(authors, summaryJoins.author)
    .leftJoin(articleStats, summaryJoins.stats)
    .where(where)
    .orderBy(desc(articles.publishedAt), desc(articles.id))
    .limit(ARCHIVE_PAGE_SIZE)
    .offset((page - 1) * ARCHIVE_PAGE_SIZE);
  return { total, articles: list };
}

function clampPage(page: number): number {
  return Number.isInteger(page) && page >= 1 ? Math.min(page, MAX_PAGE) : 1;
}

const published = eq(articles.status, 'published');

/** A page of an archive, or null when the category, tag or author does not exist. */
export async function getArchive(kind: Archive['kind'], slug: string, requestedPage: number): Promise<Archive | null> {
  if (!isValidSlug(slug)) return null;
  const db = await getDb();
  const page = clampPage(requestedPage);
  let entity: { id: number; name: string; description: string } | undefined;
  let where: SQL | undefined;
  if (kind === 'category') {
    [entity] = await db.select({ id: categories.id, name: categories.name, description: categories.description }).from(categories).where(eq(categories.slug, slug));
    if (entity) where = and(published, eq(articles.categoryId, entity.id));
  } else if (kind === 'author') {
    [entity] = await db.select({ id: authors.id, name: authors.name, description: authors.bio }).from(authors).where(eq(authors.slug, slug));
    if (entity) where = and(published, eq(articles.authorId, entity.id));
  } else {
    [entity] = await db.select({ id: tags.id, name: tags.name, description: sql<string>`''` }).from(tags).where(eq(tags.slug, slug));
    if (entity) {
      const tagged = db.select({ id: articleTags.articleId }).from(articleTags).where(eq(articleTags.tagId, entity.id));
      where = and(published, inArray(articles.id, tagged));
    }
  }
  if (!entity || !where) return null;
  const { total, articles: list } = await pageOf(where, page);
  return {
    kind,
    slug,
    name: entity.name,
    description: entity.description,
    total,
    page,
    pageCount: Math.max(1, Math.ceil(total / ARCHIVE_PAGE_SIZE)),
    articles: list,
  };
}
