// The authorization matrix: every moderation call, made directly against the data layer as each kind of
// caller. Only the allowed callers change anything; everyone else gets "forbidden" and nothing is written.
import { sql } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { getDb, queryRows } from '@/db/client';
import type { UserRole } from '@/db/enums';
import { users } from '@/db/schema';
import { createComment } from '@/lib/dal/comment-writes';
import { approveComment, hideComment, unhideComment } from '@/lib/dal/moderation';
import type { ModResult } from '@/lib/dal/staff';
import { addBannedWord, changeRole, liftRestriction, removeBannedWord, restrictUser } from '@/lib/dal/user-moderation';
import { listLog, moderatorActivity } from '@/lib/dal/moderation-log';
import { countQueues, getCommentHistory, listBannedWords, listQueue } from '@/lib/dal/moderation-queue';
import { searchUsers } from '@/lib/dal/user-history';
import { OPEN, setArticleControls, setPinnedComment, setStaffPick } from '@/lib/dal/article-controls';
import { saveModerationSettings } from '@/lib/dal/moderation-settings';
import { addUserNote, resetDisplayName, setAlwaysReview, setShadowBan } from '@/lib/dal/user-standing';
import { getUserHistory } from '@/lib/dal/user-history';
import { createArticle } from '../support/fixtures';

// Writers and editors work in the newsroom: they moderate nothing.
type Caller = 'anonymous' | 'reader' | 'author' | 'writer' | 'editor' | 'suspended moderator' | 'moderator' | 'admin';
const CALLERS: Caller[] = ['anonymous', 'reader', 'author', 'writer', 'editor', 'suspended moderator', 'moderator', 'admin'];

async function user(role: UserRole, extra: Partial<typeof users.$inferInsert> = {}) {
  const db = await getDb();
  const [row] = await db.insert(users).values({ email: `${role}-${crypto.randomUUID()}@example.test`, name: role, role, ...extra }).returning();
  return row.id;
}

type World = { ids: Record<Caller, string | null>; commentId: number; hiddenId: number; victim: string; staffVictim: string; articleId: number };

async function world(): Promise<World> {
  // Site-wide pre-moderation set by an earlier case would hold this world's comments.
  await (await getDb()).execute(sql`delete from moderation_settings`);
  const article = await createArticle();
  const author = await user('reader');
  const ids: Record<Caller, string | null> = {
    anonymous: null,
    reader: await user('reader'),
    author,
    writer: await user('writer'),
    editor: await user('editor'),
    'suspended moderator': await user('moderator', { suspendedUntil: new Date(Date.now() + 86_400_000), restrictionReason: 'time out' }),
    moderator: await user('moderator'),
    admin: await user('admin'),
  };
  const c = await createComment({ articleId: article.id, authorId: author, parentId: null, body: 'Target comment' });
  const h = await createComment({ articleId: article.id, authorId: author, parentId: null, body: 'Hidden one' });
  if (c.status !== 'ok' || h.status !== 'ok') throw new Error('setup failed');
  const db = await getDb();
  await db.execute(sql`update comments set status = 'hidden' where id = ${h.id}`);
  return { ids, commentId: c.id, hiddenId: h.id, victim: await user('reader'), staffVictim: await user('moderator'), articleId: article.id };
}

async function snapshot() {
  const db = await getDb();
  const [row] = await queryRows<Record<string, string>>(
    db,
    sql`select (select string_agg(id || ':' || status || ':' || coalesce(status_reason::text, '') || ':' || coalesce(staff_pick_at::text, ''), ',' order by id) from comments) as comments,
      (select string_agg(id || ':' || role || ':' || coalesce(banned_at::text, '') || ':' || coalesce(suspended_until::text, ''), ',' order by id) from users) as users,
      (select count(*)::text from moderation_actions) as log,
      (select coalesce(string_agg(word, ',' order by word), '') from banned_words) as words,
      (select string_agg(id || ':' || coalesce(name, '') || ':' || always_review || ':' || coalesce(shadow_banned_at::text, ''), ',' order by id) from users) as standing,
      (select coalesce(string_agg(new_account_hold_count || ':' || hold_new_account_links, ','), '') from moderation_settings) as settings,
      (select coalesce(string_agg(article_id || ':' || coalesce(closed_at::text, '') || ':' || slow_mode_seconds || ':' || coalesce(message, '') || ':' || coalesce(pinned_comment_id::text, ''), ','), '') from article_comment_controls) as controls,
      (select count(*)::text from user_notes) as notes`,
  );
  return row;
}

