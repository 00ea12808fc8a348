// Item 10: the comment list (loadMoreComments) serves published articles only, and names no account
// to anyone but the author and staff.
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { articles } from '@/db/schema';
import { createComment } from '@/lib/dal/comment-writes';
import { listComments } from '@/lib/dal/comments';
import { createArticle, createUser } from '../../support/fixtures';

describe('the comment list', () => {
  it('is empty for a draft article, for everyone', async () => {
    const author = await createUser();
    const article = await createArticle();
    const c = await createComment({ articleId: article.id, authorId: author.id, parentId: null, body: 'Before it was pulled' });
    expect(c.status).toBe('ok');
    await (await getDb()).update(articles).set({ status: 'draft' }).where(eq(articles.id, article.id));
    expect((await listComments(article.id, null)).comments).toEqual([]);
    expect((await listComments(article.id, { id: author.id, role: 'reader' })).comments).toEqual([]);
  });

  it('gives author ids only to the author and to staff', async () => {
    const [author, reader, moderator] = [await createUser(), await createUser(), await createUser('moderator')];
    const article = await createArticle();
    await createComment({ articleId: article.id, authorId: author.id, parentId: null, body: 'Who wrote this?' });
    const idSeenBy = async (viewer: Parameters<typeof listComments>[1]) => (await listComments(article.id, viewer)).comments[0].author.id;
    expect(await idSeenBy(null)).toBeNull();
    expect(await idSeenBy({ id: reader.id, role: 'reader' })).toBeNull();
    expect(await idSeenBy({ id: author.id, role: 'reader' })).toBe(author.id);
    expect(await idSeenBy({ id: moderator.id, role: 'moderator' })).toBe(author.id);
  });
});
