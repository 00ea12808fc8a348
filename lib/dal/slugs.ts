import 'server-only';
import { and, eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { articles, articleSlugRedirects, authors, categories, tags } from '@/db/schema';
import { isValidSlug } from './articles';

export type SlugKind = 'article' | 'category' | 'tag' | 'author';

const TTL_FOUND_MS = 60_000;
const TTL_MISSING_MS = 10_000;
const MAX_ENTRIES = 20_000;
// A per-process cache that may be wrong for a few seconds (a just-published article 404s at most
// TTL_MISSING_MS): it only decides the status code of a page that re-checks the database itself. An
// article change forgets it (forgetSlugs). On globalThis: the proxy, the pages and the change listener
// are separate bundles with their own copies of this module, and must share one map.
const globalForSlugs = globalThis as unknown as { hallyuSlugIds?: Map<string, { id: number | null; at: number }> };
const known = (globalForSlugs.hallyuSlugIds ??= new Map());

async function lookup(kind: SlugKind, slug: string): Promise<number | null> {
  const db = await getDb();
  const rows =
    kind === 'article'
      ? await db.select({ id: articles.id }).from(articles).where(and(eq(articles.slug, slug), eq(articles.status, 'published'))).limit(1)
      : kind === 'category'
        ? await db.select({ id: categories.id }).from(categories).where(eq(categories.slug, slug)).limit(1)
        : kind === 'tag'
          ? await db.select({ id: tags.id }).from(tags).where(eq(tags.slug, slug)).limit(1)
          : await db.select({ id: authors.id }).from(authors).where(eq(authors.slug, slug)).limit(1);
  return rows[0]?.id ?? null;
}

/** The id of the published article, category, tag or author with this slug, or null. */
export async function slugId(kind: SlugKind, slug: string): Promise<number | null> {
  if (!isValidSlug(slug)) return null;
  const key = `${kind}:${slug}`;
  const hit = known.get(key);
  if (hit && Date.now() - hit.at < (hit.id !== null ? TTL_FOUND_MS : TTL_MISSING_MS)) return hit.id;
  const id = await lookup(kind, slug);
  if (known.size >= MAX_ENTRIES) known.clear();
  known.set(key, { id, at: Date.now() });
  return id;
}

/** Forgets every remembered slug (an article was unpublished or renamed somewhere). */
export function forgetSlugs(): void {
  known.clear();
}

/** The current slug of the published article that had this one before (null: none, or not published now). */
export async function movedArticleSlug(slug: string): Promise<string | null> {
  if (!isValidSlug(slug)) return null;
  const db = await getDb();
  const [moved] = await db
    .select({ slug: articles.slug })
    .from(articleSlugRedirects)
    .innerJoin(articles, eq(articles.id, articleSlugRedirects.articleId))
    .where(and(eq(articleSlugRedirects.slug, slug), eq(articles.status, 'published')));
  return moved?.slug ?? null;
}
