import 'server-only';
import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import { getDb, type Db, type Tx } from '@/db/client';
import type { UserRole } from '@/db/enums';
import { bannedWords, comments, moderationActions, users } from '@/db/schema';
import { restrictionDays, type RestrictionKind } from '@/lib/restriction-kinds';
import { lastDeciderRole, recordModerationAction } from './audit-log';
import { applyToComments, hideStep, unhideStep } from './moderation';
import { announceArticleChange } from './page-changes';
import { changed, FORBIDDEN, NOT_FOUND, staffRole, unchanged, type ModResult } from './staff';
import { endAllSessions } from './sessions';

// Moderation of people and of the site's rules: restrictions, roles, banned words. Like the comment
// moderation of ./moderation.ts, every function re-reads the actor's role from the database.

const restrictedByAdmin = async (tx: Tx, userId: string) =>
  (await lastDeciderRole(tx, and(eq(moderationActions.targetUserId, userId), inArray(moderationActions.action, ['ban', 'suspend'])))) === 'admin';

async function lockTarget(tx: Tx, targetId: string) {
  const [row] = await tx
    .select({ role: users.role, bannedAt: users.bannedAt, suspendedUntil: users.suspendedUntil })
    .from(users)
    .where(eq(users.id, targetId))
    .for('update');
  return row;
}

/** Comment ids of a user's that a ban's clean-up hides: whatever others can see or may soon see. */
async function cleanupTargets(tx: Tx, userId: string): Promise<number[]> {
  const rows = await tx
    .select({ id: comments.id })
    .from(comments)
    .where(and(eq(comments.authorId, userId), inArray(comments.status, ['published', 'pending'])));
  return rows.map((r) => r.id);
}

/**
 * Suspends or bans a reader. Moderators cannot restrict staff; nobody can restrict themselves. With
 * `hideComments`, every published or held comment of theirs is hidden in the same transaction, each hide
 * logged with the restriction as its cause (liftRestriction can restore exactly those).
 */
export async function restrictUser(
  actorId: string | null,
  targetId: string,
  kind: RestrictionKind,
  reason: string,
  options: { hideComments?: boolean } = {},
): Promise<ModResult & { hidden?: number }> {
  const role = await staffRole(actorId);
  if (!role || actorId === targetId) return FORBIDDEN;
  const db = await getDb();
  let articlesTouched = new Set<number>();
  const result = await db.transaction(async (tx) => {
    const target = await lockTarget(tx, targetId);
    if (!target) return NOT_FOUND;
    if (target.role !== 'reader' && role !== 'admin') return FORBIDDEN;
    const days = restrictionDays(kind);
    await tx
      .update(users)
      .set(
        days === null
          ? { bannedAt: sql`now()`, suspendedUntil: null, restrictionReason: reason }
          : { suspendedUntil: sql`now() + make_interval(days => ${days})`, restrictionReason: reason },
      )
      .where(eq(users.id, targetId));
    const causeId = await recordModerationAction(tx, { actorId, action: days === null ? 'ban' : 'suspend', targetUserId: targetId, to: kind, note: reason });
    if (days === null) await endAllSessions(targetId, tx); // a ban signs the user out everywhere
    if (!options.hideComments) return changed;
    const note = `With the ${days === null ? 'ban' : 'suspension'}: ${reason}`;
    const done = await applyToComments(tx, role, await cleanupTargets(tx, targetId), () => hideStep(actorId, 'other', note, causeId));
    articlesTouched = done.articles;
    return { ...changed, hidden: done.changed };
  });
  for (const articleId of articlesTouched) await announceArticleChange(articleId);
  return result;
}

/**
 * Comments hidden by the clean-up of this user's restrictions and still hidden, with the status each had
 * before: what lifting the restriction can restore.
 */
async function hiddenByCleanup(db: Db | Tx, userId: string): Promise<{ id: number; from: 'published' | 'pending' }[]> {
  const restrictions = db
    .select({ id: moderationActions.id })
    .from(moderationActions)
    .where(and(eq(moderationActions.targetUserId, userId), inArray(moderationActions.action, ['ban', 'suspend'])));
  // The latest hide of each hidden comment of the user's, kept when its cause was one of their restrictions.
  const rows = await db
    .selectDistinctOn([moderationActions.commentId], { id: moderationActions.commentId, from: moderationActions.fromStatus, causeId: moderationActions.causeId })
    .from(moderationActions)
    .innerJoin(comments, eq(comments.id, moderationActions.commentId))
    .where(and(eq(comments.authorId, userId), eq(comments.status, 'hidden'), inArray(moderationActions.action, ['hide', 'reject', 'auto_hide'])))
    .orderBy(moderationActions.commentId, desc(moderationActions.id));
  const causes = new Set((await restrictions).map((r) => r.id));
  return rows.filter((r) => r.causeId !== null && causes.has(r.causeId)).map((r) => ({ id: r.id!, from: r.from === 'pending' ? 'pending' : 'published' }));
}

