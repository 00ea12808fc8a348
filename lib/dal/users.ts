import 'server-only';
import { and, eq, gt, ne, sql } from 'drizzle-orm';
import { getDb } from '@/db/client';
import type { UserRole } from '@/db/enums';
import { sessions, users } from '@/db/schema';
import { hashPassword, needsRehash, verifyPassword } from '@/lib/passwords';
import { reservedNameProblem } from '@/lib/reserved-names';
import { NAME_CHANGE_INTERVAL_DAYS } from '@/lib/limits';
import { recordModerationAction } from './audit-log';
import { findBannedWords } from './banned-words';
import { announceSiteWideChange } from './page-changes';

export type Role = UserRole;

/** The signed-in person as the database knows them now (never as the session token remembers them). */
export type Viewer = {
  id: string;
  name: string;
  email: string;
  role: Role;
  /** Their public profile: /people/<handle>. */
  handle: string;
  createdAt: Date;
  restriction: Restriction | null;
};

export type Restriction = { kind: 'ban' | 'suspension'; until: Date | null; reason: string | null };

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/**
 * A ban, or a suspension that has not ended. The reaction's database function set_reaction
 * (db/migrations/0004_reaction_in_one_statement.sql) applies the same rule in SQL: change both together.
 */
export function restrictionOf(row: { bannedAt: Date | null; suspendedUntil: Date | null; restrictionReason: string | null }, now = new Date()): Restriction | null {
  if (row.bannedAt) return { kind: 'ban', until: null, reason: row.restrictionReason };
  if (row.suspendedUntil && row.suspendedUntil > now) {
    return { kind: 'suspension', until: row.suspendedUntil, reason: row.restrictionReason };
  }
  return null;
}

/** The account's current ban or suspension, or null (also null for unknown accounts). */
export async function getRestriction(userId: string): Promise<Restriction | null> {
  const db = await getDb();
  const [row] = await db
    .select({ bannedAt: users.bannedAt, suspendedUntil: users.suspendedUntil, restrictionReason: users.restrictionReason })
    .from(users)
    .where(eq(users.id, userId))
    .limit(1);
  return row ? restrictionOf(row) : null;
}

/** The viewer a session token speaks for, or null once that session has ended (signed out, banned, expired). */
export async function getViewerBySession(userId: string, sessionId: string): Promise<Viewer | null> {
  const db = await getDb();
  const [row] = await db
    .select({ user: users })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(liveSession(userId, sessionId))
    .limit(1);
  return row ? viewerOf(row.user) : null;
}

/** The session row a token names, while it lasts: what makes a session live, for every read that checks one. */
export function liveSession(userId: string, sessionId: string) {
  return and(eq(sessions.sessionToken, sessionId), eq(sessions.userId, userId), gt(sessions.expires, sql`now()`));
}

export function viewerOf(row: Pick<typeof users.$inferSelect, 'id' | 'name' | 'email' | 'role' | 'handle' | 'createdAt' | 'bannedAt' | 'suspendedUntil' | 'restrictionReason'>): Viewer {
  return {
    id: row.id,
    name: row.name ?? row.email.split('@')[0],
    email: row.email,
    role: row.role,
    handle: row.handle,
    createdAt: row.createdAt,
    restriction: restrictionOf(row),
  };
}

/** The user whose email and password match, or null; equally slow either way. */
export async function verifyCredentials(email: string, password: string): Promise<{ id: string; name: string; email: string } | null> {
  const db = await getDb();
  const [row] = await db
    .select({ id: users.id, name: users.name, email: users.email, passwordHash: users.passwordHash })
    .from(users)
    .where(eq(users.email, normalizeEmail(email)))
    .limit(1);
  const ok = await verifyPassword(password, row?.passwordHash ?? null);
  if (!ok || !row) return null;
  if (needsRehash(row.passwordHash!)) {
    // An old bcrypt hash (or old parameters): replaced now that the password is known, unless it changed meanwhile.
    await db
      .update(users)
      .set({ passwordHash: await hashPassword(password) })
      .where(and(eq(users.id, row.id), eq(users.passwordHash, row.passwordHash!)));
  }
  return { id: row.id, name: row.name ?? row.email, email: row.email };
}

export type RenameResult = { status: 'ok'; changed: boolean } | { status: 'too_soon'; nextAt: Date };

/**
 * A user picks a new display name: at most once every NAME_CHANGE_INTERVAL_DAYS (a moderator's reset
 * does not count), logged in the audit log with the old and new names.
 */
export async function updateDisplayName(userId: string, name: string): Promise<RenameResult> {
  const db = await getDb();
  const result = await db.transaction(async (tx): Promise<RenameResult> => {
    const [row] = await tx.select({ name: users.name, nameChangedAt: users.nameChangedAt }).from(users).where(eq(users.id, userId)).for('update');
    if (!row || row.name === name) return { status: 'ok', changed: false };
    const nextAt = row.nameChangedAt && new Date(row.nameChangedAt.getTime() + NAME_CHANGE_INTERVAL_DAYS * 86_400_000);
    if (nextAt && nextAt > new Date()) return { status: 'too_soon', nextAt };
    await tx.update(users).set({ name, nameChangedAt: sql`now()` }).where(eq(users.id, userId));
    await recordModerationAction(tx, { actorId: userId, action: 'rename', targetUserId: userId, from: row.name, to: name });
    return { status: 'ok', changed: true };
  });
  if (result.status === 'ok' && result.changed) await announceSiteWideChange(); // the name shows on comments across the site
  return result;
}

/** Makes a user an admin, creating them with the given password if they do not exist (the CLI's job). */
export async function upsertAdmin(email: string, password: string, name: string): Promise<'created' | 'promoted'> {
  const db = await getDb();
  const passwordHash = await hashPassword(password);
  const [row] = await db
    .insert(users)
    .values({ email: normalizeEmail(email), name, passwordHash, role: 'admin' })
    .onConflictDoUpdate({ target: users.email, set: { role: 'admin', passwordHash } })
    .returning({ created: sql<boolean>`(xmax = 0)` });
  return row.created ? 'created' : 'promoted';
}

export const BANNED_NAME = 'That name contains a word that is not allowed here. Choose another.';

/**
 * Why this user (or a new account, userId null) cannot take this display name, or null: a banned word
 * (folded, as in comments; "SomeWord" read as "Some Word" too), or a name reserved for staff (staff
 * may use staff words).
 */
export async function displayNameProblem(name: string, userId: string | null): Promise<string | null> {
  const db = await getDb();
  const spaced = name.replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2').replace(/[_.]+/g, ' ');
  if ((await findBannedWords(db, `${name} ${spaced}`)).length > 0) return BANNED_NAME;
  const staff = await db.select({ id: users.id, name: users.name, role: users.role }).from(users).where(ne(users.role, 'reader'));
  if (userId && staff.some((s) => s.id === userId)) return null;
  return reservedNameProblem(
    name,
    staff.map((s) => s.name ?? ''),
  );
}
