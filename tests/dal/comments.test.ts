import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb, queryRows } from '@/db/client';
import { bannedWords, users } from '@/db/schema';
import { createComment, deleteComment, editComment, setCommentLike } from '@/lib/dal/comment-writes';
import type { CommentSort } from '@/lib/comment-sorts';
import { listComments } from '@/lib/dal/comments';
import { createArticle } from '../support/fixtures';

async function createUser(overrides: Partial<typeof users.$inferInsert> = {}) {
  const db = await getDb();
  const [row] = await db
    .insert(users)
    .values({ email: `u-${crypto.randomUUID()}@example.test`, name: 'Fan', ...overrides })
    .returning();
  return row;
}

async function countersMatchRows(articleId: number) {
  const db = await getDb();
  const [row] = await queryRows<{ stored: number; actual: number; bad_replies: number; bad_likes: number }>(
    db,
    sql`select (select comment_count from article_stats where article_id = ${articleId})::int as stored,
      (select count(*)::int from comments where article_id = ${articleId} and status = 'published') as actual,
      (select count(*)::int from comments c where c.article_id = ${articleId}
        and c.reply_count <> (select count(*) from comments r where r.parent_id = c.id and r.status = 'published')) as bad_replies,
      (select count(*)::int from comments c where c.article_id = ${articleId}
        and c.like_count <> (select count(*) from comment_likes l where l.comment_id = c.id)) as bad_likes`,
  );
  expect(row.stored ?? 0).toBe(row.actual);
  expect(row.bad_replies).toBe(0);
  expect(row.bad_likes).toBe(0);
}

