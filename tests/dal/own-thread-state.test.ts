// What a signed-in reader's personal view adds to the shared page: the comments they like (with counts),
// their own held and hidden comments (readable to them, with the reason), and the ids of all their own.
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { comments } from '@/db/schema';
import { createComment, setCommentLike } from '@/lib/dal/comment-writes';
import { listOwnThreadState } from '@/lib/dal/comments';
import { hideComment } from '@/lib/dal/moderation';
import { readSignedInView } from '@/lib/dal/personal-view';
import { getReactionSummary, setReaction } from '@/lib/dal/reactions';
import { endSession, startSession } from '@/lib/dal/sessions';
import { createArticle, createUser } from '../support/fixtures';

async function post(articleId: number, authorId: string, body: string) {
  const result = await createComment({ articleId, authorId, parentId: null, body });
  if (result.status !== 'ok') throw new Error(result.status);
  return result.id;
}

describe("a reader's own thread state", () => {
  it('lists what they like, their held and hidden comments, and all their own ids, for this article only', async () => {
    const article = await createArticle();
    const other = await createArticle();
    const reader = await createUser('reader', { ageDays: 30 });
    const someone = await createUser('reader', { ageDays: 30 });
    const moderator = await createUser('moderator');
    const theirs = await post(article.id, someone.id, 'A comment the reader likes');
    expect((await setCommentLike(theirs, reader.id, true)).status).toBe('ok');
    const published = await post(article.id, reader.id, 'My published comment');
    const held = await post(article.id, reader.id, 'My comment awaiting review');
    await (await getDb()).update(comments).set({ status: 'pending' }).where(eq(comments.id, held));
    const hidden = await post(article.id, reader.id, 'My hidden comment');
    await hideComment(moderator.id, hidden, 'off_topic', null);
    const elsewhere = await post(other.id, reader.id, 'On another article');

    const state = await listOwnThreadState(article.id, { id: reader.id, role: 'reader' });
    expect(state.liked).toEqual([{ id: theirs, likeCount: 1 }]);
    expect(state.own.map((c) => [c.id, c.status, c.body, c.statusReason])).toEqual([
      [held, 'pending', 'My comment awaiting review', null],
      [hidden, 'hidden', 'My hidden comment', 'off_topic'],
    ]);
    expect(state.own[0].author.id).toBe(reader.id);
    expect(typeof state.own[0].createdAt).toBe('string');
    expect(new Date(state.own[0].createdAt).getTime()).toBeGreaterThan(Date.now() - 60_000);
    expect([...state.mine].sort((a, b) => a - b)).toEqual([published, held, hidden].sort((a, b) => a - b));
    expect(state.mine).not.toContain(elsewhere);

    const nobody = await listOwnThreadState(article.id, { id: someone.id, role: 'reader' });
    expect(nobody).toEqual({ liked: [], own: [], mine: [theirs], muted: [] });
  });

  it("reads an article's reaction counts and the reactor's own reaction in one go", async () => {
    const article = await createArticle();
    const key = 'a:00000000-0000-4000-8000-000000000001';
    expect(await getReactionSummary(article.id, key)).toMatchObject({ total: 0, mine: null });
    await setReaction(article.id, key, 'wow');
    await setReaction(article.id, 'a:00000000-0000-4000-8000-000000000002', 'wow');
    const summary = await getReactionSummary(article.id, key);
    expect(summary).toMatchObject({ total: 2, mine: 'wow' });
    expect(summary.counts.wow).toBe(2);
    expect(summary.counts.love).toBe(0);
    expect((await getReactionSummary(article.id, null)).mine).toBeNull();
  });

  it("reads a signed-in person's whole view in one statement, and nothing once their session ended", async () => {
    const article = await createArticle();
    const reader = await createUser('reader', { ageDays: 30, name: 'Mina' });
    const moderator = await createUser('moderator');
    const readerKey = `u:${reader.id}`;
    await setReaction(article.id, readerKey, 'love');
    const mine = await post(article.id, reader.id, 'Mine, held for review');
    await (await getDb()).update(comments).set({ status: 'pending' }).where(eq(comments.id, mine));
    const session = await startSession(reader.id);

    const view = await readSignedInView({ userId: reader.id, sessionId: session }, article.id, readerKey);
    expect(view?.viewer).toMatchObject({ id: reader.id, name: 'Mina', role: 'reader', restriction: null });
    expect(view?.viewer.createdAt).toBeInstanceOf(Date);
    expect(view?.reactions).toEqual(await getReactionSummary(article.id, readerKey));
    expect(view?.reactions.mine).toBe('love');
    expect(view?.additions).toEqual(await listOwnThreadState(article.id, { id: reader.id, role: 'reader' }));
    expect(view?.additions?.own.map((c) => c.id)).toEqual([mine]);

    // Staff read their thread as a page of its own.
    const staffView = await readSignedInView({ userId: moderator.id, sessionId: await startSession(moderator.id) }, article.id, `u:${moderator.id}`);
    expect(staffView?.viewer.role).toBe('moderator');
    expect(staffView?.additions).toBeNull();

    // A session of someone else, or one that ended, reads nothing.
    expect(await readSignedInView({ userId: moderator.id, sessionId: session }, article.id, `u:${moderator.id}`)).toBeNull();
    await endSession(session);
    expect(await readSignedInView({ userId: reader.id, sessionId: session }, article.id, readerKey)).toBeNull();
  });
});
