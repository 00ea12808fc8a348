import 'server-only';
import { and, desc, eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { comments, userMutes, users } from '@/db/schema';

// A reader's mutes: the muted person's comments collapse for them ("Comment from a muted user"), on
// every article. Nobody else is told; the muted person can still read and write as before.

export type MuteResult = { status: 'ok'; changed: boolean; name: string } | { status: 'not_found' } | { status: 'forbidden'; message: string };

/** Mutes the author of a comment (the shared page names no author's account: the comment does). */
export async function muteAuthorOf(userId: string, commentId: number): Promise<MuteResult> {
  const db = await getDb();
  const [c] = await db.select({ authorId: comments.authorId, name: users.name }).from(comments).innerJoin(users, eq(users.id, comments.authorId)).where(eq(comments.id, commentId));
  if (!c) return { status: 'not_found' };
  if (c.authorId === userId) return { status: 'forbidden', message: 'You cannot mute yourself.' };
  const added = await db.insert(userMutes).values({ userId, mutedUserId: c.authorId }).onConflictDoNothing().returning({ userId: userMutes.userId });
  return { status: 'ok', changed: added.length > 0, name: c.name ?? 'Reader' };
}

export async function unmuteUser(userId: string, mutedUserId: string): Promise<MuteResult> {
  const db = await getDb();
  const removed = await db
    .delete(userMutes)
    .where(and(eq(userMutes.userId, userId), eq(userMutes.mutedUserId, mutedUserId)))
    .returning({ userId: userMutes.userId });
  const [u] = await db.select({ name: users.name }).from(users).where(eq(users.id, mutedUserId));
  if (!u) return { status: 'not_found' };
  return { status: 'ok', changed: removed.length > 0, name: u.name ?? 'Reader' };
}

export type MutedPerson = { id: string; name: string; since: string };

/** The people this user muted, newest first (their own profile page). */
export async function listMutedPeople(userId: string): Promise<MutedPerson[]> {
  const db = await getDb();
  const rows = await db
    .select({ id: userMutes.mutedUserId, name: users.name, since: userMutes.createdAt })
    .from(userMutes)
    .innerJoin(users, eq(users.id, userMutes.mutedUserId))
    .where(eq(userMutes.userId, userId))
    .orderBy(desc(userMutes.createdAt))
    .limit(500);
  return rows.map((r) => ({ id: r.id, name: r.name ?? 'Reader', since: r.since.toISOString() }));
}
