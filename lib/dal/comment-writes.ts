import 'server-only';
import { sql } from 'drizzle-orm';
import { getDb, queryRows, type Tx } from '@/db/client';
import { EDIT_WINDOW_MS } from '@/lib/limits';
import type { CommentStatus } from '@/db/enums';
import { announceArticleChange } from './page-changes';
import { getRestriction, type Restriction } from './users';

// Writing comments: posting, editing, deleting and liking, with the counters they move. Every write
// re-checks the author's restrictions and ownership in the database, and announces what anonymous
// visitors see to the page caches once it has committed. Reading threads is in ./comments.ts.

export type WriteRefusal =
  | { status: 'restricted'; restriction: Restriction }
  | { status: 'not_found' }
  | { status: 'forbidden'; message: string };

/**
 * Moves the published-comment counters of an article (and a parent's reply count) by `delta`.
 *
 * Lock order. Every write that changes counters takes its rows in this order, so concurrent writes wait
 * for each other instead of deadlocking: comment rows (a reply before its parent), then the article's
 * reaction count rows (kinds sorted), then its article_stats row, then its article_activity_daily row.
 */
export async function adjustCommentCounts(tx: Tx, articleId: number, parentId: number | null, delta: number) {
  if (parentId) await tx.execute(sql`update comments set reply_count = reply_count + ${delta} where id = ${parentId}`);
  await tx.execute(sql`insert into article_stats (article_id, comment_count) values (${articleId}, ${delta})
    on conflict (article_id) do update set comment_count = article_stats.comment_count + excluded.comment_count`);
  await tx.execute(sql`insert into article_activity_daily (article_id, day, comments) values (${articleId}, current_date, ${delta})
    on conflict (article_id, day) do update set comments = article_activity_daily.comments + excluded.comments`);
}

/** Banned words the body contains (whole words, any case). */
export async function findBannedWords(tx: Tx, body: string): Promise<string[]> {
  const words = await queryRows<{ word: string }>(tx, sql`select word from banned_words`);
  const text = body.toLowerCase();
  return words
    .map((w) => w.word)
    .filter((w) => new RegExp(`(^|[^\\p{L}\\p{N}])${w.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}\\p{N}])`, 'u').test(text));
}

export type CreateCommentResult = { status: 'ok'; id: number; commentStatus: 'published' | 'pending' } | WriteRefusal;

export async function createComment(input: { articleId: number; authorId: string; parentId: number | null; body: string }): Promise<CreateCommentResult> {
  const restriction = await getRestriction(input.authorId);
  if (restriction) return { status: 'restricted', restriction };
  const db = await getDb();
  const result = await db.transaction(async (tx): Promise<CreateCommentResult> => {
    const [article] = await queryRows<{ id: number }>(tx, sql`select id from articles where id = ${input.articleId} and status = 'published'`);
    if (!article) return { status: 'not_found' };
    let parentId: number | null = null;
    if (input.parentId !== null) {
      const [parent] = await queryRows<{ id: number; parent_id: number | null; article_id: number; status: CommentStatus }>(
        tx,
        // Locked as for an update (not shared): two replies at once to one comment would otherwise both
        // hold a share lock and then both wait to update its reply count.
        sql`select id, parent_id, article_id, status from comments where id = ${input.parentId} for no key update`,
      );
      if (!parent || parent.article_id !== input.articleId) return { status: 'not_found' };
      if (parent.status !== 'published') return { status: 'forbidden', message: 'You can no longer reply to this comment.' };
      parentId = parent.parent_id ?? parent.id; // replies are one level deep: a reply to a reply joins its thread
    }
    const held = (await findBannedWords(tx, input.body)).length > 0;
    const [row] = await queryRows<{ id: number }>(
      tx,
      sql`insert into comments (article_id, author_id, parent_id, body, status)
          values (${input.articleId}, ${input.authorId}, ${parentId}, ${input.body}, ${held ? 'pending' : 'published'}) returning id`,
    );
    if (held) {
      await tx.execute(sql`insert into moderation_actions (actor_id, action, comment_id, target_user_id, from_status, to_status, note)
        values (null, 'hold', ${row.id}, ${input.authorId}, null, 'pending', 'Contains a banned word')`);
    } else {
      await adjustCommentCounts(tx, input.articleId, parentId, 1);
    }
    return { status: 'ok', id: row.id, commentStatus: held ? 'pending' : 'published' };
  });
  if (result.status === 'ok' && result.commentStatus === 'published') await announceArticleChange(input.articleId);
  return result;
}

type OwnComment = { id: number; article_id: number; parent_id: number | null; author_id: string; status: CommentStatus; created_at: Date | string };

