import 'server-only';
import { and, asc, desc, eq, gt, ilike, lt, ne, or, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { getDb, type Db } from '@/db/client';
import type { CommentStatus, ModerationReason, UserRole } from '@/db/enums';
import { articles, bannedWords, commentReports, comments, moderationActions, users } from '@/db/schema';
import { cursorAt, parseTimestampCursor } from './keyset';
import { newAccountCutoff, staffRole } from './moderation';

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
  /** Of the open reports, how many come from accounts too new for their report to count toward an auto-hide. */
  newReporters: number;
  reasons: { reason: ModerationReason; count: number }[];
};

export type Tab = 'reported' | 'pending' | 'hidden';
export type QueuePage = { items: QueueItem[]; nextCursor: string | null };

// A comment's open reports grouped by reason, most frequent first: a correlated aggregate, which the
// builder can only hold as a SQL fragment.
const openReasons = sql<QueueItem['reasons'] | null>`(select json_agg(json_build_object('reason', r.reason, 'count', r.n) order by r.n desc) from (
  select ${commentReports.reason} as reason, count(*)::int as n from ${commentReports}
  where ${commentReports.commentId} = ${comments.id} and ${commentReports.resolvedAt} is null group by 1) r)`;

// Reports from new accounts (see newAccountCutoff) reach the queue, marked.
const isNewAccount = (createdAt: typeof users.createdAt) => sql<boolean>`${createdAt} > ${newAccountCutoff()}`;
const newReporters = () => sql<number>`(select count(*)::int from ${commentReports} join ${users} r on r.id = ${commentReports.reporterId}
  where ${commentReports.commentId} = ${comments.id} and ${commentReports.resolvedAt} is null and r.created_at > ${newAccountCutoff()})`;

const queueColumns = () => ({
  id: comments.id,
  body: comments.body,
  status: comments.status,
  statusReason: comments.statusReason,
  createdAt: comments.createdAt,
  authorId: comments.authorId,
  authorName: users.name,
  authorEmail: users.email,
  slug: articles.slug,
  title: articles.title,
  reportCount: comments.reportCount,
  cursorAt: cursorAt(comments.createdAt),
  reasons: openReasons,
  newReporters: newReporters(),
});

// Query builders are thenable: they are built here from a handle and awaited by the caller.
function selectQueue(db: Db) {
  return db.select(queueColumns()).from(comments).innerJoin(users, eq(users.id, comments.authorId)).innerJoin(articles, eq(articles.id, comments.articleId)).$dynamic();
}
type QueueRow = Awaited<ReturnType<typeof selectQueue>>[number];

// Row comparisons keep keyset pages on their index; the builder has no row-value comparison.
function keyset(tab: Tab, cursor: string | undefined) {
  if (tab === 'reported') {
    const match = cursor ? /^(\d{1,10})_(\d{1,10})$/.exec(cursor) : null;
    return match ? sql`(${comments.reportCount}, ${comments.id}) < (${Number(match[1])}, ${Number(match[2])})` : undefined;
  }
  const parsed = parseTimestampCursor(cursor);
  return parsed ? sql`(${comments.createdAt}, ${comments.id}) < (${parsed.at}, ${parsed.id})` : undefined;
}

const TAB_FILTERS: Record<Tab, ReturnType<typeof and>> = {
  reported: and(gt(comments.reportCount, 0), ne(comments.status, 'deleted')),
  pending: eq(comments.status, 'pending'),
  hidden: eq(comments.status, 'hidden'),
};

/** Reported: most reported first. Pending and Hidden: newest first. Keyset pages. */
export async function listQueue(actorId: string | null, tab: Tab, cursor?: string): Promise<QueuePage | null> {
  if (!(await staffRole(actorId))) return null;
  const order = tab === 'reported' ? [desc(comments.reportCount), desc(comments.id)] : [desc(comments.createdAt), desc(comments.id)];
  const rows = await selectQueue(await getDb())
    .where(and(TAB_FILTERS[tab], keyset(tab, cursor)))
    .orderBy(...order)
    .limit(QUEUE_PAGE_SIZE + 1);
  const page = rows.slice(0, QUEUE_PAGE_SIZE);
  const last = page.at(-1);
  return {
    items: page.map(toItem),
    nextCursor: rows.length > QUEUE_PAGE_SIZE && last ? `${tab === 'reported' ? last.reportCount : last.cursorAt}_${last.id}` : null,
  };
}

