import 'server-only';
import { eq, sql } from 'drizzle-orm';
import { getDb } from '@/db/client';
import type { ArticleStatus } from '@/db/enums';
import { articles } from '@/db/schema';
import { announceArticleEdit } from './page-changes';

// Changes to an article itself. Every one is announced with the article's slugs, so its page, every list
// that shows it, and every 'use cache' read of it are dropped on every instance at once. Who may change
// an article is the caller's question: this is the operator's command line (scripts/article.ts); the
// newsroom writes through lib/dal/newsroom-writes.ts, which checks its people's roles.

export type ArticleChange = { title?: string; dek?: string; status?: ArticleStatus };
export type ArticleChangeResult = { status: 'ok'; slug: string } | { status: 'not_found' };

/** Changes an article found by its slug; publishing for the first time sets its publication time. */
export async function changeArticle(slug: string, change: ArticleChange): Promise<ArticleChangeResult> {
  const db = await getDb();
  const [row] = await db
    .update(articles)
    .set({
      ...change,
      updatedAt: sql`now()`,
      ...(change.status === 'published' ? { publishedAt: sql`coalesce(${articles.publishedAt}, now())` } : {}),
    })
    .where(eq(articles.slug, slug))
    .returning({ slug: articles.slug });
  if (!row) return { status: 'not_found' };
  await announceArticleEdit([row.slug]);
  return { status: 'ok', slug: row.slug };
}
