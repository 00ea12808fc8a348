import 'server-only';
import { desc, eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { articleReactions, articles, commentLikes, commentReports, comments, notifications, userMutes, users } from '@/db/schema';
import { userReactorKey } from '@/lib/reactor';
import { getEmailPreferences } from './email-preferences';

// "Export my data": everything the site keeps about an account that its owner may read, as one JSON
// document: the profile, comments (every status, with their text), reactions, likes, reports, mutes,
// notifications and email choices. Nothing about other people but names they show publicly.

const LIMIT = 10_000;

export async function exportAccountData(userId: string) {
  const db = await getDb();
  const [profile] = await db
    .select({ name: users.name, email: users.email, emailVerified: users.emailVerified, handle: users.handle, role: users.role, createdAt: users.createdAt })
    .from(users)
    .where(eq(users.id, userId));
  if (!profile) return null;
  const [written, reactions, likes, reports, mutes, received, emailChoices] = await Promise.all([
    db
      .select({ id: comments.id, article: articles.slug, body: comments.body, status: comments.status, createdAt: comments.createdAt, editedAt: comments.editedAt, likeCount: comments.likeCount })
      .from(comments)
      .innerJoin(articles, eq(articles.id, comments.articleId))
      .where(eq(comments.authorId, userId))
      .orderBy(desc(comments.createdAt))
      .limit(LIMIT),
    db
      .select({ article: articles.slug, kind: articleReactions.kind, createdAt: articleReactions.createdAt })
      .from(articleReactions)
      .innerJoin(articles, eq(articles.id, articleReactions.articleId))
      .where(eq(articleReactions.reactorKey, userReactorKey(userId)))
      .limit(LIMIT),
    db.select({ commentId: commentLikes.commentId, createdAt: commentLikes.createdAt }).from(commentLikes).where(eq(commentLikes.userId, userId)).limit(LIMIT),
    db
      .select({ commentId: commentReports.commentId, reason: commentReports.reason, note: commentReports.note, createdAt: commentReports.createdAt })
      .from(commentReports)
      .where(eq(commentReports.reporterId, userId))
      .limit(LIMIT),
    db
      .select({ name: users.name, since: userMutes.createdAt })
      .from(userMutes)
      .innerJoin(users, eq(users.id, userMutes.mutedUserId))
      .where(eq(userMutes.userId, userId))
      .limit(LIMIT),
    db
      .select({ kind: notifications.kind, commentId: notifications.commentId, createdAt: notifications.createdAt, readAt: notifications.readAt })
      .from(notifications)
      .where(eq(notifications.userId, userId))
      .orderBy(desc(notifications.createdAt))
      .limit(LIMIT),
    getEmailPreferences(userId),
  ]);
  return {
    exportedAt: new Date().toISOString(),
    profile,
    comments: written,
    reactions,
    likes,
    reports,
    mutes,
    notifications: received,
    emailChoices,
  };
}
