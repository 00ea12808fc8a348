import 'server-only';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { getDb, type Tx } from '@/db/client';
import type { UserRole } from '@/db/enums';
import { bannedWords, moderationActions, users } from '@/db/schema';
import { restrictionDays, type RestrictionKind } from '@/lib/restriction-kinds';
import { lastDeciderRole, recordModerationAction } from './audit-log';
import { changed, FORBIDDEN, NOT_FOUND, staffRole, unchanged, type ModResult } from './moderation';
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

/** Suspends or bans a reader. Moderators cannot restrict staff; nobody can restrict themselves. */
export async function restrictUser(actorId: string | null, targetId: string, kind: RestrictionKind, reason: string): Promise<ModResult> {
  const role = await staffRole(actorId);
  if (!role || actorId === targetId) return FORBIDDEN;
  const db = await getDb();
  return db.transaction(async (tx) => {
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
    await recordModerationAction(tx, { actorId, action: days === null ? 'ban' : 'suspend', targetUserId: targetId, to: kind, note: reason });
    if (days === null) await endAllSessions(targetId, tx); // a ban signs the user out everywhere
    return changed;
  });
}

export async function liftRestriction(actorId: string | null, targetId: string): Promise<ModResult> {
  const role = await staffRole(actorId);
  if (!role || actorId === targetId) return FORBIDDEN;
  const db = await getDb();
  return db.transaction(async (tx) => {
    const target = await lockTarget(tx, targetId);
    if (!target) return NOT_FOUND;
    if (target.role !== 'reader' && role !== 'admin') return FORBIDDEN;
    if (!target.bannedAt && !target.suspendedUntil) return unchanged;
    if (role !== 'admin' && (await restrictedByAdmin(tx, targetId))) return { status: 'invalid', message: 'An admin imposed this restriction: only an admin can lift it.' } as const;
    await tx.update(users).set({ bannedAt: null, suspendedUntil: null, restrictionReason: null }).where(eq(users.id, targetId));
    await recordModerationAction(tx, { actorId, action: 'lift_restriction', targetUserId: targetId, from: target.bannedAt ? 'ban' : 'suspension', to: 'none' });
    return changed;
  });
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
