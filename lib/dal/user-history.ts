import 'server-only';
import { count, desc, eq, ilike, ne, or, sql } from 'drizzle-orm';
import { getDb } from '@/db/client';
import type { CommentStatus, UserRole } from '@/db/enums';
import { articles, comments, moderationActions, users } from '@/db/schema';
import { escapeLike } from './like-pattern';
import { listLogWhere, type LogEntry } from './moderation-log';
import { staffRole } from './staff';
import { countRestorableComments } from './user-moderation';
import { listUserNotes, type UserNote } from './user-standing';
import { restrictionOf, type Restriction } from './users';

// People as staff see them: found by name or email (/moderation/users), and one person's standing, their
// comments (every status), staff notes and every logged action about them (/moderation/users/<id>).

export type UserHistory = {
  user: {
    id: string;
    name: string;
    email: string;
    role: UserRole;
    createdAt: string;
    restriction: Restriction | null;
    alwaysReview: boolean;
    shadowBannedAt: string | null;
    nameChangedAt: string | null;
  };
  counts: Partial<Record<CommentStatus, number>>;
  comments: { id: number; body: string; status: CommentStatus; createdAt: string; article: { slug: string; title: string } }[];
  notes: UserNote[];
  log: LogEntry[];
  restorable: number;
};

export async function getUserHistory(actorId: string | null, userId: string): Promise<UserHistory | null | 'forbidden'> {
  if (!(await staffRole(actorId))) return 'forbidden';
  const db = await getDb();
  const [user] = await db.select().from(users).where(eq(users.id, userId));
  if (!user) return null;
  const [counts, recent, notes, log, restorable] = await Promise.all([
    db.select({ status: comments.status, n: count() }).from(comments).where(eq(comments.authorId, userId)).groupBy(comments.status),
    db
      .select({ id: comments.id, body: comments.body, status: comments.status, createdAt: comments.createdAt, slug: articles.slug, title: articles.title })
      .from(comments)
      .innerJoin(articles, eq(articles.id, comments.articleId))
      .where(eq(comments.authorId, userId))
      .orderBy(desc(comments.createdAt), desc(comments.id))
      .limit(50),
    listUserNotes(actorId, userId),
    listLogWhere(sql`${moderationActions.targetUserId} = ${userId}`, 100),
    countRestorableComments(actorId, userId),
  ]);
  return {
    user: {
      id: user.id,
      name: user.name ?? user.email,
      email: user.email,
      role: user.role,
      createdAt: user.createdAt.toISOString(),
      restriction: restrictionOf(user),
      alwaysReview: user.alwaysReview,
      shadowBannedAt: user.shadowBannedAt?.toISOString() ?? null,
      nameChangedAt: user.nameChangedAt?.toISOString() ?? null,
    },
    counts: Object.fromEntries(counts.map((c) => [c.status, c.n])),
    comments: recent.map((c) => ({ id: c.id, body: c.body, status: c.status, createdAt: c.createdAt.toISOString(), article: { slug: c.slug, title: c.title } })),
    notes: notes ?? [],
    log,
    restorable: restorable ?? 0,
  };
}

export type UserSummary = {
  id: string;
  name: string;
  email: string;
  role: UserRole;
  createdAt: string;
  bannedAt: string | null;
  suspendedUntil: string | null;
  shadowBanned: boolean;
  alwaysReview: boolean;
};

/** Users whose name or email contains the query; with no query, the staff. Staff first, then newest. */
export async function searchUsers(actorId: string | null, query: string): Promise<UserSummary[] | null> {
  if (!(await staffRole(actorId))) return null;
  const db = await getDb();
  const q = query.trim().slice(0, 100);
  const pattern = `%${escapeLike(q)}%`;
  const rows = await db
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      role: users.role,
      createdAt: users.createdAt,
      bannedAt: users.bannedAt,
      suspendedUntil: users.suspendedUntil,
      shadowBannedAt: users.shadowBannedAt,
      alwaysReview: users.alwaysReview,
    })
    .from(users)
    .where(q ? or(ilike(users.name, pattern), ilike(users.email, pattern)) : ne(users.role, 'reader'))
    .orderBy(desc(ne(users.role, 'reader')), desc(users.createdAt))
    .limit(50);
  const now = new Date();
  return rows.map((r) => ({
    id: r.id,
    name: r.name ?? r.email,
    email: r.email,
    role: r.role,
    createdAt: r.createdAt.toISOString(),
    bannedAt: r.bannedAt?.toISOString() ?? null,
    suspendedUntil: r.suspendedUntil && r.suspendedUntil > now ? r.suspendedUntil.toISOString() : null,
    shadowBanned: r.shadowBannedAt !== null,
    alwaysReview: r.alwaysReview,
  }));
}
