import 'server-only';
import { sql } from 'drizzle-orm';
import { getDb, queryRows } from '@/db/client';
import type { ModerationReason } from '@/lib/moderation-reasons';
import type { CommentStatus } from '@/db/enums';
import { cursorAtColumn, parseTimestampCursor } from './keyset';
import { staffRole } from './moderation';
import type { Role } from './users';

// What moderators read. Each function checks the reader is staff (in the database) and returns null if not.

export const QUEUE_PAGE_SIZE = 25;

export type QueueItem = {
  id: number;
  body: string;
  status: CommentStatus;
  statusReason: ModerationReason | null;
  createdAt: string;
  author: { id: string; name: string; email: string };
  article: { slug: string; title: string };
  reportCount: number;
  reasons: { reason: ModerationReason; count: number }[];
};

type QueueRow = {
  id: number;
  body: string;
  status: CommentStatus;
  status_reason: ModerationReason | null;
  created_at: Date | string;
  author_id: string;
  author_name: string | null;
  author_email: string;
  slug: string;
  title: string;
  report_count: number;
  reasons: { reason: ModerationReason; count: number }[] | null;
  cursor_at: string;
};

export type Tab = 'reported' | 'pending' | 'hidden';
export type QueuePage = { items: QueueItem[]; nextCursor: string | null };

const select = sql`c.id, c.body, c.status, c.status_reason, c.created_at, c.author_id, u.name as author_name, u.email as author_email,
  a.slug, a.title, c.report_count,
  ${cursorAtColumn},
  (select json_agg(json_build_object('reason', r.reason, 'count', r.n) order by r.n desc) from (
     select reason, count(*)::int as n from comment_reports where comment_id = c.id and resolved_at is null group by reason) r) as reasons`;
const from = sql`from comments c join users u on u.id = c.author_id join articles a on a.id = c.article_id`;

function keyset(tab: Tab, cursor: string | undefined) {
  if (tab === 'reported') {
    const match = cursor ? /^(\d{1,10})_(\d{1,10})$/.exec(cursor) : null;
    return match ? sql`(c.report_count, c.id) < (${Number(match[1])}, ${Number(match[2])})` : sql`true`;
  }
  const parsed = parseTimestampCursor(cursor);
  return parsed ? sql`(c.created_at, c.id) < (${parsed.at}, ${parsed.id})` : sql`true`;
}

/** Reported: most reported first. Pending and Hidden: newest first. Keyset pages. */
export async function listQueue(actorId: string | null, tab: Tab, cursor?: string): Promise<QueuePage | null> {
  if (!(await staffRole(actorId))) return null;
  const db = await getDb();
  const where =
    tab === 'reported'
      ? sql`c.report_count > 0 and c.status <> 'deleted'`
      : tab === 'pending'
        ? sql`c.status = 'pending'`
        : sql`c.status = 'hidden'`;
  const order = tab === 'reported' ? sql`c.report_count desc, c.id desc` : sql`c.created_at desc, c.id desc`;
  const rows = await queryRows<QueueRow>(
    db,
    sql`select ${select} ${from} where ${where} and ${keyset(tab, cursor)} order by ${order} limit ${QUEUE_PAGE_SIZE + 1}`,
  );
  const page = rows.slice(0, QUEUE_PAGE_SIZE);
  const last = page.at(-1);
  return {
    items: page.map(toItem),
    nextCursor: rows.length > QUEUE_PAGE_SIZE && last ? `${tab === 'reported' ? last.report_count : last.cursor_at}_${last.id}` : null,
  };
}

function toItem(r: QueueRow): QueueItem {
  return {
    id: r.id,
    body: r.body,
    status: r.status,
    statusReason: r.status_reason,
    createdAt: new Date(r.created_at).toISOString(),
    author: { id: r.author_id, name: r.author_name ?? 'Reader', email: r.author_email },
    article: { slug: r.slug, title: r.title },
    reportCount: r.report_count,
    reasons: r.reasons ?? [],
  };
}

export type LogEntry = {
  id: number;
  action: string;
  actor: string;
  commentId: number | null;
  target: string | null;
  from: string | null;
  to: string | null;
  reason: ModerationReason | null;
  note: string | null;
  createdAt: string;
};

type LogRow = {
  id: number;
  action: string;
  actor_name: string | null;
  actor_id: string | null;
  comment_id: number | null;
  target_name: string | null;
  from_status: string | null;
  to_status: string | null;
  reason: ModerationReason | null;
  note: string | null;
  created_at: Date | string;
};

const logSelect = sql`m.id, m.action, m.actor_id, actor.name as actor_name, m.comment_id, target.name as target_name,
  m.from_status, m.to_status, m.reason, m.note, m.created_at
  from moderation_actions m left join users actor on actor.id = m.actor_id left join users target on target.id = m.target_user_id`;

