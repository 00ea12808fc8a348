// Issue #18 in the data layer: pre-moderation, per-article controls, ban and clean up, shadow bans,
// names, the queue's counts, filters, risk score and reported text. Each test builds its own people.
import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb, queryRows } from '@/db/client';
import { moderationActions, users } from '@/db/schema';
import { OPEN, setArticleControls } from '@/lib/dal/article-controls';
import { addBannedWord, liftRestriction, restrictUser } from '@/lib/dal/user-moderation';
import { createComment, editComment } from '@/lib/dal/comment-writes';
import { listComments } from '@/lib/dal/comments';
import { approveComment, hideComment, reportComment } from '@/lib/dal/moderation';
import { moderatorActivity } from '@/lib/dal/moderation-log';
import { countQueues, listQueue } from '@/lib/dal/moderation-queue';
import { saveModerationSettings } from '@/lib/dal/moderation-settings';
import { addUserNote, listUserNotes, neutralName, resetDisplayName, setAlwaysReview, setShadowBan } from '@/lib/dal/user-standing';
import { BANNED_NAME, displayNameProblem, updateDisplayName } from '@/lib/dal/users';
import { createArticle, createUser } from '../support/fixtures';

const post = (articleId: number, authorId: string, body: string, parentId: number | null = null) => createComment({ articleId, authorId, parentId, body });
const viewerOf = (id: string) => ({ id, role: 'reader' as const });
const idsSeenBy = async (articleId: number, viewer: { id: string; role: 'reader' | 'moderator' } | null) =>
  (await listComments(articleId, viewer)).comments.flatMap((c) => [c, ...c.replies]).filter((c) => c.body !== null).map((c) => c.id);

async function commentCount(articleId: number) {
  const [row] = await queryRows<{ n: number }>(await getDb(), sql`select coalesce((select comment_count from article_stats where article_id = ${articleId}), 0)::int as n`);
  return row.n;
}
async function logCount() {
  const [row] = await queryRows<{ n: number }>(await getDb(), sql`select count(*)::int as n from moderation_actions`);
  return row.n;
}

describe('pre-moderation', () => {
  it('holds the first N comments of a new account: seen by the author and moderators only, until approved', async () => {
    const [admin, mod, reader] = [await createUser('admin'), await createUser('moderator'), await createUser('reader', { ageDays: 30 })];
    const article = await createArticle();
    expect(await saveModerationSettings(admin.id, { newAccountHoldCount: 1, holdNewAccountLinks: false })).toEqual({ status: 'ok', changed: true });
    try {
      const newcomer = await createUser('reader');
      const first = await post(article.id, newcomer.id, 'My very first comment');
      const second = await post(article.id, newcomer.id, 'And a second one');
      expect(first).toMatchObject({ status: 'ok', commentStatus: 'pending' });
      expect(second).toMatchObject({ status: 'ok', commentStatus: 'published' });
      if (first.status !== 'ok') throw new Error('setup');
      expect(await idsSeenBy(article.id, viewerOf(reader.id))).not.toContain(first.id);
      expect(await idsSeenBy(article.id, null)).not.toContain(first.id);
      expect(await idsSeenBy(article.id, viewerOf(newcomer.id))).toContain(first.id);
      expect(await idsSeenBy(article.id, { id: mod.id, role: 'moderator' })).toContain(first.id);
      expect(await commentCount(article.id)).toBe(1);
      const [hold] = await (await getDb()).select().from(moderationActions).where(eq(moderationActions.commentId, first.id));
      expect(hold).toMatchObject({ action: 'hold', note: 'Held: comment 1 of a new account (the first 1 are reviewed)' });

      expect(await approveComment(mod.id, first.id)).toEqual({ status: 'ok', changed: true });
      expect(await idsSeenBy(article.id, viewerOf(reader.id))).toContain(first.id);
      expect(await commentCount(article.id)).toBe(2);
    } finally {
      await saveModerationSettings(admin.id, { newAccountHoldCount: 0, holdNewAccountLinks: false });
    }
  });

  it('holds every comment of a user under review, and links from accounts younger than a week when asked', async () => {
    const [admin, mod, watched, veteran, fresh] = [
      await createUser('admin'),
      await createUser('moderator'),
      await createUser('reader', { ageDays: 100 }),
      await createUser('reader', { ageDays: 100 }),
      await createUser('reader', { ageDays: 2 }),
    ];
    const article = await createArticle();
    expect(await setAlwaysReview(mod.id, watched.id, true)).toEqual({ status: 'ok', changed: true });
    expect(await post(article.id, watched.id, 'Perfectly nice words')).toMatchObject({ commentStatus: 'pending' });
    expect(await setAlwaysReview(mod.id, watched.id, false)).toEqual({ status: 'ok', changed: true });
    expect(await post(article.id, watched.id, 'Nice words again')).toMatchObject({ commentStatus: 'published' });

    expect(await post(article.id, fresh.id, 'Cheap tickets at lightsticks-deal.shop')).toMatchObject({ commentStatus: 'published' }); // off by default
    await saveModerationSettings(admin.id, { newAccountHoldCount: 0, holdNewAccountLinks: true });
    try {
      expect(await post(article.id, fresh.id, 'Cheap tickets at lightsticks-deal.shop today')).toMatchObject({ commentStatus: 'pending' });
      expect(await post(article.id, fresh.id, 'No address in this one')).toMatchObject({ commentStatus: 'published' });
      expect(await post(article.id, veteran.id, 'The trailer: https://video.example.test/abc')).toMatchObject({ commentStatus: 'published' });
    } finally {
      await saveModerationSettings(admin.id, { newAccountHoldCount: 0, holdNewAccountLinks: false });
    }
  });
});