/** How many comments lifting this user's restriction would restore (for the form's offer). Staff only. */
export async function countRestorableComments(actorId: string | null, userId: string): Promise<number | null> {
  if (!(await staffRole(actorId))) return null;
  return (await hiddenByCleanup(await getDb(), userId)).length;
}

/** Lifts a ban or suspension; with `restoreComments`, the comments its clean-up hid come back as they were. */
export async function liftRestriction(actorId: string | null, targetId: string, options: { restoreComments?: boolean } = {}): Promise<ModResult & { restored?: number }> {
  const role = await staffRole(actorId);
  if (!role || actorId === targetId) return FORBIDDEN;
  const db = await getDb();
  let articlesTouched = new Set<number>();
  const result = await db.transaction(async (tx) => {
    const target = await lockTarget(tx, targetId);
    if (!target) return NOT_FOUND;
    if (target.role !== 'reader' && role !== 'admin') return FORBIDDEN;
    if (!target.bannedAt && !target.suspendedUntil) return unchanged;
    if (role !== 'admin' && (await restrictedByAdmin(tx, targetId))) return { status: 'invalid', message: 'An admin imposed this restriction: only an admin can lift it.' } as const;
    await tx.update(users).set({ bannedAt: null, suspendedUntil: null, restrictionReason: null }).where(eq(users.id, targetId));
    const causeId = await recordModerationAction(tx, { actorId, action: 'lift_restriction', targetUserId: targetId, from: target.bannedAt ? 'ban' : 'suspension', to: 'none' });
    if (!options.restoreComments) return changed;
    const restorable = new Map((await hiddenByCleanup(tx, targetId)).map((r) => [r.id, r.from]));
    const done = await applyToComments(tx, role, [...restorable.keys()], (id) => unhideStep(actorId, 'Restored with the lifted restriction', { to: restorable.get(id)!, causeId }));
    articlesTouched = done.articles;
    return { ...changed, restored: done.changed };
  });
  for (const articleId of articlesTouched) await announceArticleChange(articleId);
  return result;
}

export async function changeRole(actorId: string | null, targetId: string, role: UserRole): Promise<ModResult> {
  if ((await staffRole(actorId)) !== 'admin' || actorId === targetId) return FORBIDDEN;
  const db = await getDb();
  return db.transaction(async (tx) => {
    const target = await lockTarget(tx, targetId);
    if (!target) return NOT_FOUND;
    if (target.role === role) return unchanged;
    await tx.update(users).set({ role }).where(eq(users.id, targetId));
    await recordModerationAction(tx, { actorId, action: 'change_role', targetUserId: targetId, from: target.role, to: role });
    return changed;
  });
}

export async function addBannedWord(actorId: string | null, word: string): Promise<ModResult> {
  if ((await staffRole(actorId)) !== 'admin') return FORBIDDEN;
  const db = await getDb();
  const lower = word.toLowerCase();
  return db.transaction(async (tx) => {
    const added = await tx.insert(bannedWords).values({ word: lower, createdBy: actorId }).onConflictDoNothing({ target: bannedWords.word }).returning({ id: bannedWords.id });
    if (!added.length) return unchanged;
    await recordModerationAction(tx, { actorId, action: 'add_banned_word', note: lower });
    return changed;
  });
}

export async function removeBannedWord(actorId: string | null, word: string): Promise<ModResult> {
  if ((await staffRole(actorId)) !== 'admin') return FORBIDDEN;
  const db = await getDb();
  const lower = word.toLowerCase();
  return db.transaction(async (tx) => {
    const removed = await tx.delete(bannedWords).where(eq(bannedWords.word, lower)).returning({ id: bannedWords.id });
    if (!removed.length) return unchanged;
    await recordModerationAction(tx, { actorId, action: 'remove_banned_word', note: lower });
    return changed;
  });
}
