// Item 4, in the data layer: who may hide a comment by reporting it.
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { comments } from '@/db/schema';
import { createComment } from '@/lib/dal/comment-writes';
import { reportComment } from '@/lib/dal/moderation';
import { listQueue } from '@/lib/dal/moderation-queue';
import { createArticle, createUser } from '../../support/fixtures';

async function commentBy(authorId: string) {
  const article = await createArticle();
  const c = await createComment({ articleId: article.id, authorId, parentId: null, body: `A comment ${Math.random()}` });
  if (c.status !== 'ok') throw new Error('setup');
  return c.id;
}

async function statusOf(id: number) {
  const db = await getDb();
  return (await db.select({ status: comments.status }).from(comments).where(eq(comments.id, id)))[0].status;
}

describe('reports and auto-hide', () => {
  it('reports from accounts younger than 72 hours reach the queue marked, but hide nothing', async () => {
    const id = await commentBy((await createUser('reader', { ageDays: 100 })).id);
    for (const ageDays of [0, 0.5, 2.9]) expect(await reportComment((await createUser('reader', { ageDays })).id, id, 'spam', null)).toEqual({ status: 'ok', autoHidden: false });
    expect(await statusOf(id)).toBe('published');
    const moderator = await createUser('moderator', { ageDays: 100 });
    const item = (await listQueue(moderator.id, 'reported'))!.items.find((i) => i.id === id)!;
    expect(item).toMatchObject({ reportCount: 3, newReporters: 3 });
    // Established readers (and only their reports) count: the third established one hides it.
    expect(await reportComment((await createUser('reader', { ageDays: 10 })).id, id, 'spam', null)).toEqual({ status: 'ok', autoHidden: false });
    expect(await reportComment((await createUser('reader', { ageDays: 10 })).id, id, 'spam', null)).toEqual({ status: 'ok', autoHidden: false });
    expect(await reportComment((await createUser('reader', { ageDays: 10 })).id, id, 'spam', null)).toEqual({ status: 'ok', autoHidden: true });
    expect(await statusOf(id)).toBe('hidden');
  });

  it('never auto-hides a staff comment', async () => {
    for (const role of ['moderator', 'admin'] as const) {
      const id = await commentBy((await createUser(role, { ageDays: 100 })).id);
      for (let i = 0; i < 5; i++) expect(await reportComment((await createUser('reader', { ageDays: 30 })).id, id, 'spam', null)).toEqual({ status: 'ok', autoHidden: false });
      expect(await statusOf(id)).toBe('published');
    }
  });

  it('takes at most 20 reports an hour from one account, even in parallel', async () => {
    const flooder = await createUser('reader', { ageDays: 30 });
    const author = await createUser('reader', { ageDays: 30 });
    const ids = await Promise.all(Array.from({ length: 25 }, () => commentBy(author.id)));
    const answers = await Promise.all([...ids, ...ids].map((id) => reportComment(flooder.id, id, 'spam', null)));
    expect(answers.filter((a) => a.status === 'forbidden')).toHaveLength(30);
  });
});
