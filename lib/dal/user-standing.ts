import 'server-only';
import { and, desc, eq, sql } from 'drizzle-orm';
import { getDb, type Tx } from '@/db/client';
import { userNotes, users } from '@/db/schema';
import { recordModerationAction } from './audit-log';
import { announceSiteWideChange } from './page-changes';
import { changed, FORBIDDEN, NOT_FOUND, staffRole, unchanged, type ModResult } from './staff';

// Staff tools on a person's standing that are not restrictions: "always review this user", the shadow
// ban, resetting a display name, and staff-only notes. Each re-reads the actor's role, keeps the
// hierarchy (moderators act on readers; admins on anyone but themselves) and adds one audit entry.

async function lockReader(tx: Tx, actorRole: string, actorId: string, targetId: string) {
  const [row] = await tx
    .select({ role: users.role, name: users.name, alwaysReview: users.alwaysReview, shadowBannedAt: users.shadowBannedAt })
    .from(users)
    .where(eq(users.id, targetId))
    .for('update');
  if (!row) return NOT_FOUND;
  if (actorId === targetId || (row.role !== 'reader' && actorRole !== 'admin')) return FORBIDDEN;
  return row;
}

/** Runs a change to a user's standing in a transaction, with the target locked and the hierarchy checked. */
async function changeStanding(
  actorId: string | null,
  targetId: string,
  change: (tx: Tx, target: { role: string; name: string | null; alwaysReview: boolean; shadowBannedAt: Date | null }, actor: string) => Promise<ModResult>,
): Promise<ModResult> {
  const role = await staffRole(actorId);
  if (!role || !actorId) return FORBIDDEN;
  const db = await getDb();
  return db.transaction(async (tx) => {
    const target = await lockReader(tx, role, actorId, targetId);
    if ('status' in target) return target;
    return change(tx, target, actorId);
  });
}

/** Hold every comment of this user for review (or stop doing so). */
export const setAlwaysReview = (actorId: string | null, targetId: string, on: boolean) =>
  changeStanding(actorId, targetId, async (tx, target, actor) => {
    if (target.alwaysReview === on) return unchanged;
    await tx.update(users).set({ alwaysReview: on }).where(eq(users.id, targetId));
    await recordModerationAction(tx, { actorId: actor, action: 'set_review', targetUserId: targetId, from: target.alwaysReview ? 'always review' : 'normal', to: on ? 'always review' : 'normal' });
    return changed;
  });

/** Shadow ban: the user's new comments are seen by nobody but themselves and staff. */
export const setShadowBan = (actorId: string | null, targetId: string, on: boolean, note: string | null) =>
  changeStanding(actorId, targetId, async (tx, target, actor) => {
    if (Boolean(target.shadowBannedAt) === on) return unchanged;
    await tx.update(users).set({ shadowBannedAt: on ? sql`now()` : null }).where(eq(users.id, targetId));
    await recordModerationAction(tx, { actorId: actor, action: on ? 'shadow_ban' : 'lift_shadow_ban', targetUserId: targetId, note });
    return changed;
  });

/** A neutral name for a reset, the same for the same account every time. */
export const neutralName = (userId: string) => `Reader ${userId.replace(/-/g, '').slice(0, 6).toUpperCase()}`;

/** Replaces a display name with a neutral one, with a reason; the user may choose a new name at once. */
export async function resetDisplayName(actorId: string | null, targetId: string, reason: string): Promise<ModResult> {
  const result = await changeStanding(actorId, targetId, async (tx, target, actor) => {
    const name = neutralName(targetId);
    if (target.name === name) return unchanged;
    await tx.update(users).set({ name, nameChangedAt: null }).where(eq(users.id, targetId));
    await recordModerationAction(tx, { actorId: actor, action: 'reset_name', targetUserId: targetId, from: target.name, to: name, note: reason });
    return changed;
  });
  if (result.status === 'ok' && result.changed) await announceSiteWideChange(); // the name shows on comments across the site
  return result;
}

/** A note about a user that only staff read. Any staff member may write one, on anyone but themselves. */
export async function addUserNote(actorId: string | null, targetId: string, body: string): Promise<ModResult> {
  if (!(await staffRole(actorId)) || !actorId || actorId === targetId) return FORBIDDEN;
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [target] = await tx.select({ id: users.id }).from(users).where(eq(users.id, targetId));
    if (!target) return NOT_FOUND;
    await tx.insert(userNotes).values({ userId: targetId, authorId: actorId, body });
    await recordModerationAction(tx, { actorId, action: 'add_user_note', targetUserId: targetId, note: body });
    return changed;
  });
}

export type UserNote = { id: number; author: string; body: string; createdAt: string };

export async function listUserNotes(actorId: string | null, userId: string): Promise<UserNote[] | null> {
  if (!(await staffRole(actorId))) return null;
  const db = await getDb();
  const author = sql<string | null>`(select name from users a where a.id = ${userNotes.authorId})`;
  const rows = await db
    .select({ id: userNotes.id, author, body: userNotes.body, createdAt: userNotes.createdAt })
    .from(userNotes)
    .where(and(eq(userNotes.userId, userId)))
    .orderBy(desc(userNotes.createdAt), desc(userNotes.id))
    .limit(100);
  return rows.map((r) => ({ id: r.id, author: r.author ?? 'Former staff member', body: r.body, createdAt: r.createdAt.toISOString() }));
}
