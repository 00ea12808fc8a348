import 'server-only';
import { eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { isModeratorRole, type UserRole } from '@/db/enums';
import { users } from '@/db/schema';
import { restrictionOf } from './users';

// Who may moderate, read from the database on every call: a session token that still says "moderator"
// after a demotion grants nothing. Shared by every staff-only function of the data layer.

export type ModResult = { status: 'ok'; changed: boolean } | { status: 'forbidden' } | { status: 'not_found' } | { status: 'invalid'; message: string };

export const FORBIDDEN = { status: 'forbidden' } as const;
export const NOT_FOUND = { status: 'not_found' } as const;
export const unchanged = { status: 'ok', changed: false } as const;
export const changed = { status: 'ok', changed: true } as const;

/** The actor's staff role, or null for readers, restricted staff and unknown ids. */
export async function staffRole(actorId: string | null | undefined): Promise<UserRole | null> {
  if (!actorId) return null;
  const db = await getDb();
  const [row] = await db
    .select({ role: users.role, bannedAt: users.bannedAt, suspendedUntil: users.suspendedUntil, restrictionReason: users.restrictionReason })
    .from(users)
    .where(eq(users.id, actorId));
  if (!row || !isModeratorRole(row.role) || restrictionOf(row)) return null;
  return row.role;
}
