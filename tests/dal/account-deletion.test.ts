// "Delete my account" and "Export my data": a grace period that signing in cancels, then an erasure that
// keeps the comments' places as "[deleted]" and takes likes and reactions out of the counts exactly.
import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { articleStats, sessions, users } from '@/db/schema';
import { cancelAccountDeletion, eraseDueAccounts, requestAccountDeletion } from '@/lib/dal/account-deletion';
import { exportAccountData } from '@/lib/dal/account-export';
import { createComment, setCommentLike } from '@/lib/dal/comment-writes';
import { listComments } from '@/lib/dal/comments';
import { getReactionSummary, setReaction } from '@/lib/dal/reactions';
import { startSession } from '@/lib/dal/sessions';
import { userReactorKey } from '@/lib/reactor';
import { createArticle, createUser } from '../support/fixtures';

const reader = () => createUser('reader', { ageDays: 30 });
async function post(articleId: number, authorId: string, body: string, parentId: number | null = null) {
  const r = await createComment({ articleId, authorId, parentId, body });
  if (r.status !== 'ok') throw new Error('setup');
  return r.id;
}
/** As if the grace period had passed. */
const graceOver = async (userId: string) => (await getDb()).update(users).set({ deletionRequestedAt: sql`now() - interval '15 days'` }).where(eq(users.id, userId));

describe('deleting an account', () => {
  it('waits out the grace period (signing in cancels), then leaves "[deleted]" comments and exact counts', async () => {
    const article = await createArticle();
    const [ava, bo] = [await reader(), await reader()];
    const top = await post(article.id, ava.id, 'Ava speaks');
    const reply = await post(article.id, bo.id, 'Bo answers', top);
    await post(article.id, ava.id, 'Ava again', top);
    const boTop = await post(article.id, bo.id, 'Bo on his own');
    await setCommentLike(boTop, ava.id, true);
    await setCommentLike(reply, ava.id, true);
    await setCommentLike(boTop, bo.id, true);
    await setReaction(article.id, userReactorKey(ava.id), 'love');
    await setReaction(article.id, userReactorKey(bo.id), 'love');
    await startSession(ava.id);

    expect((await requestAccountDeletion(ava.id)).status).toBe('ok');
    expect(await (await getDb()).select().from(sessions).where(eq(sessions.userId, ava.id))).toEqual([]); // signed out everywhere
    expect(await eraseDueAccounts()).toBe(0); // not before the grace period ends
    expect(await cancelAccountDeletion(ava.id)).toBe(true); // signing in keeps it
    await graceOver(ava.id);
    await (await getDb()).update(users).set({ deletionRequestedAt: null }).where(eq(users.id, ava.id));
    expect(await eraseDueAccounts()).toBe(0);

    await requestAccountDeletion(ava.id);
    await graceOver(ava.id);
    expect(await eraseDueAccounts()).toBe(1);

    const thread = (await listComments(article.id, null)).comments;
    const avas = thread.find((c) => c.id === top)!;
    expect([avas.author.name, avas.body, avas.status]).toEqual(['[deleted]', null, 'deleted']);
    expect(avas.replies.map((r) => [r.author.name, r.status])).toEqual([
      [bo.name, 'published'],
      ['[deleted]', 'deleted'],
    ]);
    expect(avas.replyCount).toBe(1); // Bo's reply only
    expect(thread.find((c) => c.id === boTop)!.likeCount).toBe(1); // Bo's own like stays
    expect(avas.replies[0].likeCount).toBe(0);
    expect((await getReactionSummary(article.id, null)).counts.love).toBe(1);
    const [stats] = await (await getDb()).select().from(articleStats).where(eq(articleStats.articleId, article.id));
    expect([stats.commentCount, stats.reactionCount]).toEqual([2, 1]);
    const [row] = await (await getDb()).select().from(users).where(eq(users.id, ava.id));
    expect([row.name, row.email.endsWith('@invalid'), row.passwordHash, row.erasedAt !== null]).toEqual([null, true, null, true]);
    expect(await cancelAccountDeletion(ava.id)).toBe(false); // too late
  });
});

describe('exporting one’s data', () => {
  it('holds the profile, comments with their text, reactions, likes and notifications', async () => {
    const article = await createArticle();
    const [ava, bo] = [await reader(), await reader()];
    const mine = await post(article.id, ava.id, 'My words, exported');
    await post(article.id, bo.id, 'A reply', mine);
    await setCommentLike(mine, bo.id, true);
    await setCommentLike((await listComments(article.id, null)).comments[0].replies[0].id, ava.id, true);
    await setReaction(article.id, userReactorKey(ava.id), 'wow');
    const data = (await exportAccountData(ava.id))!;
    expect(data.profile.email).toBe(ava.email);
    expect(data.comments.map((c) => c.body)).toEqual(['My words, exported']);
    expect(data.reactions.map((r) => r.kind)).toEqual(['wow']);
    expect(data.likes).toHaveLength(1);
    expect(data.notifications.map((n) => n.kind).sort()).toEqual(['like', 'reply']);
    expect(JSON.stringify(data)).not.toContain(bo.email); // nothing private about anyone else
  });
});
