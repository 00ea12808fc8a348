import { beforeAll, describe, expect, it } from 'vitest';
import { getPublishedArticle, listLatestArticles } from '@/lib/dal/articles';
import { createArticle } from '../support/fixtures';

describe('articles DAL', () => {
  let older: Awaited<ReturnType<typeof createArticle>>;
  let newer: Awaited<ReturnType<typeof createArticle>>;
  let draft: Awaited<ReturnType<typeof createArticle>>;

  beforeAll(async () => {
    older = await createArticle({ title: 'Older', publishedAt: new Date('2026-01-01T00:00:00Z') });
    newer = await createArticle({ title: 'Newer', publishedAt: new Date('2026-02-01T00:00:00Z') });
    draft = await createArticle({ title: 'Draft', status: 'draft', publishedAt: null });
  });

  it('lists published articles newest first, with category and author, and never drafts', async () => {
    const list = await listLatestArticles(10);
    expect(list.map((a) => a.title)).toEqual(['Newer', 'Older']);
    expect(list[0].category.name).toBe('News');
    expect(list[0].author.name).toBe('Test Author');
    expect(list[0].publishedAt).toBeInstanceOf(Date);
    expect(list[0].reactionCount).toBe(0);
  });

  it('finds a published article by slug', async () => {
    const article = await getPublishedArticle(newer.slug);
    expect(article?.title).toBe('Newer');
    expect(article?.body).toContain('# Heading');
    // The older one too, so a lookup that ignored the slug and returned the latest would fail here.
    expect((await getPublishedArticle(older.slug))?.title).toBe('Older');
  });

  it('returns null for drafts, unknown and malformed slugs', async () => {
    expect(await getPublishedArticle(draft.slug)).toBeNull();
    expect(await getPublishedArticle('no-such-article')).toBeNull();
    expect(await getPublishedArticle("x' or 1=1 --")).toBeNull();
    expect(await getPublishedArticle('a'.repeat(500))).toBeNull();
  });
});
