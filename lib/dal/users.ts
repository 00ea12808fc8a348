import 'server-only';
import { eq, sql } from 'drizzle-orm';
import { getDb } from '@/db/client';
import type { UserRole } from '@/db/enums';
import { users } from '@/db/schema';
import { hashPassword, verifyPassword } from '@/lib/passwords';
import { announceSiteWideChange } from './page-changes';

export type Role = UserRole;

/** The signed-in person as the database knows them now (never as the session token remembers them). */
export type Viewer = {
  id: string;
  name: string;
  email: string;
  role: Role;
  createdAt: Date;
  restriction: Restriction | null;
};

export type Restriction = { kind: 'ban' | 'suspension'; until: Date | null; reason: string | null };

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

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

export async function getViewerById(id: string): Promise<Viewer | null> {
  const db = await getDb();
  const [row] = await db.select().from(users).where(eq(users.id, id)).limit(1);
  if (!row) return null;
  return {
    id: row.id,
    name: row.name ?? row.email.split('@')[0],
    email: row.email,
    role: row.role,
    createdAt: row.createdAt,
    restriction: restrictionOf(row),
  };
}

export type CreateUserResult = { ok: true; id: string } | { ok: false; reason: 'email_taken' };

/** Creates a reader with a password. The unique index on email decides races, not a prior lookup. */
export async function createPasswordUser(input: { name: string; email: string; password: string }): Promise<CreateUserResult> {
  const db = await getDb();
  const passwordHash = await hashPassword(input.password);
  const [row] = await db
    .insert(users)
    .values({ name: input.name, email: normalizeEmail(input.email), passwordHash })
    .onConflictDoNothing({ target: users.email })
    .returning({ id: users.id });
  return row ? { ok: true, id: row.id } : { ok: false, reason: 'email_taken' };
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
  return ok && row ? { id: row.id, name: row.name ?? row.email, email: row.email } : null;
}

export async function updateDisplayName(userId: string, name: string): Promise<void> {
  const db = await getDb();
  await db.update(users).set({ name }).where(eq(users.id, userId));
  await announceSiteWideChange(); // the name shows on comments across the site
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
