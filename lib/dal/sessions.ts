import 'server-only';
import { and, eq, gt, lt, ne, sql } from 'drizzle-orm';
import { randomBytes } from 'node:crypto';
import { getDb, type Tx } from '@/db/client';
import { sessions } from '@/db/schema';

// Sessions are JWTs (Credentials sign-in needs them), so each one also has a row here, named by the id
// the token carries: the token is worth something only while its row exists. Signing out deletes the
// row; "sign out everywhere" and a ban delete all of a user's rows. A session lasts SESSION_DAYS from
// sign-in, however active it is.
export const SESSION_SECONDS = 30 * 24 * 3600;

export async function startSession(userId: string): Promise<string> {
  const db = await getDb();
  const sessionId = randomBytes(24).toString('base64url');
  await db.insert(sessions).values({ sessionToken: sessionId, userId, expires: sql`now() + make_interval(secs => ${SESSION_SECONDS})` });
  return sessionId;
}

export async function endSession(sessionId: string): Promise<void> {
  const db = await getDb();
  await db.delete(sessions).where(eq(sessions.sessionToken, sessionId));
}

/**
 * Ends every session of a user (sign out everywhere, a ban, a password reset), but `keep` (the one
 * changing the password); inside the caller's transaction if given.
 */
export async function endAllSessions(userId: string, tx?: Tx, keep: string | null = null): Promise<number> {
  const db = tx ?? (await getDb());
  const ended = await db
    .delete(sessions)
    .where(and(eq(sessions.userId, userId), keep ? ne(sessions.sessionToken, keep) : undefined))
    .returning({ id: sessions.sessionToken });
  return ended.length;
}

export async function countLiveSessions(userId: string): Promise<number> {
  const db = await getDb();
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(sessions)
    .where(and(eq(sessions.userId, userId), gt(sessions.expires, sql`now()`)));
  return row.n;
}

/** Removes sessions past their end (called by the periodic clean-up). */
export async function deleteExpiredSessions(): Promise<number> {
  const db = await getDb();
  const gone = await db.delete(sessions).where(lt(sessions.expires, sql`now()`)).returning({ id: sessions.sessionToken });
  return gone.length;
}