const toLog = (r: LogRow): LogEntry => ({
  id: r.id,
  action: r.action,
  actor: r.actor_id ? (r.actor_name ?? 'Moderator') : 'System',
  commentId: r.comment_id,
  target: r.target_name,
  from: r.from_status,
  to: r.to_status,
  reason: r.reason,
  note: r.note,
  createdAt: new Date(r.created_at).toISOString(),
});

/** The audit log, newest first, keyset by id (ids only grow, and the log is append-only). */
export async function listLog(actorId: string | null, beforeId?: number): Promise<{ entries: LogEntry[]; nextCursor: string | null } | null> {
  if (!(await staffRole(actorId))) return null;
  const db = await getDb();
  const rows = await queryRows<LogRow>(
    db,
    sql`select ${logSelect} where ${beforeId ? sql`m.id < ${beforeId}` : sql`true`} order by m.id desc limit ${QUEUE_PAGE_SIZE + 1}`,
  );
  const page = rows.slice(0, QUEUE_PAGE_SIZE);
  return { entries: page.map(toLog), nextCursor: rows.length > QUEUE_PAGE_SIZE ? String(page.at(-1)!.id) : null };
}

export type CommentHistory = {
  comment: QueueItem & { parentId: number | null };
  reports: { reporter: string; reason: ModerationReason; note: string | null; createdAt: string; resolved: boolean }[];
  log: LogEntry[];
  author: { id: string; role: Role; bannedAt: string | null; suspendedUntil: string | null; restrictionReason: string | null };
};

export async function getCommentHistory(actorId: string | null, commentId: number): Promise<CommentHistory | null | 'forbidden'> {
  if (!(await staffRole(actorId))) return 'forbidden';
  const db = await getDb();
  const [row] = await queryRows<QueueRow & { parent_id: number | null; role: Role; banned_at: Date | null; suspended_until: Date | null; restriction_reason: string | null }>(
    db,
    sql`select ${select}, c.parent_id, u.role, u.banned_at, u.suspended_until, u.restriction_reason ${from} where c.id = ${commentId}`,
  );
  if (!row) return null;
  const reports = await queryRows<{ name: string | null; reason: ModerationReason; note: string | null; created_at: Date | string; resolved_at: Date | null }>(
    db,
    sql`select u.name, r.reason, r.note, r.created_at, r.resolved_at from comment_reports r join users u on u.id = r.reporter_id
        where r.comment_id = ${commentId} order by r.created_at`,
  );
  const log = await queryRows<LogRow>(db, sql`select ${logSelect} where m.comment_id = ${commentId} order by m.id`);
  return {
    comment: { ...toItem(row), parentId: row.parent_id },
    reports: reports.map((r) => ({ reporter: r.name ?? 'Reader', reason: r.reason, note: r.note, createdAt: new Date(r.created_at).toISOString(), resolved: Boolean(r.resolved_at) })),
    log: log.map(toLog),
    author: {
      id: row.author_id,
      role: row.role,
      bannedAt: row.banned_at ? new Date(row.banned_at).toISOString() : null,
      suspendedUntil: row.suspended_until ? new Date(row.suspended_until).toISOString() : null,
      restrictionReason: row.restriction_reason,
    },
  };
}

export type UserSummary = { id: string; name: string; email: string; role: Role; createdAt: string; bannedAt: string | null; suspendedUntil: string | null };

export async function searchUsers(actorId: string | null, query: string): Promise<UserSummary[] | null> {
  if (!(await staffRole(actorId))) return null;
  const db = await getDb();
  const q = query.trim().slice(0, 100);
  const pattern = `%${q.replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
  const rows = await queryRows<{ id: string; name: string | null; email: string; role: Role; created_at: Date | string; banned_at: Date | null; suspended_until: Date | null }>(
    db,
    sql`select id, name, email, role, created_at, banned_at, suspended_until from users
        where ${q ? sql`(name ilike ${pattern} or email ilike ${pattern})` : sql`role <> 'reader'`}
        order by (role <> 'reader') desc, created_at desc limit 50`,
  );
  return rows.map((r) => ({
    id: r.id,
    name: r.name ?? r.email,
    email: r.email,
    role: r.role,
    createdAt: new Date(r.created_at).toISOString(),
    bannedAt: r.banned_at ? new Date(r.banned_at).toISOString() : null,
    suspendedUntil: r.suspended_until && new Date(r.suspended_until) > new Date() ? new Date(r.suspended_until).toISOString() : null,
  }));
}

export async function listBannedWords(actorId: string | null): Promise<string[] | null> {
  if (!(await staffRole(actorId))) return null;
  const db = await getDb();
  const rows = await queryRows<{ word: string }>(db, sql`select word from banned_words order by word`);
  return rows.map((r) => r.word);
}
