import 'server-only';
import { and, desc, eq, sql, type SQL } from 'drizzle-orm';
import { getDb, queryRows } from '@/db/client';
import { articles, articleStats, comments } from '@/db/schema';
import type { CommentStatus, ModerationReason } from '@/db/enums';
import type { CommentSort } from '@/lib/comment-sorts';
import { spoilerFreeText, type Mention } from '@/lib/comment-markup';
import { NEW_ACCOUNT_DAYS } from '@/lib/limits';
import { cursorAt, cursorAtColumn, parseTimestampCursor } from './keyset';
import type { Role } from './users';

export const COMMENT_PAGE_SIZE = 20;
const REPLIES_SHOWN = 50;


/** A comment as a given viewer may see it: body is null when they may not read it. */
export type CommentView = {
  id: number;
  parentId: number | null;
  /** The author's id only for the author and staff: other readers get the name, not a handle on the account. */
  author: { id: string | null; name: string; badges: AuthorBadge[]; /** Their public profile: /people/<handle>. */ handle: string; avatar: number | null };
  body: string | null;
  /** The people the text mentions (empty when the body is not readable). */
  mentions: Mention[];
  /** The author marked the whole comment as a spoiler. */
  hasSpoilers: boolean;
  status: CommentStatus;
  statusReason: ModerationReason | null;
  createdAt: string;
  editedAt: string | null;
  likeCount: number;
  replyCount: number;
  reportCount: number;
  likedByViewer: boolean;
  /** The viewer muted its author: it shows collapsed for them. */
  mutedByViewer: boolean;
  /** The reply this reply answered (replies are one level deep; this keeps who answered whom). */
  replyTo: { id: number; name: string } | null;
  /** Shown first in the thread by a moderator; marked as a staff pick (the Featured order). */
  pinned: boolean;
  staffPick: boolean;
  replies: CommentView[];
};

export type CommentViewer = { id: string; role: Role } | null;

/** Shown next to an author's name: a member of staff, the writer of the article, or an account less than a week old. */
export type AuthorBadge = 'staff' | 'author' | 'new';

type Row = {
  id: number;
  parent_id: number | null;
  author_id: string;
  author_name: string | null;
  author_handle: string;
  author_erased: boolean;
  author_avatar: number | null;
  body: string;
  mentions: Mention[];
  has_spoilers: boolean;
  status: CommentStatus;
  status_reason: ModerationReason | null;
  created_at: Date | string;
  edited_at: Date | string | null;
  like_count: number;
  reply_count: number;
  report_count: number;
  liked: boolean;
  muted: boolean;
  reply_to: { id: number; name: string | null } | null;
  author_staff: boolean;
  author_new: boolean;
  article_author: boolean;
  staff_pick_at: Date | string | null;
  pick_at: string | null; // the staff pick's time as cursor text (./keyset)
  pinned: boolean;
  cursor_at: string; // see ./keyset
};

const iso = (d: Date | string) => new Date(d).toISOString();

/** A shadow ban is not told to the person under it: their own comments look published to them. */
const asSeenByAuthor = (status: CommentStatus): CommentStatus => (status === 'shadowed' ? 'published' : status);

function toView(row: Row, viewer: CommentViewer): CommentView {
  const isModerator = viewer?.role === 'moderator' || viewer?.role === 'admin';
  const isAuthor = viewer?.id === row.author_id;
  const readable = row.status === 'published' || (row.status !== 'deleted' && (isAuthor || isModerator));
  return {
    id: row.id,
    parentId: row.parent_id,
    author: {
      id: isAuthor || isModerator ? row.author_id : null,
      name: row.author_erased ? '[deleted]' : (row.author_name ?? 'Reader'),
      badges: row.author_erased ? [] : [...(row.author_staff ? (['staff'] as const) : []), ...(row.article_author ? (['author'] as const) : []), ...(row.author_new ? (['new'] as const) : [])],
      handle: row.author_erased ? '' : row.author_handle,
      avatar: row.author_avatar,
    },
    body: readable ? row.body : null,
    mentions: readable ? row.mentions : [],
    hasSpoilers: row.has_spoilers,
    status: isModerator ? row.status : asSeenByAuthor(row.status),
    statusReason: isAuthor || isModerator ? row.status_reason : null,
    createdAt: iso(row.created_at),
    editedAt: row.edited_at ? iso(row.edited_at) : null,
    likeCount: row.like_count,
    replyCount: row.reply_count,
    reportCount: isModerator ? row.report_count : 0,
    likedByViewer: row.liked,
    mutedByViewer: row.muted,
    replyTo: row.reply_to ? { id: row.reply_to.id, name: row.reply_to.name ?? 'Reader' } : null,
    pinned: row.pinned,
    staffPick: row.staff_pick_at !== null,
    replies: [],
  };
}

// The thread is read in raw SQL: its replies come from a lateral join over the page's parents (which the
// builder cannot say), and the top-level query shares the same columns, visibility and row-value keyset.

