import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import { getDb, type Tx } from '@/db/client';
import type { CommentStatus } from '@/db/enums';
import { articles, commentLikes, commentRevisions, comments } from '@/db/schema';
import { EDIT_WINDOW_MS } from '@/lib/limits';
import { moveArticleCounters } from './article-counters';
import { recordModerationAction } from './audit-log';
import { findBannedWords } from './banned-words';
import { judgeNewComment } from './comment-policy';
import { resolveMentions, saveMentions } from './mentions';
import { notifyLiked, notifyPublished } from './notifications';
import { announceArticleChange, announceCounterChange } from './page-changes';
import { getRestriction, type Restriction } from './users';

// Writing comments: posting, editing, deleting and liking, with the counters they move. Every write
// re-checks the author's restrictions and ownership in the database, and announces what anonymous
// visitors see to the page caches once it has committed. Reading threads is in ./comments.ts.

export type WriteRefusal =
  | { status: 'restricted'; restriction: Restriction }
  | { status: 'not_found' }
  | { status: 'forbidden'; message: string };

/**
 * Moves the published-comment counters of an article (and a parent's reply count) by `delta`, in the
 * lock order every counter write follows (see moveArticleCounters).
 */
export async function adjustCommentCounts(tx: Tx, articleId: number, parentId: number | null, delta: number) {
  if (parentId) await tx.update(comments).set({ replyCount: sql`${comments.replyCount} + ${delta}` }).where(eq(comments.id, parentId));
  await moveArticleCounters(tx, articleId, 'comments', delta);
}

export type CreateCommentResult = { status: 'ok'; id: number; commentStatus: 'published' | 'pending' | 'shadowed' } | WriteRefusal;

/**
 * Posts a comment after the moderation policy (./comment-policy.ts) has judged it: refused (nothing is
 * written), held for review, shadowed, or published with its counters moved, in one transaction.
 */
export async function createComment(input: {
  articleId: number;
  authorId: string;
  parentId: number | null;
  body: string;
  hasSpoilers?: boolean;
  /** Handles of the people picked from the mention suggestions (./mentions.ts). */
  pickedHandles?: readonly string[];
}): Promise<CreateCommentResult> {
  const restriction = await getRestriction(input.authorId);
  if (restriction) return { status: 'restricted', restriction };
  const db = await getDb();
  const result = await db.transaction(async (tx): Promise<CreateCommentResult> => {
    const [article] = await tx
      .select({ id: articles.id })
      .from(articles)
      .where(and(eq(articles.id, input.articleId), eq(articles.status, 'published')));
    if (!article) return { status: 'not_found' };
    let parentId: number | null = null;
    let replyToId: number | null = null;
    if (input.parentId !== null) {
      const [parent] = await tx
        .select({ id: comments.id, parentId: comments.parentId, articleId: comments.articleId, status: comments.status })
        .from(comments)
        .where(eq(comments.id, input.parentId))
        // Locked as for an update (not shared): two replies at once to one comment would otherwise both
        // hold a share lock and then both wait to update its reply count.
        .for('no key update');
      if (!parent || parent.articleId !== input.articleId) return { status: 'not_found' };
      if (parent.status !== 'published') return { status: 'forbidden', message: 'You can no longer reply to this comment.' };
      parentId = parent.parentId ?? parent.id; // replies are one level deep: a reply to a reply joins its thread
      replyToId = parent.parentId === null ? null : parent.id; // and remembers which reply it answered
    }
    const verdict = await judgeNewComment(tx, { articleId: input.articleId, authorId: input.authorId, body: input.body });
    if ('refuse' in verdict) return { status: 'forbidden', message: verdict.refuse };
    const [row] = await tx
      .insert(comments)
      .values({ articleId: input.articleId, authorId: input.authorId, parentId, replyToId, body: input.body, hasSpoilers: input.hasSpoilers ?? false, status: verdict.status })
      .returning({ id: comments.id });
    await saveMentions(tx, row.id, await resolveMentions(tx, { articleId: input.articleId, text: input.body, pickedHandles: input.pickedHandles }), false);
    if (verdict.status === 'pending') {
      const note = `Held: ${verdict.holdReasons.join('; ')}`;
      await recordModerationAction(tx, { actorId: null, action: 'hold', commentId: row.id, targetUserId: input.authorId, articleId: input.articleId, to: 'pending', note });
    } else if (verdict.status === 'published') {
      await adjustCommentCounts(tx, input.articleId, parentId, 1);
      await notifyPublished(tx, row.id);
    }
    return { status: 'ok', id: row.id, commentStatus: verdict.status };
  });
  if (result.status === 'ok' && result.commentStatus !== 'shadowed') await announceArticleChange(input.articleId, [result.id]);
  return result;
}

type OwnComment = { id: number; articleId: number; parentId: number | null; authorId: string; status: CommentStatus; body: string; createdAt: Date; editedAt: Date | null };

/** The viewer's own comment on a published article, locked for the change; or why they cannot change it. */
async function lockOwnComment(tx: Tx, commentId: number, userId: string): Promise<OwnComment | WriteRefusal> {
  const [row] = await tx
    .select({
      id: comments.id,
      articleId: comments.articleId,
      parentId: comments.parentId,
      authorId: comments.authorId,
      status: comments.status,
      body: comments.body,
      createdAt: comments.createdAt,
      editedAt: comments.editedAt,
    })
    .from(comments)
    .innerJoin(articles, and(eq(articles.id, comments.articleId), eq(articles.status, 'published')))
    .where(eq(comments.id, commentId))
    .for('update', { of: comments });
  if (!row) return { status: 'not_found' };
  if (row.authorId !== userId) return { status: 'forbidden', message: 'You can only change your own comments.' };
  return row;
}

