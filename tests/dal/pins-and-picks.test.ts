// Staff picks and pins (issue #17): the pinned comment comes first in every order and only once; the
// Featured order lists staff picks; names carry Staff, Author and New member badges.
import { describe, expect, it } from 'vitest';
import { setPinnedComment, setStaffPick } from '@/lib/dal/article-controls';
import { createComment } from '@/lib/dal/comment-writes';
import { listComments } from '@/lib/dal/comments';
import { hideComment } from '@/lib/dal/moderation';
import { eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { authors } from '@/db/schema';
import { createArticle, createAuthor, createUser } from '../support/fixtures';

async function thread() {
  const article = await createArticle();
  const [fan, veteran, mod] = [await createUser('reader'), await createUser('reader', { ageDays: 90 }), await createUser('moderator', { ageDays: 90 })];
  const ids: number[] = [];
  for (const [author, body] of [[veteran, 'oldest'], [fan, 'middle'], [mod, 'newest']] as const) {
    const c = await createComment({ articleId: article.id, authorId: author.id, parentId: null, body });
    if (c.status !== 'ok') throw new Error('setup');
    ids.push(c.id);
  }
  return { article, fan, veteran, mod, ids };
}

describe('pins and staff picks', () => {
  it('shows the pinned comment first in every order, once, on the first page only', async () => {
    const { article, mod, ids } = await thread();
    expect(await setPinnedComment(mod.id, ids[0], true)).toEqual({ status: 'ok', changed: true });
    for (const sort of ['newest', 'oldest', 'top'] as const) {
      const page = await listComments(article.id, null, { sort });
      expect(page.comments[0]).toMatchObject({ id: ids[0], pinned: true });
      expect(page.comments.filter((c) => c.id === ids[0])).toHaveLength(1);
    }
    const small = await listComments(article.id, null, { sort: 'newest', limit: 1 });
    expect(small.comments.map((c) => c.id)).toEqual([ids[0], ids[2]]);
    const next = await listComments(article.id, null, { sort: 'newest', limit: 1, cursor: small.nextCursor! });
    expect(next.comments.map((c) => c.id)).toEqual([ids[1]]); // the pinned one is not repeated further down

    expect(await setPinnedComment(mod.id, ids[1], true)).toEqual({ status: 'ok', changed: true }); // one pin per article
    expect((await listComments(article.id, null)).comments.filter((c) => c.pinned).map((c) => c.id)).toEqual([ids[1]]);
    expect(await setPinnedComment(mod.id, ids[1], false)).toEqual({ status: 'ok', changed: true });
    expect((await listComments(article.id, null)).comments.map((c) => c.id)).toEqual([ids[2], ids[1], ids[0]]);
    await hideComment(mod.id, ids[2], 'spam', null);
    expect(await setPinnedComment(mod.id, ids[2], true)).toMatchObject({ status: 'invalid' });
  });

  it('lists staff picks in the Featured order, newest pick first, and badges staff and new members', async () => {
    const { article, fan, mod, ids } = await thread();
    expect((await listComments(article.id, null, { sort: 'featured' })).comments).toEqual([]);
    expect(await setStaffPick(mod.id, ids[1], true)).toEqual({ status: 'ok', changed: true });
    expect(await setStaffPick(mod.id, ids[0], true)).toEqual({ status: 'ok', changed: true });
    expect(await setStaffPick(mod.id, ids[0], true)).toEqual({ status: 'ok', changed: false });
    const featured = await listComments(article.id, null, { sort: 'featured' });
    expect(featured.comments.map((c) => [c.id, c.staffPick])).toEqual([
      [ids[0], true],
      [ids[1], true],
    ]);
    expect(await setStaffPick(fan.id, ids[2], true)).toEqual({ status: 'forbidden' });
    const all = await listComments(article.id, null);
    expect(Object.fromEntries(all.comments.map((c) => [c.body, c.author.badges]))).toEqual({ newest: ['staff'], middle: ['new'], oldest: [] });
  });

  it('badges the writer of the article, on their own articles only', async () => {
    const db = await getDb();
    const writer = await createUser('reader', { ageDays: 90 });
    const byline = await createAuthor('Writer With An Account');
    await db.update(authors).set({ userId: writer.id }).where(eq(authors.id, byline.id));
    const [theirs, other] = [await createArticle({ authorId: byline.id }), await createArticle()];
    for (const article of [theirs, other]) await createComment({ articleId: article.id, authorId: writer.id, parentId: null, body: 'From the writer' });
    expect((await listComments(theirs.id, null)).comments[0].author.badges).toEqual(['author']);
    expect((await listComments(other.id, null)).comments[0].author.badges).toEqual([]);
  });
});