describe('a confirmed email to comment', () => {
  it('is off by default; switched on, an unconfirmed account is refused with the reason and nothing is written', async () => {
    const [admin, unconfirmed, confirmed] = [await createUser('admin'), await createUser('reader', { ageDays: 30 }), await createUser('reader', { ageDays: 30 })];
    await (await getDb()).update(users).set({ emailVerified: new Date() }).where(eq(users.id, confirmed.id));
    const article = await createArticle();
    expect(await post(article.id, unconfirmed.id, 'Before the switch')).toMatchObject({ status: 'ok' });
    expect(await saveModerationSettings(admin.id, { newAccountHoldCount: 0, holdNewAccountLinks: false, requireVerifiedEmail: true })).toEqual({ status: 'ok', changed: true });
    try {
      expect(await post(article.id, unconfirmed.id, 'After the switch')).toEqual({
        status: 'forbidden',
        message: 'Confirm your email address to comment: open the link we emailed you (your profile can send it again).',
      });
      expect(await post(article.id, confirmed.id, 'Confirmed, so fine')).toMatchObject({ commentStatus: 'published' });
      expect((await listComments(article.id, null)).comments.map((c) => c.body)).toEqual(['Confirmed, so fine', 'Before the switch']);
    } finally {
      await saveModerationSettings(admin.id, { newAccountHoldCount: 0, holdNewAccountLinks: false });
    }
  });
});

