import 'server-only';
import { count, desc, eq, sql } from 'drizzle-orm';
import { getDb } from '@/db/client';
import type { CommentStatus, UserRole } from '@/db/enums';
import { articles, comments, moderationActions, users } from '@/db/schema';
import { listLogWhere, type LogEntry } from './moderation-log';
import { staffRole } from './staff';
import { countRestorableComments } from './user-moderation';
import { listUserNotes, type UserNote } from './user-standing';
import { restrictionOf, type Restriction } from './users';

// A person as staff see them: their standing, their comments (every status), staff notes, and every
// logged action about them. The page of each user in /moderation/users/<id>.

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
