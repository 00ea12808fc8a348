import 'server-only';
import { eq } from 'drizzle-orm';
import { getDb, type Db, type Tx } from '@/db/client';
import { articleCommentControls, articles, comments } from '@/db/schema';
import { recordModerationAction } from './audit-log';
import { announceArticleChange } from './page-changes';
import { changed, FORBIDDEN, NOT_FOUND, staffRole, unchanged, type ModResult } from './staff';

// Per-article controls of the conversation: close it, slow it down, review everything for a while, and
// say why above the thread. Read by every new comment (./comment-policy.ts) and by the thread itself.

export type ArticleControls = {
  closed: boolean;
  slowModeSeconds: number;
  /** While set and in the future, every new comment on the article is held for review. */
  premoderateUntil: Date | null;
  message: string | null;
};

export const OPEN: ArticleControls = { closed: false, slowModeSeconds: 0, premoderateUntil: null, message: null };

export async function readArticleControls(articleId: number, db?: Db | Tx): Promise<ArticleControls> {
  const handle = db ?? (await getDb());
  const [row] = await handle.select().from(articleCommentControls).where(eq(articleCommentControls.articleId, articleId));
  if (!row) return OPEN;
  return { closed: row.closedAt !== null, slowModeSeconds: row.slowModeSeconds, premoderateUntil: row.premoderateUntil, message: row.message };
}

/** Whether pre-moderation of the article is in force at `now`. */
export const premoderating = (c: ArticleControls, now = new Date()) => c.premoderateUntil !== null && c.premoderateUntil > now;

function describe(c: ArticleControls, now = new Date()): string {
  const parts = [
    c.closed ? 'closed' : 'open',
    c.slowModeSeconds > 0 ? `slow mode ${c.slowModeSeconds} s` : 'no slow mode',
    premoderating(c, now) ? `review everything until ${c.premoderateUntil!.toISOString().slice(0, 16).replace('T', ' ')} UTC` : 'no article review',
  ];
  if (c.message) parts.push(`message “${c.message}”`);
  return parts.join('; ');
}

/**
 * Staff set an article's controls (all of them at once, as the form shows them). One audit entry per
 * change, naming the controls before and after; readers' pages change on every instance.
 */
export async function setArticleControls(actorId: string | null, articleId: number, next: ArticleControls): Promise<ModResult> {
  if (!(await staffRole(actorId))) return FORBIDDEN;
  const db = await getDb();
  const result = await db.transaction(async (tx): Promise<ModResult> => {
    const [article] = await tx.select({ id: articles.id }).from(articles).where(eq(articles.id, articleId)).for('no key update');
    if (!article) return NOT_FOUND;
    const before = await readArticleControls(articleId, tx);
    const after = { ...next, premoderateUntil: premoderating(next) ? next.premoderateUntil : null };
    if (describe(before) === describe(after)) return unchanged;
    const values = {
      closedAt: after.closed ? (before.closed ? undefined : new Date()) : null,
      slowModeSeconds: after.slowModeSeconds,
      premoderateUntil: after.premoderateUntil,
      message: after.message,
      updatedAt: new Date(),
    };
    await tx
      .insert(articleCommentControls)
      .values({ articleId, ...values, closedAt: values.closedAt ?? null })
      .onConflictDoUpdate({ target: articleCommentControls.articleId, set: values });
    await recordModerationAction(tx, { actorId, action: 'article_controls', articleId, from: describe(before), to: describe(after) });
    return changed;
  });
  if (result.status === 'ok' && result.changed) await announceArticleChange(articleId);
  return result;
}

/** An article's id, title and controls by its slug, for staff pages (the queue filtered by article). */
export async function findArticleControls(slug: string): Promise<{ articleId: number; title: string; controls: ArticleControls } | null> {
  const db = await getDb();
  const [article] = await db.select({ id: articles.id, title: articles.title }).from(articles).where(eq(articles.slug, slug));
  if (!article) return null;
  return { articleId: article.id, title: article.title, controls: await readArticleControls(article.id, db) };
}

/**
 * Pins a published top-level comment to the top of its article's thread (one per article: pinning
 * another replaces it), or unpins (commentId of the pinned one, pin false). Staff only, audited.
 */
export async function setPinnedComment(actorId: string | null, commentId: number, pin: boolean): Promise<ModResult> {
  if (!(await staffRole(actorId))) return FORBIDDEN;
  const db = await getDb();
  let articleId = 0;
  let replaced: number | null = null;
  const result = await db.transaction(async (tx): Promise<ModResult> => {
    const [c] = await tx.select({ articleId: comments.articleId, parentId: comments.parentId, status: comments.status, authorId: comments.authorId }).from(comments).where(eq(comments.id, commentId));
    if (!c) return NOT_FOUND;
    articleId = c.articleId;
    if (pin && (c.parentId !== null || c.status !== 'published')) return { status: 'invalid', message: 'Only a published comment that is not a reply can be pinned.' };
    const [current] = await tx.select({ pinned: articleCommentControls.pinnedCommentId }).from(articleCommentControls).where(eq(articleCommentControls.articleId, c.articleId)).for('update');
    const pinned = current?.pinned ?? null;
    if (pin ? pinned === commentId : pinned !== commentId) return unchanged;
    replaced = pin ? pinned : null;
    await tx
      .insert(articleCommentControls)
      .values({ articleId: c.articleId, pinnedCommentId: pin ? commentId : null })
      .onConflictDoUpdate({ target: articleCommentControls.articleId, set: { pinnedCommentId: pin ? commentId : null, updatedAt: new Date() } });
    await recordModerationAction(tx, { actorId, action: pin ? 'pin' : 'unpin', commentId, targetUserId: c.authorId, articleId: c.articleId, note: replaced ? `replaces comment ${replaced}` : null });
    return changed;
  });
  // Named, so open live threads receive the comments whose pin changed rather than resyncing.
  if (result.status === 'ok' && result.changed) await announceArticleChange(articleId, replaced ? [commentId, replaced] : [commentId]);
  return result;
}

/** Marks a published comment as a staff pick (the Featured order), or takes the mark away. Staff only, audited. */
export async function setStaffPick(actorId: string | null, commentId: number, pick: boolean): Promise<ModResult> {
  if (!(await staffRole(actorId))) return FORBIDDEN;
  const db = await getDb();
  let articleId = 0;
  const result = await db.transaction(async (tx): Promise<ModResult> => {
    const [c] = await tx
      .select({ articleId: comments.articleId, status: comments.status, authorId: comments.authorId, staffPickAt: comments.staffPickAt })
      .from(comments)
      .where(eq(comments.id, commentId))
      .for('no key update');
    if (!c) return NOT_FOUND;
    articleId = c.articleId;
    if (pick && c.status !== 'published') return { status: 'invalid', message: 'Only a published comment can be a staff pick.' };
    if (Boolean(c.staffPickAt) === pick) return unchanged;
    await tx.update(comments).set({ staffPickAt: pick ? new Date() : null }).where(eq(comments.id, commentId));
    await recordModerationAction(tx, { actorId, action: pick ? 'staff_pick' : 'remove_staff_pick', commentId, targetUserId: c.authorId, articleId: c.articleId });
    return changed;
  });
  if (result.status === 'ok' && result.changed) await announceArticleChange(articleId, [commentId]);
  return result;
}