// Readers see published comments and the places of hidden or deleted ones; authors also see their own
// pending comments; moderators see everything.
function visibleTo(viewer: CommentViewer) {
  if (viewer?.role === 'moderator' || viewer?.role === 'admin') return sql`true`;
  return sql`(c.status in ('published', 'hidden', 'deleted') or c.author_id = ${viewer?.id ?? ''})`;
}

const columns = (viewer: CommentViewer) => sql`c.id, c.parent_id, c.author_id, u.name as author_name, u.handle as author_handle, (u.erased_at is not null) as author_erased, u.avatar as author_avatar, c.body, c.has_spoilers, c.status,
  case when strpos(c.body, '@') = 0 then '[]'::json else (select coalesce(json_agg(json_build_object('name', cm.typed_name, 'handle', mu.handle)), '[]'::json)
    from comment_mentions cm join users mu on mu.id = cm.user_id where cm.comment_id = c.id) end as mentions,
  c.status_reason, c.created_at, c.edited_at, c.like_count, c.reply_count, c.report_count, c.staff_pick_at,
  exists (select 1 from comment_likes l where l.comment_id = c.id and l.user_id = ${viewer?.id ?? ''}) as liked,
  exists (select 1 from user_mutes m where m.user_id = ${viewer?.id ?? ''} and m.muted_user_id = c.author_id) as muted,
  (select json_build_object('id', r.id, 'name', ru.name) from comments r join users ru on ru.id = r.author_id where r.id = c.reply_to_id) as reply_to,
  (u.role <> 'reader') as author_staff, (u.created_at > now() - make_interval(days => ${NEW_ACCOUNT_DAYS})) as author_new,
  exists (select 1 from articles ar join authors au on au.id = ar.author_id where ar.id = c.article_id and au.user_id = c.author_id) as article_author,
  exists (select 1 from article_comment_controls k where k.article_id = c.article_id and k.pinned_comment_id = c.id) as pinned,
  ${cursorAt(sql.raw('c.staff_pick_at'))} as pick_at,
  ${cursorAtColumn}`;

function encodeCursor(sort: CommentSort, row: Row): string {
  if (sort === 'top') return `${row.like_count}_${row.id}`;
  return `${sort === 'featured' ? row.pick_at : row.cursor_at}_${row.id}`;
}

function cursorCondition(sort: CommentSort, cursor: string | undefined) {
  if (!cursor) return sql`true`;
  if (sort === 'top') {
    const match = /^(\d{1,10})_(\d{1,10})$/.exec(cursor);
    return match ? sql`(c.like_count, c.id) < (${Number(match[1])}, ${Number(match[2])})` : sql`true`;
  }
  const parsed = parseTimestampCursor(cursor);
  if (!parsed) return sql`true`;
  if (sort === 'featured') return sql`(c.staff_pick_at, c.id) < (${parsed.at}, ${parsed.id})`;
  return sort === 'newest' ? sql`(c.created_at, c.id) < (${parsed.at}, ${parsed.id})` : sql`(c.created_at, c.id) > (${parsed.at}, ${parsed.id})`;
}

const ORDER: Record<CommentSort, SQL> = {
  newest: sql`c.created_at desc, c.id desc`,
  oldest: sql`c.created_at asc, c.id asc`,
  top: sql`c.like_count desc, c.id desc`,
  featured: sql`c.staff_pick_at desc, c.id desc`,
};

// Featured shows only staff picks; the others every top-level comment.
const sortFilter = (sort: CommentSort) => (sort === 'featured' ? sql`c.staff_pick_at is not null` : sql`true`);

export type CommentPage = { comments: CommentView[]; nextCursor: string | null };