export type EditCommentResult = { status: 'ok'; commentStatus: CommentStatus } | WriteRefusal;

export async function editComment(commentId: number, userId: string, body: string, now = new Date(), pickedHandles: readonly string[] = []): Promise<EditCommentResult> {
  const restriction = await getRestriction(userId);
  if (restriction) return { status: 'restricted', restriction };
  const db = await getDb();
  let articleId = 0;
  const result = await db.transaction(async (tx): Promise<EditCommentResult> => {
    const comment = await lockOwnComment(tx, commentId, userId);
    if (!('authorId' in comment)) return comment;
    articleId = comment.articleId;
    if (comment.status === 'deleted' || comment.status === 'hidden') return { status: 'forbidden', message: 'This comment can no longer be edited.' };
    if (now.getTime() - comment.createdAt.getTime() > EDIT_WINDOW_MS) {
      return { status: 'forbidden', message: 'Comments can only be edited for 15 minutes after posting.' };
    }
    // A shadowed comment stays shadowed: its author is not to learn of the shadow ban from a hold.
    const held = comment.status !== 'shadowed' && (await findBannedWords(tx, body)).length > 0;
    const next: CommentStatus = held ? 'pending' : comment.status;
    if (body === comment.body) return { status: 'ok', commentStatus: comment.status };
    // The text it replaces is kept: staff read every version, and a report keeps what it was about.
    await tx.insert(commentRevisions).values({ commentId, body: comment.body, writtenAt: comment.editedAt ?? comment.createdAt });
    await tx.update(comments).set({ body, editedAt: sql`now()`, status: next }).where(eq(comments.id, commentId));
    await saveMentions(tx, commentId, await resolveMentions(tx, { articleId: comment.articleId, text: body, pickedHandles }));
    if (next === 'published') await notifyPublished(tx, commentId); // people newly named (the others heard already)
    if (comment.status === 'published' && next === 'pending') {
      await adjustCommentCounts(tx, comment.articleId, comment.parentId, -1);
      await recordModerationAction(tx, { actorId: null, action: 'hold', commentId, targetUserId: userId, from: 'published', to: 'pending', note: 'Edited to contain a banned word' });
    }
    return { status: 'ok', commentStatus: next };
  });
  if (result.status === 'ok') await announceArticleChange(articleId, [commentId]);
  return result;
}

export type DeleteCommentResult = { status: 'ok' } | WriteRefusal;

/** Soft delete by the author: the comment keeps its place in the thread as "Comment deleted". */
export async function deleteComment(commentId: number, userId: string): Promise<DeleteCommentResult> {
  const db = await getDb();
  let changedArticle: number | null = null;
  const result = await db.transaction(async (tx): Promise<DeleteCommentResult> => {
    const own = await lockOwnComment(tx, commentId, userId);
    if (!('authorId' in own)) return own;
    if (own.status === 'deleted') return { status: 'ok' };
    await tx.update(comments).set({ status: 'deleted' }).where(eq(comments.id, commentId));
    if (own.status === 'published') await adjustCommentCounts(tx, own.articleId, own.parentId, -1);
    changedArticle = own.articleId;
    return { status: 'ok' };
  });
  if (changedArticle !== null) await announceArticleChange(changedArticle, [commentId]);
  return result;
}

export type LikeResult = { status: 'ok'; liked: boolean; likeCount: number } | WriteRefusal;

/** Sets whether this user likes the comment. Idempotent; the count moves only when the row does. */
export async function setCommentLike(commentId: number, userId: string, like: boolean): Promise<LikeResult> {
  const restriction = await getRestriction(userId);
  if (restriction) return { status: 'restricted', restriction };
  const db = await getDb();
  let articleId = 0;
  const result = await db.transaction(async (tx): Promise<LikeResult> => {
    const [comment] = await tx
      .select({ id: comments.id, articleId: comments.articleId })
      .from(comments)
      .innerJoin(articles, and(eq(articles.id, comments.articleId), eq(articles.status, 'published')))
      .where(and(eq(comments.id, commentId), eq(comments.status, 'published')));
    if (!comment) return { status: 'not_found' };
    articleId = comment.articleId;
    const mine = and(eq(commentLikes.commentId, commentId), eq(commentLikes.userId, userId));
    const changed = like
      ? await tx.insert(commentLikes).values({ commentId, userId }).onConflictDoNothing().returning({ commentId: commentLikes.commentId })
      : await tx.delete(commentLikes).where(mine).returning({ commentId: commentLikes.commentId });
    const [row] = changed.length
      ? await tx
          .update(comments)
          .set({ likeCount: sql`${comments.likeCount} + ${like ? 1 : -1}` })
          .where(eq(comments.id, commentId))
          .returning({ likeCount: comments.likeCount })
      : await tx.select({ likeCount: comments.likeCount }).from(comments).where(eq(comments.id, commentId));
    if (like && changed.length) await notifyLiked(tx, commentId, userId);
    return { status: 'ok', liked: like, likeCount: row.likeCount };
  });
  if (result.status === 'ok') announceCounterChange(articleId);
  return result;
}