describe('per-article controls', () => {
  it('closes comments (nothing written), slows them down and reviews them for a while, each change logged once and reversible', async () => {
    const [mod, fan] = [await createUser('moderator'), await createUser('reader', { ageDays: 30 })];
    const article = await createArticle();
    const existing = await post(article.id, fan.id, 'Before the doors closed');
    const logBefore = await logCount();
    expect(await setArticleControls(mod.id, article.id, { ...OPEN, closed: true, message: 'Finale night: be kind.' })).toEqual({ status: 'ok', changed: true });
    expect(await logCount()).toBe(logBefore + 1);
    const refused = await post(article.id, fan.id, 'Let me in');
    expect(refused).toEqual({ status: 'forbidden', message: 'Comments are closed on this article.' });
    expect(await idsSeenBy(article.id, null)).toEqual([existing.status === 'ok' && existing.id]); // existing comments stay

    expect(await setArticleControls(mod.id, article.id, { ...OPEN, slowModeSeconds: 120 })).toEqual({ status: 'ok', changed: true });
    const other = await createUser('reader', { ageDays: 30 });
    expect(await post(article.id, other.id, 'Open again')).toMatchObject({ status: 'ok', commentStatus: 'published' });
    const second = await post(article.id, other.id, 'Too soon');
    expect(second.status).toBe('forbidden');
    expect(second.status === 'forbidden' && second.message).toMatch(/^Slow mode is on for this article: one comment every 120 seconds\. Wait 1\d\d seconds and post again\.$/);
    // The fan's comment from before the slow mode counts too: it was moments ago.
    expect(await post(article.id, fan.id, 'Me again')).toMatchObject({ status: 'forbidden' });

    const until = new Date(Date.now() + 3_600_000);
    expect(await setArticleControls(mod.id, article.id, { ...OPEN, premoderateUntil: until })).toEqual({ status: 'ok', changed: true });
    expect(await post(article.id, await createUser('reader', { ageDays: 30 }).then((u) => u.id), 'Reviewed first')).toMatchObject({ commentStatus: 'pending' });
    expect(await setArticleControls(mod.id, article.id, { ...OPEN, premoderateUntil: until })).toEqual({ status: 'ok', changed: false });
    expect(await setArticleControls(mod.id, article.id, OPEN)).toEqual({ status: 'ok', changed: true });
    expect(await post(article.id, await createUser('reader', { ageDays: 30 }).then((u) => u.id), 'All open')).toMatchObject({ commentStatus: 'published' });
    expect(await logCount()).toBe(logBefore + 4 + 1); // four changes, one hold
  });
});

describe('ban and clean up', () => {
  it('hides every published and held comment in one action, each logged with the ban as its cause, and unbanning restores exactly those', async () => {
    const [mod, spammer, fan] = [await createUser('moderator'), await createUser('reader', { ageDays: 30 }), await createUser('reader', { ageDays: 30 })];
    const [a, b] = [await createArticle(), await createArticle()];
    const parent = await post(a.id, fan.id, 'A fan talks');
    if (parent.status !== 'ok') throw new Error('setup');
    for (const [on, body, parentId] of [[a.id, 'Buy now', null], [a.id, 'Buy more', parent.id], [b.id, 'Buy here', null]] as const) await post(on, spammer.id, body, parentId);
    await setAlwaysReview(mod.id, spammer.id, true);
    const held = await post(b.id, spammer.id, 'Held one');
    await setAlwaysReview(mod.id, spammer.id, false);
    const hiddenBefore = await post(b.id, spammer.id, 'Hidden before the ban');
    if (hiddenBefore.status !== 'ok' || held.status !== 'ok') throw new Error('setup');
    await hideComment(mod.id, hiddenBefore.id, 'off_topic', null);
    expect([await commentCount(a.id), await commentCount(b.id)]).toEqual([3, 1]);

    const result = await restrictUser(mod.id, spammer.id, 'ban', 'Spam run', { hideComments: true });
    expect(result).toEqual({ status: 'ok', changed: true, hidden: 4 });
    expect([await commentCount(a.id), await commentCount(b.id)]).toEqual([1, 0]);
    const db = await getDb();
    const [ban] = await db.select().from(moderationActions).where(eq(moderationActions.action, 'ban')).orderBy(sql`id desc`).limit(1);
    const hides = await db.select().from(moderationActions).where(eq(moderationActions.causeId, ban.id));
    expect(hides.map((h) => h.action).sort()).toEqual(['hide', 'hide', 'hide', 'reject']);

    const lifted = await liftRestriction(mod.id, spammer.id, { restoreComments: true });
    expect(lifted).toEqual({ status: 'ok', changed: true, restored: 4 });
    expect([await commentCount(a.id), await commentCount(b.id)]).toEqual([3, 1]);
    const [heldNow, hiddenNow] = await Promise.all(
      [held.id, hiddenBefore.id].map(async (id) => (await queryRows<{ status: string }>(db, sql`select status from comments where id = ${id}`))[0].status),
    );
    expect([heldNow, hiddenNow]).toEqual(['pending', 'hidden']); // held goes back to held; an earlier hide stays
  });

  it('shadow bans: new comments seen only by their author (as published) and staff, counted nowhere', async () => {
    const [mod, spammer, fan] = [await createUser('moderator'), await createUser('reader', { ageDays: 30 }), await createUser('reader', { ageDays: 30 })];
    const article = await createArticle();
    expect(await setShadowBan(mod.id, spammer.id, true, 'repeat spam')).toEqual({ status: 'ok', changed: true });
    const c = await post(article.id, spammer.id, 'Visit my shop');
    expect(c).toMatchObject({ status: 'ok', commentStatus: 'shadowed' });
    if (c.status !== 'ok') throw new Error('setup');
    expect(await idsSeenBy(article.id, viewerOf(fan.id))).not.toContain(c.id);
    expect(await idsSeenBy(article.id, null)).not.toContain(c.id);
    const own = (await listComments(article.id, viewerOf(spammer.id))).comments.find((x) => x.id === c.id);
    expect(own).toMatchObject({ status: 'published', body: 'Visit my shop' });
    const staff = (await listComments(article.id, { id: mod.id, role: 'moderator' })).comments.find((x) => x.id === c.id);
    expect(staff?.status).toBe('shadowed');
    expect(await commentCount(article.id)).toBe(0);
    expect((await listQueue(mod.id, 'pending'))!.items.map((i) => i.id)).not.toContain(c.id); // never queued: shown to nobody it could harm
  });
});