/** One page of top-level comments (keyset, no OFFSET) with their replies: two queries per page. Only published articles have a thread to read. */
export async function listComments(
  articleId: number,
  viewer: CommentViewer,
  options: { sort?: CommentSort; cursor?: string; limit?: number } = {},
): Promise<CommentPage> {
  const sort = options.sort ?? 'newest';
  const limit = Math.min(Math.max(options.limit ?? COMMENT_PAGE_SIZE, 1), 50);
  const db = await getDb();
  // The pinned comment comes first on the first page, whatever the order, and is left out of the rest.
  // One statement: the pinned row (first page only), then the page in order, each on its own index.
  const pinnedId = sql`(select k.pinned_comment_id from article_comment_controls k where k.article_id = ${articleId})`;
  const where = sql`c.article_id = ${articleId} and c.parent_id is null and ${visibleTo(viewer)}
    and exists (select 1 from articles a where a.id = ${articleId} and a.status = 'published')`;
  const rows = await queryRows<Row & { part: number }>(
    db,
    sql`(select 0 as part, ${columns(viewer)} from comments c join users u on u.id = c.author_id
          where ${where} and ${options.cursor ? sql`false` : sql`c.id = ${pinnedId}`})
        union all
        (select 1 as part, ${columns(viewer)} from comments c join users u on u.id = c.author_id
          where ${where} and ${sortFilter(sort)} and ${cursorCondition(sort, options.cursor)} and c.id is distinct from ${pinnedId}
          order by ${ORDER[sort]} limit ${limit + 1})`,
  );
  const top = rows.filter((r) => r.part === 1);
  const page = top.slice(0, limit);
  const views = [...rows.filter((r) => r.part === 0), ...page].map((row) => toView(row, viewer));
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

export type OwnThreadState = { liked: { id: number; likeCount: number }[]; own: CommentView[]; mine: number[]; muted: number[] };

/**
 * What a reader's view of an article's thread adds to everyone's: the comments they like there (with
 * their current counts, so their own like shows at once), their own comments that others do not see in
 * full (held for review, or hidden, with the reason), and which comments are theirs (the shared copy
 * names no author's account). Three small indexed reads.
 */
export async function listOwnThreadState(articleId: number, viewer: NonNullable<CommentViewer>): Promise<OwnThreadState> {
  const db = await getDb();
  const lists = ownThreadStateSql(articleId, viewer);
  // Raw SQL: the three lists in one round trip, as JSON (read on every signed-in page load).
  const [row] = await queryRows<OwnThreadStateRow>(db, sql`select ${lists.liked} as liked, ${lists.own} as own, ${lists.mine} as mine, ${lists.muted} as muted`);
  return ownThreadStateOf(row, viewer);
}

export type OwnThreadStateRow = { liked: OwnThreadState['liked']; own: Row[]; mine: number[]; muted: number[] };

/** The three lists of listOwnThreadState as JSON subqueries, for a statement that reads more (lib/dal/personal-view.ts). */
export function ownThreadStateSql(articleId: number, viewer: NonNullable<CommentViewer>) {
  return {
    liked: sql`(select coalesce(json_agg(json_build_object('id', c.id, 'likeCount', c.like_count)), '[]'::json)
             from comment_likes l join comments c on c.id = l.comment_id
             where l.user_id = ${viewer.id} and c.article_id = ${articleId})`,
    own: sql`(select coalesce(json_agg(o order by o.created_at, o.id), '[]'::json) from (
             select ${columns(viewer)} from comments c join users u on u.id = c.author_id
             where c.author_id = ${viewer.id} and c.article_id = ${articleId} and c.status in ('pending', 'hidden', 'shadowed')
             order by c.created_at asc, c.id asc limit ${REPLIES_SHOWN}) o)`,
    mine: sql`(select coalesce(json_agg(m.id), '[]'::json) from (
             select id from comments where author_id = ${viewer.id} and article_id = ${articleId} limit 500) m)`,
    muted: sql`(select coalesce(json_agg(x.id), '[]'::json) from (
             select c.id from user_mutes mu join comments c on c.author_id = mu.muted_user_id
             where mu.user_id = ${viewer.id} and c.article_id = ${articleId} limit 500) x)`,
  };
}

export function ownThreadStateOf(row: OwnThreadStateRow, viewer: NonNullable<CommentViewer>): OwnThreadState {
  return { liked: row.liked, own: row.own.map((r) => toView(r, viewer)), mine: row.mine, muted: row.muted };
}

/** Published comments on the article, from its counter (kept exact by every write). */
export async function countVisibleComments(articleId: number): Promise<number> {
  const db = await getDb();
  const [row] = await db.select({ n: articleStats.commentCount }).from(articleStats).where(eq(articleStats.articleId, articleId));
  return row?.n ?? 0;
}

/** A comment listed out of its thread: its text with spoilers left out (lib/comment-markup.ts). */
export type ProfileComment = { id: number; body: string | null; status: CommentStatus; createdAt: string; article: { slug: string; title: string } };

/** A user's latest comments on published articles, as the user themself sees them. */
export async function listRecentCommentsByUser(userId: string, limit = 20): Promise<ProfileComment[]> {
  const db = await getDb();
  const rows = await db
    .select({ id: comments.id, body: comments.body, hasSpoilers: comments.hasSpoilers, status: comments.status, createdAt: comments.createdAt, slug: articles.slug, title: articles.title })
    .from(comments)
    .innerJoin(articles, and(eq(articles.id, comments.articleId), eq(articles.status, 'published')))
    .where(eq(comments.authorId, userId))
    .orderBy(desc(comments.createdAt), desc(comments.id))
    .limit(Math.min(limit, 50));
  return rows.map((r) => ({
    id: r.id,
    body: r.status === 'deleted' ? null : spoilerFreeText(r.body, r.hasSpoilers),
    status: asSeenByAuthor(r.status),
    createdAt: r.createdAt.toISOString(),
    article: { slug: r.slug, title: r.title },
  }));
}

/**
 * Comments of one article by id, as an anonymous reader sees them (hidden and deleted ones keep their
 * place with no text; held and shadowed ones are left out): what a live thread sends everyone.
 */
export async function listPublicComments(articleId: number, ids: number[]): Promise<CommentView[]> {
  if (ids.length === 0) return [];
  const db = await getDb();
  const list = sql.join(ids.slice(0, 100).map((id) => sql`${id}`), sql`, `);
  const rows = await queryRows<Row>(
    db,
    sql`select ${columns(null)} from comments c join users u on u.id = c.author_id
        where c.article_id = ${articleId} and c.id in (${list}) and ${visibleTo(null)}`,
  );
  return rows.map((row) => toView(row, null));
}
