import 'server-only';
import { cacheLife, cacheTag } from 'next/cache';
import { getArchive, type Archive } from '@/lib/dal/archives';
import { getPublishedArticle, listCategorySections, listLatestArticles, listRelatedArticles, listTrendingArticles } from '@/lib/dal/articles';

// Reads that every visitor sees alike, cached across requests ('use cache') and tagged by what they show
// ('article:<slug>', 'articles', 'trending', '<archive kind>:<slug>'). A change to an article made
// through lib/dal/article-writes.ts expires its tags on every instance (lib/dal/page-changes.ts and
// lib/cache); otherwise an entry lives for its cacheLife (an article for an hour, lists for a minute).
// A change written to the database by other means shows after that. Per-visitor and fast-moving data
// (reactions, comments) is never read through here.

export async function cachedArticle(slug: string) {
  'use cache';
  cacheLife('hours');
  cacheTag(`article:${slug}`, 'articles');
  return getPublishedArticle(slug);
}

export async function cachedRelated(articleId: number, categoryId: number, slug: string) {
  'use cache';
  cacheLife('hours');
  cacheTag(`article:${slug}`, 'articles');
  return listRelatedArticles(articleId, categoryId);
}

export async function cachedHome() {
  'use cache';
  cacheLife('minutes');
  cacheTag('articles');
  const [latest, sections] = await Promise.all([listLatestArticles(13), listCategorySections(4)]);
  return { latest, sections };
}

export async function cachedTrending() {
  'use cache';
  cacheLife('minutes');
  cacheTag('trending');
  return listTrendingArticles(5);
}

export async function cachedArchive(kind: Archive['kind'], slug: string, page: number) {
  'use cache';
  cacheLife('minutes');
  cacheTag('articles', `${kind}:${slug}`);
  return getArchive(kind, slug, page);
}