const ops: { name: string; allowed: Caller[]; run: (w: World, actor: string | null) => Promise<ModResult> }[] = [
  { name: 'hide a comment', allowed: ['moderator', 'admin'], run: (w, a) => hideComment(a, w.commentId, 'spam', 'matrix') },
  { name: 'unhide a comment', allowed: ['moderator', 'admin'], run: (w, a) => unhideComment(a, w.hiddenId, null) },
  { name: 'approve a comment', allowed: ['moderator', 'admin'], run: (w, a) => approveComment(a, w.hiddenId) },
  { name: 'suspend a reader', allowed: ['moderator', 'admin'], run: (w, a) => restrictUser(a, w.victim, '7d', 'matrix') },
  { name: 'ban a reader', allowed: ['moderator', 'admin'], run: (w, a) => restrictUser(a, w.victim, 'ban', 'matrix') },
  { name: 'suspend a moderator', allowed: ['admin'], run: (w, a) => restrictUser(a, w.staffVictim, '1d', 'matrix') },
  { name: 'make a reader a moderator', allowed: ['admin'], run: (w, a) => changeRole(a, w.victim, 'moderator') },
  { name: 'add a banned word', allowed: ['admin'], run: (_w, a) => addBannedWord(a, `matrixword${Math.random().toString(36).slice(2, 8)}`) },
  { name: 'change the site-wide pre-moderation', allowed: ['admin'], run: (_w, a) => saveModerationSettings(a, { newAccountHoldCount: 2, holdNewAccountLinks: true }) },
  { name: 'close an article’s comments', allowed: ['moderator', 'admin'], run: (w, a) => setArticleControls(a, w.articleId, { ...OPEN, closed: true, message: 'Closed' }) },
  { name: 'put an article in slow mode', allowed: ['moderator', 'admin'], run: (w, a) => setArticleControls(a, w.articleId, { ...OPEN, slowModeSeconds: 60 }) },
  { name: 'review every comment of a reader', allowed: ['moderator', 'admin'], run: (w, a) => setAlwaysReview(a, w.victim, true) },
  { name: 'shadow ban a reader', allowed: ['moderator', 'admin'], run: (w, a) => setShadowBan(a, w.victim, true, 'spam') },
  { name: 'shadow ban a moderator', allowed: ['admin'], run: (w, a) => setShadowBan(a, w.staffVictim, true, null) },
  { name: 'reset a reader’s name', allowed: ['moderator', 'admin'], run: (w, a) => resetDisplayName(a, w.victim, 'matrix') },
  { name: 'add a staff note on a reader', allowed: ['moderator', 'admin'], run: (w, a) => addUserNote(a, w.victim, 'matrix note') },
  { name: 'pin a comment', allowed: ['moderator', 'admin'], run: (w, a) => setPinnedComment(a, w.commentId, true) },
  { name: 'mark a staff pick', allowed: ['moderator', 'admin'], run: (w, a) => setStaffPick(a, w.commentId, true) },
  { name: 'ban a reader and hide their comments', allowed: ['moderator', 'admin'], run: (w, a) => restrictUser(a, w.victim, 'ban', 'matrix', { hideComments: true }) },
];

describe('moderation authorization matrix', () => {
  let w: World;
  beforeEach(async () => {
    w = await world();
  });

  for (const op of ops) {
    for (const caller of CALLERS) {
      const allowed = op.allowed.includes(caller);
      it(`${op.name} as ${caller}: ${allowed ? 'allowed' : 'refused, nothing written'}`, async () => {
        const before = await snapshot();
        const result = await op.run(w, w.ids[caller]);
        const after = await snapshot();
        if (allowed) {
          expect(result).toMatchObject({ status: 'ok', changed: true });
          expect(Number(after.log)).toBe(Number(before.log) + 1); // every change is in the audit log
        } else {
          expect(result).toEqual({ status: 'forbidden' });
          expect(after).toEqual(before);
        }
      });
    }
  }

  it('lifts restrictions and removes banned words only for the allowed, and nobody acts on themselves', async () => {
    const admin = w.ids.admin!;
    await restrictUser(w.ids.moderator!, w.victim, '1d', 'setup'); // a moderator's restriction: a moderator may lift it
    await addBannedWord(admin, 'matrixlift');
    for (const caller of ['anonymous', 'reader', 'author', 'writer', 'editor', 'suspended moderator'] as Caller[]) {
      expect(await liftRestriction(w.ids[caller], w.victim)).toEqual({ status: 'forbidden' });
      expect(await removeBannedWord(w.ids[caller], 'matrixlift')).toEqual({ status: 'forbidden' });
    }
    expect(await removeBannedWord(w.ids.moderator, 'matrixlift')).toEqual({ status: 'forbidden' });
    expect(await liftRestriction(w.ids.moderator, w.victim)).toEqual({ status: 'ok', changed: true });
    expect(await removeBannedWord(admin, 'matrixlift')).toEqual({ status: 'ok', changed: true });
    expect(await changeRole(admin, admin, 'reader')).toEqual({ status: 'forbidden' });
    expect(await restrictUser(w.ids.moderator, w.ids.moderator!, 'ban', 'self')).toEqual({ status: 'forbidden' });
  });

  it('shows queues, history, the log, users and banned words to staff only', async () => {
    for (const caller of CALLERS) {
      const staff = caller === 'moderator' || caller === 'admin';
      const actor = w.ids[caller];
      expect((await listQueue(actor, 'hidden')) !== null, caller).toBe(staff);
      expect((await listLog(actor)) !== null, caller).toBe(staff);
      expect((await searchUsers(actor, '')) !== null, caller).toBe(staff);
      expect((await listBannedWords(actor)) !== null, caller).toBe(staff);
      expect((await getCommentHistory(actor, w.commentId)) !== 'forbidden', caller).toBe(staff);
      expect((await countQueues(actor)) !== null, caller).toBe(staff);
      expect((await moderatorActivity(actor)) !== null, caller).toBe(staff);
      expect((await getUserHistory(actor, w.victim)) !== 'forbidden', caller).toBe(staff);
    }
  });
});
