import 'server-only';
import { and, eq, isNull, sql } from 'drizzle-orm';
import { getDb, queryRows, type Tx } from '@/db/client';
import type { ModerationReason, NotificationKind } from '@/db/enums';
import { notifications } from '@/db/schema';
import { spoilerFreeText } from '@/lib/comment-markup';
import { cursorAt, parseTimestampCursor } from './keyset';
import { queueNotificationEmails } from './notification-emails';
import { announceNotifications } from './page-changes';

// Notifications in the app: what happened to a reader's comments and where they were named. Written in
// the transaction of the change that causes them (a comment published, a like, a moderator's decision),
// so a rolled-back change notifies nobody. Nobody is notified of their own doing, nor by someone they
// muted, nor by a comment others cannot read (held, shadowed). The bell's count follows live through
// lib/live-notifications.ts.

/**
 * A comment became visible to everyone (posted, or approved after review): the person it answers hears of
 * a reply, the people it names of a mention (a reply that also names its addressee counts once, as a reply).
 */
export async function notifyPublished(tx: Tx, commentId: number): Promise<void> {
  // Raw SQL: recipients from two sources, deduplicated by rank, in one insert (the builder cannot say it).
  const created = await queryRows<{ id: number }>(
    tx,
    sql`
    insert into notifications (user_id, kind, comment_id, actor_id)
    select distinct on (r.user_id) r.user_id, r.kind, c.id, c.author_id
    from comments c
    cross join lateral (
      select t.author_id as user_id, 'reply'::notification_kind as kind, 0 as rank from comments t where t.id = coalesce(c.reply_to_id, c.parent_id)
      union all
      select m.user_id, 'mention'::notification_kind, 1 from comment_mentions m where m.comment_id = c.id
    ) r
    where c.id = ${commentId} and c.status = 'published' and r.user_id <> c.author_id
      and not exists (select 1 from user_mutes mu where mu.user_id = r.user_id and mu.muted_user_id = c.author_id)
    order by r.user_id, r.rank
    on conflict do nothing
    returning id`,
  );
  await queueNotificationEmails(tx, created.map((n) => n.id));
}

/**
 * Someone liked a comment: its author's one "like" notification for it comes back unread, naming them and
 * counting everyone who likes it now but the author.
 */
export async function notifyLiked(tx: Tx, commentId: number, likerId: string): Promise<void> {
  // Raw SQL: an upsert on a partial unique index, counting from the comment's own like counter.
  await tx.execute(sql`
    insert into notifications (user_id, kind, comment_id, actor_id, actor_count)
    select c.author_id, 'like', c.id, ${likerId},
      greatest(c.like_count - (select count(*)::int from comment_likes l where l.comment_id = c.id and l.user_id = c.author_id), 1)
    from comments c
    where c.id = ${commentId} and c.author_id <> ${likerId}
      and not exists (select 1 from user_mutes mu where mu.user_id = c.author_id and mu.muted_user_id = ${likerId})
    on conflict (user_id, comment_id) where kind = 'like'
    do update set actor_id = excluded.actor_id, actor_count = excluded.actor_count, created_at = now(), read_at = null`);
}

/** A moderator hid, restored or approved the author's comment. */
export async function notifyModeration(tx: Tx, input: { userId: string; commentId: number; kind: 'hidden' | 'restored' | 'approved'; reason?: ModerationReason | null }) {
  const created = await tx
    .insert(notifications)
    .values({ userId: input.userId, commentId: input.commentId, kind: input.kind, reason: input.reason ?? null })
    .onConflictDoNothing()
    .returning({ id: notifications.id });
  await queueNotificationEmails(tx, created.map((n) => n.id));
}

export type NotificationView = {
  id: number;
  kind: NotificationKind;
  read: boolean;
  createdAt: Date;
  actor: { name: string; handle: string } | null;
  /** People behind a grouped notification (likes): the actor and this many others. */
  others: number;
  reason: ModerationReason | null;
  comment: { id: number; snippet: string };
  article: { slug: string; title: string };
};