describe('names', () => {
  it('refuses banned words in names (folded), limits renames to one a week, logs them, and lets moderators reset a name', async () => {
    const [admin, mod, fan] = [await createUser('admin'), await createUser('moderator'), await createUser('reader')];
    await addBannedWord(admin.id, 'grimeword');
    expect(await displayNameProblem('The GRIMEWORD fan', null)).toBe(BANNED_NAME);
    expect(await displayNameProblem('ｇｒｉｍｅｗｏｒｄ', fan.id)).toBe(BANNED_NAME);
    expect(await displayNameProblem('SuperGrimeword', fan.id)).toBe(BANNED_NAME);
    expect(await displayNameProblem('Grime Fan', fan.id)).toBeNull();

    expect(await updateDisplayName(fan.id, 'Seoul Searcher')).toEqual({ status: 'ok', changed: true });
    const again = await updateDisplayName(fan.id, 'Busan Searcher');
    expect(again.status).toBe('too_soon');
    const db = await getDb();
    const renames = await db.select().from(moderationActions).where(eq(moderationActions.targetUserId, fan.id));
    expect(renames.map((r) => [r.action, r.toStatus])).toEqual([['rename', 'Seoul Searcher']]);

    expect(await resetDisplayName(mod.id, fan.id, 'Impersonates an actor')).toEqual({ status: 'ok', changed: true });
    const [row] = await db.select({ name: users.name }).from(users).where(eq(users.id, fan.id));
    expect(row.name).toBe(neutralName(fan.id));
    expect(await updateDisplayName(fan.id, 'Busan Searcher')).toEqual({ status: 'ok', changed: true }); // a reset frees the next rename
  });
});

