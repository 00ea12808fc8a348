import 'server-only';
import { sql } from 'drizzle-orm';
import { getDb, queryRows, type Tx } from '@/db/client';
import { EDIT_WINDOW_MS } from '@/lib/limits';
import type { ModerationReason } from '@/lib/moderation-reasons';
import { cursorAtColumn, parseTimestampCursor } from './keyset';
import { announceArticleChange } from './page-changes';
import { getRestriction, type Restriction, type Role } from './users';

export const COMMENT_PAGE_SIZE = 20;
const REPLIES_SHOWN = 50;

export type CommentSort = 'newest' | 'oldest' | 'top';
export type CommentStatus = 'published' | 'pending' | 'hidden' | 'deleted';

/** A comment as a given viewer may see it: body is null when they may not read it. */
export type CommentView = {
  id: number;
  parentId: number | null;
  author: { id: string; name: string };
  body: string | null;
  status: CommentStatus;
  statusReason: ModerationReason | null;
  createdAt: string;
  editedAt: string | null;
  likeCount: number;
  replyCount: number;
  reportCount: number;
  likedByViewer: boolean;
  replies: CommentView[];
};

export type CommentViewer = { id: string; role: Role } | null;

type Row = {
  id: number;
  parent_id: number | null;
  author_id: string;
  author_name: string | null;
  body: string;
  status: CommentStatus;
  status_reason: ModerationReason | null;
  created_at: Date | string;
  edited_at: Date | string | null;
  like_count: number;
  reply_count: number;
  report_count: number;
  liked: boolean;
  cursor_at: string; // see ./keyset
};

const iso = (d: Date | string) => new Date(d).toISOString();

function toView(row: Row, viewer: CommentViewer): CommentView {
  const isModerator = viewer?.role === 'moderator' || viewer?.role === 'admin';
  const isAuthor = viewer?.id === row.author_id;
  const readable = row.status === 'published' || (row.status !== 'deleted' && (isAuthor || isModerator));
  return {
    id: row.id,
    parentId: row.parent_id,
    author: { id: row.author_id, name: row.author_name ?? 'Reader' },
    body: readable ? row.body : null,
    status: row.status,
    statusReason: isAuthor || isModerator ? row.status_reason : null,
    createdAt: iso(row.created_at),
    editedAt: row.edited_at ? iso(row.edited_at) : null,
    likeCount: row.like_count,
    replyCount: row.reply_count,
    reportCount: isModerator ? row.report_count : 0,
    likedByViewer: row.liked,
    replies: [],
  };
}

// Readers see published comments and the places of hidden or deleted ones; authors also see their own
// pending comments; moderators see everything.
function visibleTo(viewer: CommentViewer) {
  if (viewer?.role === 'moderator' || viewer?.role === 'admin') return sql`true`;
  return sql`(c.status in ('published', 'hidden', 'deleted') or c.author_id = ${viewer?.id ?? ''})`;
}

const columns = (viewer: CommentViewer) => sql`c.id, c.parent_id, c.author_id, u.name as author_name, c.body, c.status,
  c.status_reason, c.created_at, c.edited_at, c.like_count, c.reply_count, c.report_count,
  exists (select 1 from comment_likes l where l.comment_id = c.id and l.user_id = ${viewer?.id ?? ''}) as liked,
  ${cursorAtColumn}`;

function encodeCursor(sort: CommentSort, row: Row): string {
  return sort === 'top' ? `${row.like_count}_${row.id}` : `${row.cursor_at}_${row.id}`;
}

function cursorCondition(sort: CommentSort, cursor: string | undefined) {
  if (!cursor) return sql`true`;
  if (sort === 'top') {
    const match = /^(\d{1,10})_(\d{1,10})$/.exec(cursor);
    return match ? sql`(c.like_count, c.id) < (${Number(match[1])}, ${Number(match[2])})` : sql`true`;
  }
  const parsed = parseTimestampCursor(cursor);
  if (!parsed) return sql`true`;
  return sort === 'newest' ? sql`(c.created_at, c.id) < (${parsed.at}, ${parsed.id})` : sql`(c.created_at, c.id) > (${parsed.at}, ${parsed.id})`;
}

const ORDER = {
  newest: sql`c.created_at desc, c.id desc`,
  oldest: sql`c.created_at asc, c.id asc`,
  top: sql`c.like_count desc, c.id desc`,
};

export type CommentPage = { comments: CommentView[]; nextCursor: string | null };

/** One page of top-level comments (keyset, no OFFSET) with their replies: two queries per page. */
export async function listComments(
  articleId: number,
  viewer: CommentViewer,
  options: { sort?: CommentSort; cursor?: string; limit?: number } = {},
): Promise<CommentPage> {
  const sort = options.sort ?? 'newest';
  const limit = Math.min(Math.max(options.limit ?? COMMENT_PAGE_SIZE, 1), 50);
  const db = await getDb();
  const top = await queryRows<Row>(
    db,
    sql`select ${columns(viewer)} from comments c join users u on u.id = c.author_id
        where c.article_id = ${articleId} and c.parent_id is null and ${visibleTo(viewer)} and ${cursorCondition(sort, options.cursor)}
        order by ${ORDER[sort]} limit ${limit + 1}`,
  );
  const page = top.slice(0, limit);
  const views = page.map((row) => toView(row, viewer));
  if (views.length > 0) {
    const ids = sql.join(views.map((v) => sql`${v.id}`), sql`, `);
    const replies = await queryRows<Row>(
      db,
      sql`select r.* from unnest(array[${ids}]::int[]) as p(id)
          cross join lateral (
            select ${columns(viewer)} from comments c join users u on u.id = c.author_id
            where c.parent_id = p.id and ${visibleTo(viewer)}
            order by c.created_at asc, c.id asc limit ${REPLIES_SHOWN}
          ) r`,
    );
    const byParent = new Map(views.map((v) => [v.id, v]));
    for (const reply of replies) byParent.get(reply.parent_id!)?.replies.push(toView(reply, viewer));
  }
  return { comments: views, nextCursor: top.length > limit ? encodeCursor(sort, page[page.length - 1]) : null };
}

export async function countVisibleComments(articleId: number): Promise<number> {
  const db = await getDb();
  const [row] = await queryRows<{ n: number }>(db, sql`select coalesce((select comment_count from article_stats where article_id = ${articleId}), 0)::int as n`);
  return row.n;
}

// ---------- writes ----------

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


export type ProfileComment = { id: number; body: string | null; status: CommentStatus; createdAt: string; article: { slug: string; title: string } };

/** A user's latest comments on published articles, as the user themself sees them. */
export async function listRecentCommentsByUser(userId: string, limit = 20): Promise<ProfileComment[]> {
  const db = await getDb();
  const rows = await queryRows<{ id: number; body: string; status: CommentStatus; created_at: Date | string; slug: string; title: string }>(
    db,
    sql`select c.id, c.body, c.status, c.created_at, a.slug, a.title from comments c
        join articles a on a.id = c.article_id and a.status = 'published'
        where c.author_id = ${userId} order by c.created_at desc, c.id desc limit ${Math.min(limit, 50)}`,
  );
  return rows.map((r) => ({
    id: r.id,
    body: r.status === 'deleted' ? null : r.body,
    status: r.status,
    createdAt: iso(r.created_at),
    article: { slug: r.slug, title: r.title },
  }));
}