function toItem(r: QueueRow): QueueItem {
  return {
    id: r.id,
    body: r.body,
    status: r.status,
    statusReason: r.statusReason,
    createdAt: r.createdAt.toISOString(),
    author: { id: r.authorId, name: r.authorName ?? 'Reader', email: r.authorEmail },
    article: { slug: r.slug, title: r.title },
    reportCount: r.reportCount,
    newReporters: r.newReporters,
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

const actor = alias(users, 'actor');
const target = alias(users, 'target');

function selectLog(db: Db) {
  return db
    .select({
      id: moderationActions.id,
      action: moderationActions.action,
      actorId: moderationActions.actorId,
      actorName: actor.name,
      commentId: moderationActions.commentId,
      targetName: target.name,
      fromStatus: moderationActions.fromStatus,
      toStatus: moderationActions.toStatus,
      reason: moderationActions.reason,
      note: moderationActions.note,
      createdAt: moderationActions.createdAt,
    })
    .from(moderationActions)
    .leftJoin(actor, eq(actor.id, moderationActions.actorId))
    .leftJoin(target, eq(target.id, moderationActions.targetUserId))
    .$dynamic();
}
type LogRow = Awaited<ReturnType<typeof selectLog>>[number];

const toLog = (r: LogRow): LogEntry => ({
  id: r.id,
  action: r.action,
  actor: r.actorId ? (r.actorName ?? 'Moderator') : 'System',
  commentId: r.commentId,
  target: r.targetName,
  from: r.fromStatus,
  to: r.toStatus,
  reason: r.reason,
  note: r.note,
  createdAt: r.createdAt.toISOString(),
});

/** The audit log, newest first, keyset by id (ids only grow, and the log is append-only). */
export async function listLog(actorId: string | null, beforeId?: number): Promise<{ entries: LogEntry[]; nextCursor: string | null } | null> {
  if (!(await staffRole(actorId))) return null;
  const rows = await selectLog(await getDb())
    .where(beforeId ? lt(moderationActions.id, beforeId) : undefined)
    .orderBy(desc(moderationActions.id))
    .limit(QUEUE_PAGE_SIZE + 1);
  const page = rows.slice(0, QUEUE_PAGE_SIZE);
  return { entries: page.map(toLog), nextCursor: rows.length > QUEUE_PAGE_SIZE ? String(page.at(-1)!.id) : null };
}

export type CommentHistory = {
  comment: QueueItem & { parentId: number | null };
  reports: { reporter: string; newAccount: boolean; reason: ModerationReason; note: string | null; createdAt: string; resolved: boolean }[];
  log: LogEntry[];
  author: { id: string; role: UserRole; bannedAt: string | null; suspendedUntil: string | null; restrictionReason: string | null };
};

export async function getCommentHistory(actorId: string | null, commentId: number): Promise<CommentHistory | null | 'forbidden'> {
  if (!(await staffRole(actorId))) return 'forbidden';
  const db = await getDb();
  const [row] = await selectQueue(db).where(eq(comments.id, commentId));
  if (!row) return null;
  const [[extra], reports, log] = await Promise.all([
    db
      .select({ parentId: comments.parentId, role: users.role, bannedAt: users.bannedAt, suspendedUntil: users.suspendedUntil, restrictionReason: users.restrictionReason })
      .from(comments)
      .innerJoin(users, eq(users.id, comments.authorId))
      .where(eq(comments.id, commentId)),
    db
      .select({ name: users.name, newAccount: isNewAccount(users.createdAt), reason: commentReports.reason, note: commentReports.note, createdAt: commentReports.createdAt, resolvedAt: commentReports.resolvedAt })
      .from(commentReports)
      .innerJoin(users, eq(users.id, commentReports.reporterId))
      .where(eq(commentReports.commentId, commentId))
      .orderBy(asc(commentReports.createdAt)),
    selectLog(db).where(eq(moderationActions.commentId, commentId)).orderBy(asc(moderationActions.id)),
  ]);
  return {
    comment: { ...toItem(row), parentId: extra.parentId },
    reports: reports.map((r) => ({ reporter: r.name ?? 'Reader', newAccount: r.newAccount, reason: r.reason, note: r.note, createdAt: r.createdAt.toISOString(), resolved: Boolean(r.resolvedAt) })),
    log: log.map(toLog),
    author: {
      id: row.authorId,
      role: extra.role,
      bannedAt: extra.bannedAt?.toISOString() ?? null,
      suspendedUntil: extra.suspendedUntil?.toISOString() ?? null,
      restrictionReason: extra.restrictionReason,
    },
  };
}

export type UserSummary = { id: string; name: string; email: string; role: UserRole; createdAt: string; bannedAt: string | null; suspendedUntil: string | null };

/** Users whose name or email contains the query; with no query, the staff. Staff first, then newest. */
export async function searchUsers(actorId: string | null, query: string): Promise<UserSummary[] | null> {
  if (!(await staffRole(actorId))) return null;
  const db = await getDb();
  const q = query.trim().slice(0, 100);
  const pattern = `%${q.replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
  const rows = await db
    .select({ id: users.id, name: users.name, email: users.email, role: users.role, createdAt: users.createdAt, bannedAt: users.bannedAt, suspendedUntil: users.suspendedUntil })
    .from(users)
    .where(q ? or(ilike(users.name, pattern), ilike(users.email, pattern)) : ne(users.role, 'reader'))
    .orderBy(desc(ne(users.role, 'reader')), desc(users.createdAt))
    .limit(50);
  const now = new Date();
  return rows.map((r) => ({
    id: r.id,
    name: r.name ?? r.email,
    email: r.email,
    role: r.role,
    createdAt: r.createdAt.toISOString(),
    bannedAt: r.bannedAt?.toISOString() ?? null,
    suspendedUntil: r.suspendedUntil && r.suspendedUntil > now ? r.suspendedUntil.toISOString() : null,
  }));
}

export async function listBannedWords(actorId: string | null): Promise<string[] | null> {
  if (!(await staffRole(actorId))) return null;
  const db = await getDb();
  const rows = await db.select({ word: bannedWords.word }).from(bannedWords).orderBy(asc(bannedWords.word));
  return rows.map((r) => r.word);
}
