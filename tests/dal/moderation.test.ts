import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb, queryRows } from '@/db/client';
import { users } from '@/db/schema';
import { createComment, setCommentLike } from '@/lib/dal/comment-writes';
import { listComments } from '@/lib/dal/comments';
import { approveComment, hideComment, reportComment, unhideComment } from '@/lib/dal/moderation';
import { restrictUser } from '@/lib/dal/user-moderation';
import { listLog } from '@/lib/dal/moderation-log';
import { listQueue } from '@/lib/dal/moderation-queue';
import { setReaction } from '@/lib/dal/reactions';
import { createArticle } from '../support/fixtures';

async function user(role: 'reader' | 'moderator' = 'reader') {
  const db = await getDb();
  // Established accounts (a month old): only their reports count toward an auto-hide.
  const createdAt = new Date(Date.now() - 30 * 86_400_000);
  const [row] = await db.insert(users).values({ email: `m-${crypto.randomUUID()}@example.test`, name: `${role} ${Math.random()}`, role, createdAt }).returning();
  return row.id;
}

async function stats(articleId: number) {
  const db = await getDb();
  const [row] = await queryRows<{ comments: number; trending: number }>(
    db,
    sql`select (select comment_count from article_stats where article_id = ${articleId})::int as comments,
      coalesce((select sum(comments) from article_activity_daily where article_id = ${articleId}), 0)::int as trending`,
  );
  return row;
}

describe('moderation', () => {
  it('hides with a reason (placeholder for readers, reason for the author), unhides, and keeps counts right', async () => {
    const article = await createArticle();
    const [author, reader, mod] = [await user(), await user(), await user('moderator')];
    const c = await createComment({ articleId: article.id, authorId: author, parentId: null, body: 'Spoiler: everyone dies' });
    if (c.status !== 'ok') throw new Error('setup');
    expect(await stats(article.id)).toEqual({ comments: 1, trending: 1 });

    expect(await hideComment(mod, c.id, 'spoilers', 'Tag your spoilers')).toEqual({ status: 'ok', changed: true });
    expect(await stats(article.id)).toEqual({ comments: 0, trending: 0 }); // hidden comments leave counts and trending
    const asReader = (await listComments(article.id, { id: reader, role: 'reader' })).comments.find((x) => x.id === c.id)!;
    expect(asReader).toMatchObject({ status: 'hidden', body: null, statusReason: null });
    const asAuthor = (await listComments(article.id, { id: author, role: 'reader' })).comments.find((x) => x.id === c.id)!;
    expect(asAuthor).toMatchObject({ status: 'hidden', body: 'Spoiler: everyone dies', statusReason: 'spoilers' });

    expect(await unhideComment(mod, c.id, null)).toEqual({ status: 'ok', changed: true });
    expect(await stats(article.id)).toEqual({ comments: 1, trending: 1 });
    const log = (await listLog(mod))!.entries.filter((e) => e.commentId === c.id);
    expect(log.map((e) => [e.action, e.from, e.to, e.reason])).toEqual([
      ['unhide', 'hidden', 'published', null],
      ['hide', 'published', 'hidden', 'spoilers'],
    ]);
    expect(log[1].note).toBe('Tag your spoilers');
  });

  it('takes one report per reader, queues reported comments, and auto-hides at the threshold as the system', async () => {
    const article = await createArticle();
    const author = await user();
    const reporters = [await user(), await user(), await user()];
    const mod = await user('moderator');
    const c = await createComment({ articleId: article.id, authorId: author, parentId: null, body: 'Buy followers here' });
    if (c.status !== 'ok') throw new Error('setup');

    expect(await reportComment(author, c.id, 'spam', null)).toMatchObject({ status: 'forbidden' });
    expect(await reportComment(reporters[0], c.id, 'spam', 'ad')).toEqual({ status: 'ok', autoHidden: false });
    expect(await reportComment(reporters[0], c.id, 'spam', null)).toEqual({ status: 'already_reported' });
    const queue = (await listQueue(mod, 'reported'))!;
    expect(queue.items.find((i) => i.id === c.id)).toMatchObject({ reportCount: 1, reasons: [{ reason: 'spam', count: 1 }] });

    expect(await reportComment(reporters[1], c.id, 'harassment', null)).toEqual({ status: 'ok', autoHidden: false });
    expect(await reportComment(reporters[2], c.id, 'spam', null)).toEqual({ status: 'ok', autoHidden: true });
    expect((await listComments(article.id, null)).comments.find((x) => x.id === c.id)).toMatchObject({ status: 'hidden', body: null });
    const [auto] = (await listLog(mod))!.entries.filter((e) => e.commentId === c.id);
    expect(auto).toMatchObject({ action: 'auto_hide', actor: 'System', from: 'published', to: 'hidden' });
    expect((await listQueue(mod, 'hidden'))!.items.some((i) => i.id === c.id)).toBe(true);
    expect((await listQueue(mod, 'reported'))!.items.find((i) => i.id === c.id)?.reportCount).toBe(3);

    // Approving publishes it again and dismisses the reports.
    expect(await approveComment(mod, c.id)).toEqual({ status: 'ok', changed: true });
    expect((await listQueue(mod, 'reported'))!.items.some((i) => i.id === c.id)).toBe(false);
    expect((await listComments(article.id, null)).comments.find((x) => x.id === c.id)).toMatchObject({ status: 'published' });
  });

  it('refuses a suspended user’s comment, like, report and reaction with the reason and end date, writing nothing', async () => {
    const article = await createArticle();
    const [victim, other, mod] = [await user(), await user(), await user('moderator')];
    const c = await createComment({ articleId: article.id, authorId: other, parentId: null, body: 'Fine comment' });
    if (c.status !== 'ok') throw new Error('setup');
    expect(await restrictUser(mod, victim, '7d', 'Repeated spoilers')).toEqual({ status: 'ok', changed: true });

    const db = await getDb();
    const count = async () =>
      (await queryRows<{ n: string }>(db, sql`select ((select count(*) from comments) + (select count(*) from comment_likes)
        + (select count(*) from comment_reports) + (select count(*) from article_reactions))::text as n`))[0].n;
    const before = await count();
    const expectRestriction = (r: unknown) => {
      expect(r).toMatchObject({ status: 'restricted', restriction: { kind: 'suspension', reason: 'Repeated spoilers' } });
      const until = (r as { restriction: { until: Date } }).restriction.until;
      expect(Math.round((until.getTime() - Date.now()) / 86_400_000)).toBe(7);
    };
    expectRestriction(await createComment({ articleId: article.id, authorId: victim, parentId: null, body: 'x' }));
    expectRestriction(await setCommentLike(c.id, victim, true));
    expectRestriction(await reportComment(victim, c.id, 'spam', null));
    expectRestriction(await setReaction(article.id, `u:${victim}`, 'love'));
    expect(await count()).toBe(before);
  });
});
