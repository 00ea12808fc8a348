// The authorization matrix: every moderation call, made directly against the data layer as each kind of
// caller. Only the allowed callers change anything; everyone else gets "forbidden" and nothing is written.
import { sql } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { getDb, queryRows } from '@/db/client';
import { users } from '@/db/schema';
import { createComment } from '@/lib/dal/comment-writes';
import { approveComment, hideComment, unhideComment, type ModResult } from '@/lib/dal/moderation';
import { addBannedWord, changeRole, liftRestriction, removeBannedWord, restrictUser } from '@/lib/dal/user-moderation';
import { getCommentHistory, listBannedWords, listLog, listQueue, searchUsers } from '@/lib/dal/moderation-queue';
import { createArticle } from '../support/fixtures';

type Caller = 'anonymous' | 'reader' | 'author' | 'suspended moderator' | 'moderator' | 'admin';
const CALLERS: Caller[] = ['anonymous', 'reader', 'author', 'suspended moderator', 'moderator', 'admin'];

async function user(role: 'reader' | 'moderator' | 'admin', extra: Partial<typeof users.$inferInsert> = {}) {
  const db = await getDb();
  const [row] = await db.insert(users).values({ email: `${role}-${crypto.randomUUID()}@example.test`, name: role, role, ...extra }).returning();
  return row.id;
}

type World = { ids: Record<Caller, string | null>; commentId: number; hiddenId: number; victim: string; staffVictim: string };

async function world(): Promise<World> {
  const article = await createArticle();
  const author = await user('reader');
  const ids: Record<Caller, string | null> = {
    anonymous: null,
    reader: await user('reader'),
    author,
    'suspended moderator': await user('moderator', { suspendedUntil: new Date(Date.now() + 86_400_000), restrictionReason: 'time out' }),
    moderator: await user('moderator'),
    admin: await user('admin'),
  };
  const c = await createComment({ articleId: article.id, authorId: author, parentId: null, body: 'Target comment' });
  const h = await createComment({ articleId: article.id, authorId: author, parentId: null, body: 'Hidden one' });
  if (c.status !== 'ok' || h.status !== 'ok') throw new Error('setup failed');
  const db = await getDb();
  await db.execute(sql`update comments set status = 'hidden' where id = ${h.id}`);
  return { ids, commentId: c.id, hiddenId: h.id, victim: await user('reader'), staffVictim: await user('moderator') };
}

async function snapshot() {
  const db = await getDb();
  const [row] = await queryRows<Record<string, string>>(
    db,
    sql`select (select string_agg(id || ':' || status || ':' || coalesce(status_reason::text, ''), ',' order by id) from comments) as comments,
      (select string_agg(id || ':' || role || ':' || coalesce(banned_at::text, '') || ':' || coalesce(suspended_until::text, ''), ',' order by id) from users) as users,
      (select count(*)::text from moderation_actions) as log,
      (select coalesce(string_agg(word, ',' order by word), '') from banned_words) as words`,
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
          expect(result).toEqual({ status: 'ok', changed: true });
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
    for (const caller of ['anonymous', 'reader', 'author', 'suspended moderator'] as Caller[]) {
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
    }
  });
});