async function lockOwnComment(tx: Tx, commentId: number, userId: string): Promise<OwnComment | WriteRefusal> {
  const [row] = await queryRows<OwnComment>(
    tx,
    sql`select c.id, c.article_id, c.parent_id, c.author_id, c.status, c.created_at from comments c
        join articles a on a.id = c.article_id and a.status = 'published'
        where c.id = ${commentId} for update of c`,
  );
  if (!row) return { status: 'not_found' };
  if (row.author_id !== userId) return { status: 'forbidden', message: 'You can only change your own comments.' };
  return row;
}

export type EditCommentResult = { status: 'ok'; commentStatus: CommentStatus } | WriteRefusal;

export async function editComment(commentId: number, userId: string, body: string, now = new Date()): Promise<EditCommentResult> {
  const restriction = await getRestriction(userId);
  if (restriction) return { status: 'restricted', restriction };
  const db = await getDb();
  let articleId = 0;
  const result = await db.transaction(async (tx): Promise<EditCommentResult> => {
    const comment = await lockOwnComment(tx, commentId, userId);
    if (!('author_id' in comment)) return comment;
    articleId = comment.article_id;
    if (comment.status === 'deleted' || comment.status === 'hidden') return { status: 'forbidden', message: 'This comment can no longer be edited.' };
    if (now.getTime() - new Date(comment.created_at).getTime() > EDIT_WINDOW_MS) {
      return { status: 'forbidden', message: 'Comments can only be edited for 15 minutes after posting.' };
    }
    const held = (await findBannedWords(tx, body)).length > 0;
    const next: CommentStatus = held ? 'pending' : comment.status;
    await tx.execute(sql`update comments set body = ${body}, edited_at = now(), status = ${next} where id = ${commentId}`);
    if (comment.status === 'published' && next === 'pending') {
      await adjustCommentCounts(tx, comment.article_id, comment.parent_id, -1);
      await tx.execute(sql`insert into moderation_actions (actor_id, action, comment_id, target_user_id, from_status, to_status, note)
        values (null, 'hold', ${commentId}, ${userId}, 'published', 'pending', 'Edited to contain a banned word')`);
    }
    return { status: 'ok', commentStatus: next };
  });
  if (result.status === 'ok') await announceArticleChange(articleId);
  return result;
}

export type DeleteCommentResult = { status: 'ok' } | WriteRefusal;

/** Soft delete by the author: the comment keeps its place in the thread as "Comment deleted". */
export async function deleteComment(commentId: number, userId: string): Promise<DeleteCommentResult> {
  const db = await getDb();
  let changedArticle: number | null = null;
  const result = await db.transaction(async (tx): Promise<DeleteCommentResult> => {
    const own = await lockOwnComment(tx, commentId, userId);
    if (!('author_id' in own)) return own;
    if (own.status === 'deleted') return { status: 'ok' };
    await tx.execute(sql`update comments set status = 'deleted' where id = ${commentId}`);
    if (own.status === 'published') await adjustCommentCounts(tx, own.article_id, own.parent_id, -1);
    changedArticle = own.article_id;
    return { status: 'ok' };
  });
  if (changedArticle !== null) await announceArticleChange(changedArticle);
  return result;
}

export type LikeResult = { status: 'ok'; liked: boolean; likeCount: number } | WriteRefusal;

/** Sets whether this user likes the comment. Idempotent; the count moves only when the row does. */
export async function setCommentLike(commentId: number, userId: string, like: boolean): Promise<LikeResult> {
  const restriction = await getRestriction(userId);
  if (restriction) return { status: 'restricted', restriction };
  const db = await getDb();
  return db.transaction(async (tx): Promise<LikeResult> => {
    const [comment] = await queryRows<{ id: number }>(
      tx,
      sql`select c.id from comments c join articles a on a.id = c.article_id and a.status = 'published'
          where c.id = ${commentId} and c.status = 'published'`,
    );
    if (!comment) return { status: 'not_found' };
    const changed = like
      ? await queryRows(tx, sql`insert into comment_likes (comment_id, user_id) values (${commentId}, ${userId}) on conflict do nothing returning 1`)
      : await queryRows(tx, sql`delete from comment_likes where comment_id = ${commentId} and user_id = ${userId} returning 1`);
    const [row] = await queryRows<{ like_count: number }>(
      tx,
      changed.length
        ? sql`update comments set like_count = like_count + ${like ? 1 : -1} where id = ${commentId} returning like_count`
        : sql`select like_count from comments where id = ${commentId}`,
    );
    return { status: 'ok', liked: like, likeCount: row.like_count };
  });
}