describe('the queue', () => {
  it('counts each tab, filters by article, reason and reporter standing, sorts by an explained risk score, and shows the reported text', async () => {
    const mod = await createUser('moderator');
    const [a, b] = [await createArticle(), await createArticle()];
    const veteran = await createUser('reader', { ageDays: 400 });
    const spammer = await createUser('reader');
    await setAlwaysReview(mod.id, veteran.id, true);
    await setAlwaysReview(mod.id, spammer.id, true);
    const calm = await post(a.id, veteran.id, 'A calm thought on the finale');
    const spam1 = await post(b.id, spammer.id, 'Deals at kpop-deals.shop');
    const spam2 = await post(b.id, spammer.id, 'Deals at kpop-deals.shop');
    if (calm.status !== 'ok' || spam1.status !== 'ok' || spam2.status !== 'ok') throw new Error('setup');
    const pending = (await listQueue(mod.id, 'pending'))!.items.filter((i) => [calm.id, spam1.id, spam2.id].includes(i.id));
    expect(pending.map((i) => i.id)).toEqual([spam2.id, spam1.id, calm.id]);
    expect(pending[0].risk.reasons).toEqual(['account less than a day old', 'contains a link', 'same text posted 2 times']);
    expect(pending[0].risk.score).toBe(8);
    expect(pending[2].risk).toEqual({ score: 0, reasons: [] });
    expect((await listQueue(mod.id, 'pending', undefined, { filters: { article: a.slug } }))!.items.map((i) => i.id)).toEqual([calm.id]);

    // A report keeps the text as it was; an edit afterwards does not change what the moderator reads as reported.
    const target = await post(a.id, await createUser('reader', { ageDays: 30 }).then((u) => u.id), 'Original words');
    if (target.status !== 'ok') throw new Error('setup');
    const [oldReporter, newReporter] = [await createUser('reader', { ageDays: 30 }), await createUser('reader')];
    await reportComment(oldReporter.id, target.id, 'harassment', 'Rude to the cast');
    await reportComment(newReporter.id, target.id, 'spam', null);
    const author = (await (await getDb()).select({ id: users.id }).from(users).innerJoin(sql`comments c`, sql`c.author_id = users.id`).where(sql`c.id = ${target.id}`))[0].id;
    await editComment(target.id, author, 'Softer words now');
    const reported = (await listQueue(mod.id, 'reported', undefined, { filters: { article: a.slug } }))!.items;
    expect(reported.map((i) => i.id)).toEqual([target.id]);
    expect(reported[0].body).toBe('Softer words now');
    expect(reported[0].reports.map((r) => [r.reason, r.note, r.reportedBody, r.newAccount])).toEqual([
      ['harassment', 'Rude to the cast', 'Original words', false],
      ['spam', null, 'Original words', true],
    ]);
    const filtered = async (filters: Parameters<typeof listQueue>[3]) => (await listQueue(mod.id, 'reported', undefined, filters))!.items.some((i) => i.id === target.id);
    expect(await filtered({ filters: { reason: 'harassment' } })).toBe(true);
    expect(await filtered({ filters: { reason: 'spoilers' } })).toBe(false);
    expect(await filtered({ filters: { reporters: 'new' } })).toBe(true);
    expect(await filtered({ filters: { article: b.slug } })).toBe(false);

    const counts = (await countQueues(mod.id))!;
    expect(counts.pending).toBeGreaterThanOrEqual(3);
    expect(counts.reported).toBeGreaterThanOrEqual(1);
  });

  it('keeps staff notes and counts each moderator’s week', async () => {
    const [mod, fan] = [await createUser('moderator', { name: `Counting Mod ${Date.now()}` }), await createUser('reader')];
    expect(await addUserNote(mod.id, fan.id, 'Warned by DM about spoilers')).toEqual({ status: 'ok', changed: true });
    expect((await listUserNotes(mod.id, fan.id))!.map((n) => [n.author, n.body])).toEqual([[expect.stringContaining('Counting Mod'), 'Warned by DM about spoilers']]);
    expect(await listUserNotes(fan.id, fan.id)).toBeNull();
    await setAlwaysReview(mod.id, fan.id, true);
    const mine = (await moderatorActivity(mod.id))!.find((r) => r.actorId === mod.id);
    expect(mine).toEqual({ actorId: mod.id, name: expect.stringContaining('Counting Mod'), total: 2, byAction: { add_user_note: 1, set_review: 1 } });
  });
});
