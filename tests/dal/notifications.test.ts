// Notifications: who hears of what, once; nobody of their own doing, nobody from someone they muted.
import { describe, expect, it } from 'vitest';
import { createComment, setCommentLike } from '@/lib/dal/comment-writes';
import { approveComment, hideComment, unhideComment } from '@/lib/dal/moderation';
import { muteAuthorOf } from '@/lib/dal/mutes';
import { countUnreadOf, listNotifications, markNotificationsRead } from '@/lib/dal/notifications';
import { setAlwaysReview } from '@/lib/dal/user-standing';
import { createArticle, createUser } from '../support/fixtures';

const reader = (name?: string) => createUser('reader', { ageDays: 30, name });
async function post(articleId: number, authorId: string, body: string, parentId: number | null = null) {
  const result = await createComment({ articleId, authorId, parentId, body });
  if (result.status !== 'ok') throw new Error(`setup: ${result.status}`);
  return result;
}
const kinds = async (userId: string) => (await listNotifications(userId)).items.map((n) => [n.kind, n.actor?.name ?? null, n.others]);

describe('notifications', () => {
  it('a reply notifies whom it answers, a mention whom it names, once each, and never the writer', async () => {
    const article = await createArticle();
    const [ava, bo, cy] = [await reader(`Ava N${Date.now()}`), await reader(`Bo N${Date.now()}`), await reader(`Cy N${Date.now()}`)];
    const top = await post(article.id, ava.id, 'Top');
    await post(article.id, ava.id, 'Replying to myself', top.id);
    expect(await countUnreadOf(ava.id)).toBe(0);
    const reply = await post(article.id, bo.id, `Hi @${ava.name} and @${cy.name}, and @${bo.name}`, top.id);
    expect(await kinds(ava.id)).toEqual([['reply', bo.name, 0]]); // a reply that names its addressee counts once
    expect(await kinds(cy.id)).toEqual([['mention', bo.name, 0]]);
    expect(await kinds(bo.id)).toEqual([]);
    const answer = await post(article.id, cy.id, 'Answering Bo', reply.id); // a reply to a reply: to Bo, not to Ava
    expect(await kinds(bo.id)).toEqual([['reply', cy.name, 0]]);
    expect(await countUnreadOf(ava.id)).toBe(1);
    expect(answer.commentStatus).toBe('published');
  });

  it('someone you muted neither mentions you nor tells you they liked your comment', async () => {
    const article = await createArticle();
    const [ava, loud] = [await reader(`Ava M${Date.now()}`), await reader(`Loud M${Date.now()}`)];
    const theirs = await post(article.id, loud.id, 'Shouting');
    const mine = await post(article.id, ava.id, 'Calm');
    await muteAuthorOf(ava.id, theirs.id);
    await post(article.id, loud.id, `@${ava.name} LISTEN`);
    await post(article.id, loud.id, 'REPLY', mine.id);
    await setCommentLike(mine.id, loud.id, true);
    expect(await countUnreadOf(ava.id)).toBe(0);
  });

  it('likes on one comment group into one notification that comes back unread with each new like', async () => {
    const article = await createArticle();
    const [ava, ...fans] = [await reader(), await reader('Mina G'), await reader(), await reader()];
    const mine = await post(article.id, ava.id, 'Great episode');
    await setCommentLike(mine.id, ava.id, true); // her own like tells her nothing
    expect(await countUnreadOf(ava.id)).toBe(0);
    await setCommentLike(mine.id, fans[1].id, true);
    await markNotificationsRead(ava.id);
    expect(await countUnreadOf(ava.id)).toBe(0);
    await setCommentLike(mine.id, fans[2].id, true);
    await setCommentLike(mine.id, fans[0].id, true);
    expect(await countUnreadOf(ava.id)).toBe(1);
    const [like] = (await listNotifications(ava.id)).items;
    expect([like.kind, like.actor?.name, like.others]).toEqual(['like', 'Mina G', 2]); // "Mina G and 2 others" (her own like is not one of them)
  });

  it('a moderator hiding (with the reason), restoring and approving tells the author; a held reply notifies only once approved', async () => {
    const article = await createArticle();
    const [ava, bo] = [await reader(), await reader()];
    const mod = await createUser('moderator');
    const mine = await post(article.id, ava.id, 'Opinion');
    await hideComment(mod.id, mine.id, 'off_topic', null);
    await unhideComment(mod.id, mine.id, null);
    expect((await listNotifications(ava.id)).items.map((n) => [n.kind, n.reason])).toEqual([
      ['restored', null],
      ['hidden', 'off_topic'],
    ]);
    await setAlwaysReview(mod.id, bo.id, true);
    const held = await post(article.id, bo.id, 'Held reply', mine.id);
    expect(held.commentStatus).toBe('pending');
    expect(await countUnreadOf(ava.id)).toBe(2); // nothing about a reply nobody can read yet
    await approveComment(mod.id, held.id);
    expect((await kinds(ava.id))[0]).toEqual(['reply', bo.name, 0]);
    expect((await listNotifications(bo.id)).items.map((n) => n.kind)).toEqual(['approved']);
  });

  it('marks one or all as read, only the reader’s own', async () => {
    const article = await createArticle();
    const [ava, bo, eve] = [await reader(), await reader(), await reader()];
    const mine = await post(article.id, ava.id, 'One');
    await post(article.id, bo.id, 'r1', mine.id);
    await post(article.id, eve.id, 'r2', mine.id);
    const [first] = (await listNotifications(ava.id)).items;
    expect(await markNotificationsRead(bo.id, first.id)).toBe(0); // not Bo's to read
    expect(await markNotificationsRead(ava.id, first.id)).toBe(1);
    expect(await countUnreadOf(ava.id)).toBe(1);
    expect(await markNotificationsRead(ava.id)).toBe(1);
    expect(await countUnreadOf(ava.id)).toBe(0);
  });
});
