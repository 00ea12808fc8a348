// No N+1: the reads behind the reader pages send the same number of queries whether their lists are
// short or long. Counted with db/client's per-process query counter.
import { describe, expect, it } from 'vitest';
import { getDb, queryCount } from '@/db/client';
import { articleTags, comments, tags, users } from '@/db/schema';
import { getArchive } from '@/lib/dal/archives';
import { getPublishedArticle, listCategorySections, listLatestArticles, listRelatedArticles, listTrendingArticles } from '@/lib/dal/articles';
import { listComments } from '@/lib/dal/comments';
import { createArticle, createAuthor, createCategory } from '../support/fixtures';

/** How many queries `read` sends. */
async function queriesOf(read: () => Promise<unknown>): Promise<number> {
  await getDb();
  const before = queryCount();
  await read();
  return queryCount() - before;
}

async function articleWithThread(topLevel: number, repliesEach: number, tagCount: number) {
  const db = await getDb();
  const article = await createArticle();
  const [user] = await db.insert(users).values({ email: `q-${crypto.randomUUID()}@example.test`, name: 'Fan' }).returning();
  for (let i = 0; i < topLevel; i++) {
    const [top] = await db.insert(comments).values({ articleId: article.id, authorId: user.id, body: `Comment ${i}` }).returning();
    if (repliesEach > 0) {
      await db.insert(comments).values(Array.from({ length: repliesEach }, (_, j) => ({ articleId: article.id, authorId: user.id, parentId: top.id, body: `Reply ${j}` })));
    }
  }
  if (tagCount > 0) {
    const rows = await db
      .insert(tags)
      .values(Array.from({ length: tagCount }, (_, i) => ({ slug: `q-${article.id}-${i}`, name: `Tag ${i}` })))
      .returning();
    await db.insert(articleTags).values(rows.map((t) => ({ articleId: article.id, tagId: t.id })));
  }
  return { article, viewer: { id: user.id, role: 'reader' as const } };
}

describe('queries per page read do not grow with the lists', () => {
  it('a comment page with its replies: the same count for 1 comment as for a full page of threads', async () => {
    const small = await articleWithThread(1, 0, 0);
    const large = await articleWithThread(25, 3, 0);
    const count = (a: typeof small) => queriesOf(() => listComments(a.article.id, a.viewer));
    expect(await count(large)).toBe(await count(small));
    expect(await count(large)).toBe(2); // the page, then every reply of every thread in one query
    const page = await listComments(large.article.id, large.viewer);
    expect(page.comments.length).toBeGreaterThan(10);
    expect(page.comments.every((c) => c.replies.length === 3)).toBe(true);
  });

  it('an article with its tags, and its similar articles', async () => {
    const few = await articleWithThread(0, 0, 1);
    const many = await articleWithThread(0, 0, 12);
    const count = (a: typeof few) => queriesOf(() => getPublishedArticle(a.article.slug));
    expect(await count(many)).toBe(await count(few));
    expect((await getPublishedArticle(many.article.slug))?.tags).toHaveLength(12);
    const related = (a: typeof few) => queriesOf(() => listRelatedArticles(a.article.id, a.article.categoryId));
    expect(await related(many)).toBe(await related(few));
  });

  it('home lists and archives: the same count for a small and a large archive', async () => {
    const category = await createCategory('Counted');
    const author = await createAuthor('Counted Author');
    const home = () =>
      queriesOf(async () => {
        await listLatestArticles(13);
        await listCategorySections(4);
        await listTrendingArticles(5);
      });
    const archive = () => queriesOf(() => getArchive('category', category.slug, 1));
    await createArticle({ categoryId: category.id, authorId: author.id });
    const [homeSmall, archiveSmall] = [await home(), await archive()];
    for (let i = 0; i < 30; i++) await createArticle({ categoryId: category.id, authorId: author.id });
    expect(await home()).toBe(homeSmall);
    expect(await archive()).toBe(archiveSmall);
    expect((await getArchive('category', category.slug, 1))?.articles.length).toBeGreaterThan(10);
  });
});