// Notifications about someone else's comment (a reply, a mention) last only while everyone can read it;
// those about the reader's own comment (likes, moderation) stay.
const stillShown = sql`(n.kind in ('hidden', 'restored', 'approved', 'like') or c.status = 'published')`;

const SNIPPET = 140;
const snippetOf = (body: string, spoilers: boolean) => {
  const text = spoilerFreeText(body, spoilers).replace(/\s+/g, ' ').trim();
  return text.length > SNIPPET ? `${text.slice(0, SNIPPET - 1)}…` : text;
};

type Row = {
  id: number;
  kind: NotificationKind;
  read_at: string | null;
  created_at: string;
  cursor_at: string;
  actor_name: string | null;
  actor_handle: string | null;
  actor_count: number;
  reason: ModerationReason | null;
  comment_id: number;
  body: string;
  has_spoilers: boolean;
  slug: string;
  title: string;
};

export type NotificationPage = { items: NotificationView[]; nextCursor: string | null };

/** A reader's notifications, newest first, a page at a time (keyset on time and id). */
export async function listNotifications(userId: string, cursor?: string, limit = 20): Promise<NotificationPage> {
  const db = await getDb();
  const after = cursor ? parseTimestampCursor(cursor) : null;
  // Raw SQL: the comment, its article and the actor joined, with the visibility rule above.
  const rows = await queryRows<Row>(
    db,
    sql`select n.id, n.kind, n.read_at, n.created_at, ${cursorAt(sql.raw('n.created_at'))} as cursor_at,
          u.name as actor_name, u.handle as actor_handle, n.actor_count, n.reason, c.id as comment_id, c.body, c.has_spoilers, a.slug, a.title
        from notifications n
        join comments c on c.id = n.comment_id
        join articles a on a.id = c.article_id and a.status = 'published'
        left join users u on u.id = n.actor_id
        where n.user_id = ${userId} and ${stillShown}
          and ${after ? sql`(n.created_at, n.id) < (${after.at}, ${after.id})` : sql`true`}
        order by n.created_at desc, n.id desc
        limit ${limit + 1}`,
  );
  const page = rows.slice(0, limit);
  return {
    items: page.map((r) => ({
      id: r.id,
      kind: r.kind,
      read: r.read_at !== null,
      createdAt: new Date(r.created_at),
      actor: r.actor_handle ? { name: r.actor_name ?? 'Reader', handle: r.actor_handle } : null,
      others: r.kind === 'like' ? Math.max(r.actor_count - 1, 0) : 0,
      reason: r.reason,
      comment: { id: r.comment_id, snippet: snippetOf(r.body, r.has_spoilers) },
      article: { slug: r.slug, title: r.title },
    })),
    nextCursor: rows.length > limit ? `${page[page.length - 1].cursor_at}_${page[page.length - 1].id}` : null,
  };
}

/** Unread notifications of each of these readers (the bell), up to 100 each ("99+"). */
export async function countUnread(userIds: readonly string[]): Promise<Map<string, number>> {
  if (userIds.length === 0) return new Map();
  const db = await getDb();
  const ids = sql.join(userIds.map((id) => sql`${id}`), sql`, `);
  // Raw SQL: a capped count per reader over the unread index, for many readers in one statement.
  const rows = await queryRows<{ user_id: string; n: number }>(
    db,
    sql`select p.id as user_id, (select count(*)::int from (
          select 1 from notifications n join comments c on c.id = n.comment_id
          where n.user_id = p.id and n.read_at is null and ${stillShown} limit 100) x) as n
        from unnest(array[${ids}]::text[]) as p(id)`,
  );
  return new Map(rows.map((r) => [r.user_id, r.n]));
}

export async function countUnreadOf(userId: string): Promise<number> {
  return (await countUnread([userId])).get(userId) ?? 0;
}

/** Marks one of the reader's notifications (or, with no id, all of them) as read. */
export async function markNotificationsRead(userId: string, id?: number): Promise<number> {
  const db = await getDb();
  const marked = await db
    .update(notifications)
    .set({ readAt: sql`now()` })
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt), id === undefined ? undefined : eq(notifications.id, id)))
    .returning({ id: notifications.id });
  if (marked.length > 0) await announceNotifications([userId]);
  return marked.length;
}
