import 'server-only';
import { eq } from 'drizzle-orm';
import { cache } from 'react';
import { getDb } from '@/db/client';
import { isEditorRole, isNewsroomRole, type ArticleStatus, type UserRole } from '@/db/enums';
import { users } from '@/db/schema';
import { restrictionOf } from './users';

// Who may do what in the newsroom, read from the database on every call (a session that still says
// "editor" after a demotion grants nothing):
// - writers write articles and edit their own while they are drafts or in review, and submit them;
// - editors (and admins) edit anyone's article in any state, schedule, publish and unpublish.

export type NewsroomActor = { id: string; name: string; role: UserRole; editor: boolean };

/**
 * The actor if they may use the newsroom at all (a writer, editor or admin who is not restricted), else
 * null. Read once per request (React's cache, as for the viewer): a newsroom page asks in its layout and
 * again in each data read.
 */
export const newsroomActor = cache(async (actorId: string | null | undefined): Promise<NewsroomActor | null> => {
  if (!actorId) return null;
  const db = await getDb();
  const [row] = await db
    .select({ id: users.id, name: users.name, role: users.role, bannedAt: users.bannedAt, suspendedUntil: users.suspendedUntil, restrictionReason: users.restrictionReason })
    .from(users)
    .where(eq(users.id, actorId));
  if (!row || !isNewsroomRole(row.role) || restrictionOf(row)) return null;
  return { id: row.id, name: row.name ?? '', role: row.role, editor: isEditorRole(row.role) };
});

/** A writer's own article: one they started, or one whose byline is theirs. */
export const ownsArticle = (actor: NewsroomActor, article: { createdBy: string | null; bylineUserId: string | null }) =>
  article.createdBy === actor.id || article.bylineUserId === actor.id;

/** Whether the actor may change this article's content now. */
export function mayEdit(actor: NewsroomActor, article: { createdBy: string | null; bylineUserId: string | null; status: ArticleStatus }): boolean {
  if (actor.editor) return true;
  return ownsArticle(actor, article) && (article.status === 'draft' || article.status === 'review');
}

/** Whether the actor may see this article in the newsroom (its history too). */
export function mayView(actor: NewsroomActor, article: { createdBy: string | null; bylineUserId: string | null }): boolean {
  return actor.editor || ownsArticle(actor, article);
}