describe('comments', () => {
  let article: Awaited<ReturnType<typeof createArticle>>;
  let other: Awaited<ReturnType<typeof createArticle>>;
  let author: Awaited<ReturnType<typeof createUser>>;
  let reader: Awaited<ReturnType<typeof createUser>>;

  beforeAll(async () => {
    article = await createArticle();
    other = await createArticle();
    author = await createUser({ name: 'Author' });
    reader = await createUser({ name: 'Reader' });
  });

  it('posts, replies one level deep within the same article, and keeps counts exact', async () => {
    const top = await createComment({ articleId: article.id, authorId: author.id, parentId: null, body: 'Top' });
    expect(top).toMatchObject({ status: 'ok', commentStatus: 'published' });
    if (top.status !== 'ok') return;
    const reply = await createComment({ articleId: article.id, authorId: reader.id, parentId: top.id, body: 'Reply' });
    expect(reply.status).toBe('ok');
    if (reply.status !== 'ok') return;
    // A reply to a reply joins the same thread.
    const deeper = await createComment({ articleId: article.id, authorId: author.id, parentId: reply.id, body: 'Deeper' });
    expect(deeper.status).toBe('ok');
    const page = await listComments(article.id, null);
    const thread = page.comments.find((c) => c.id === top.id)!;
    expect(thread.replies.map((r) => r.body)).toEqual(['Reply', 'Deeper']);
    expect(thread.replyCount).toBe(2);
    // The parent must belong to the same article.
    expect(await createComment({ articleId: other.id, authorId: author.id, parentId: top.id, body: 'Wrong' })).toEqual({ status: 'not_found' });
    await countersMatchRows(article.id);
  });

  it('refuses unpublished articles, banned and suspended users, and writes nothing', async () => {
    const draft = await createArticle({ status: 'draft', publishedAt: null });
    expect(await createComment({ articleId: draft.id, authorId: author.id, parentId: null, body: 'x' })).toEqual({ status: 'not_found' });
    const banned = await createUser({ bannedAt: new Date(), restrictionReason: 'Spam' });
    const suspended = await createUser({ suspendedUntil: new Date(Date.now() + 3_600_000), restrictionReason: 'Rude' });
    const before = (await listComments(article.id, null)).comments.length;
    expect(await createComment({ articleId: article.id, authorId: banned.id, parentId: null, body: 'x' })).toMatchObject({
      status: 'restricted',
      restriction: { kind: 'ban', reason: 'Spam' },
    });
    const refused = await createComment({ articleId: article.id, authorId: suspended.id, parentId: null, body: 'x' });
    expect(refused).toMatchObject({ status: 'restricted', restriction: { kind: 'suspension' } });
    const first = (await listComments(article.id, null)).comments[0];
    expect(await setCommentLike(first.id, suspended.id, true)).toMatchObject({ status: 'restricted' });
    expect((await listComments(article.id, null)).comments.length).toBe(before);
  });

  it('holds a comment with a banned word as pending, visible only to its author and moderators', async () => {
    const db = await getDb();
    await db.insert(bannedWords).values({ word: 'spoilerbomb' }).onConflictDoNothing();
    const held = await createComment({ articleId: article.id, authorId: author.id, parentId: null, body: 'Total SpoilerBomb here' });
    expect(held).toMatchObject({ status: 'ok', commentStatus: 'pending' });
    if (held.status !== 'ok') return;
    const asReader = await listComments(article.id, { id: reader.id, role: 'reader' });
    expect(asReader.comments.some((c) => c.id === held.id)).toBe(false);
    const asAuthor = await listComments(article.id, { id: author.id, role: 'reader' });
    expect(asAuthor.comments.find((c) => c.id === held.id)).toMatchObject({ status: 'pending', body: 'Total SpoilerBomb here' });
    const asModerator = await listComments(article.id, { id: reader.id, role: 'moderator' });
    expect(asModerator.comments.some((c) => c.id === held.id)).toBe(true);
    // Not a whole word: published.
    const fine = await createComment({ articleId: article.id, authorId: author.id, parentId: null, body: 'spoilerbombastic' });
    expect(fine).toMatchObject({ commentStatus: 'published' });
    await countersMatchRows(article.id);
  });

  it('lets only the author edit, within 15 minutes, and marks the edit', async () => {
    const posted = await createComment({ articleId: article.id, authorId: author.id, parentId: null, body: 'Typo' });
    if (posted.status !== 'ok') throw new Error('not posted');
    expect(await editComment(posted.id, reader.id, 'Hijack')).toMatchObject({ status: 'forbidden' });
    expect(await editComment(posted.id, author.id, 'Fixed')).toEqual({ status: 'ok', commentStatus: 'published' });
    const later = new Date(Date.now() + 16 * 60 * 1000);
    expect(await editComment(posted.id, author.id, 'Too late', later)).toMatchObject({ status: 'forbidden', message: expect.stringContaining('15 minutes') });
    const view = (await listComments(article.id, null)).comments.find((c) => c.id === posted.id)!;
    expect(view.body).toBe('Fixed');
    expect(view.editedAt).not.toBeNull();
  });

  it('soft-deletes for the author only: the thread keeps its shape and the counts drop', async () => {
    const top = await createComment({ articleId: article.id, authorId: author.id, parentId: null, body: 'Parent' });
    if (top.status !== 'ok') throw new Error('not posted');
    await createComment({ articleId: article.id, authorId: reader.id, parentId: top.id, body: 'Child' });
    expect(await deleteComment(top.id, reader.id)).toMatchObject({ status: 'forbidden' });
    expect(await deleteComment(top.id, author.id)).toEqual({ status: 'ok' });
    expect(await deleteComment(top.id, author.id)).toEqual({ status: 'ok' }); // twice is harmless
    const view = (await listComments(article.id, null)).comments.find((c) => c.id === top.id)!;
    expect(view).toMatchObject({ status: 'deleted', body: null });
    expect(view.replies.map((r) => r.body)).toEqual(['Child']);
    await countersMatchRows(article.id);
  });

  it('counts concurrent likes exactly: one per user, toggled', async () => {
    const posted = await createComment({ articleId: article.id, authorId: author.id, parentId: null, body: 'Like me' });
    if (posted.status !== 'ok') throw new Error('not posted');
    const fans = await Promise.all(Array.from({ length: 30 }, () => createUser()));
    await Promise.all(fans.flatMap((f) => [setCommentLike(posted.id, f.id, true), setCommentLike(posted.id, f.id, true)]));
    await Promise.all(fans.slice(0, 10).map((f) => setCommentLike(posted.id, f.id, false)));
    const view = (await listComments(article.id, { id: fans[20].id, role: 'reader' })).comments.find((c) => c.id === posted.id)!;
    expect(view.likeCount).toBe(20);
    expect(view.likedByViewer).toBe(true);
    await countersMatchRows(article.id);
  });

  it('pages with keyset cursors in every order, without gaps or repeats', async () => {
    const fresh = await createArticle();
    const ids: number[] = [];
    for (let i = 0; i < 23; i++) {
      const r = await createComment({ articleId: fresh.id, authorId: author.id, parentId: null, body: `c${i}` });
      if (r.status === 'ok') ids.push(r.id);
    }
    const fans = await Promise.all(Array.from({ length: 3 }, () => createUser()));
    for (const [i, fan] of fans.entries()) for (const id of ids.slice(0, i + 2)) await setCommentLike(id, fan.id, true);
    for (const sort of ['newest', 'oldest', 'top'] as CommentSort[]) {
      const seen: number[] = [];
      let cursor: string | undefined;
      do {
        const page = await listComments(fresh.id, null, { sort, cursor, limit: 5 });
        seen.push(...page.comments.map((c) => c.id));
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      expect(new Set(seen).size).toBe(23);
      expect(seen).toHaveLength(23);
      if (sort === 'oldest') expect(seen).toEqual([...seen].sort((a, b) => a - b));
      if (sort === 'top') expect(seen.slice(0, 2).sort()).toEqual(ids.slice(0, 2).sort());
    }
  });
});
