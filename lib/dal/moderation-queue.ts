import 'server-only';
import { and, asc, eq, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import { getDb, queryRows, type Db } from '@/db/client';
import type { CommentStatus, ModerationReason, UserRole } from '@/db/enums';
import { articles, bannedWords, commentReports, commentRevisions, comments, moderationActions, users } from '@/db/schema';
import { cursorAt, cursorAtColumn, parseTimestampCursor } from './keyset';
import { selectLog, toLog, type LogEntry } from './moderation-log';
import { riskReasons, riskScoreSql, riskSignalColumns, type RiskSignals } from './risk';
import { newAccountCutoff } from './moderation';
import { staffRole } from './staff';

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
export type QueueSort = 'risk' | 'reports' | 'newest';
export type QueueFilters = { article?: string; reason?: ModerationReason; reporters?: 'new' | 'established' };
export type QueuePage = { items: QueuedComment[]; nextCursor: string | null };
export type OpenReport = { reporter: string; newAccount: boolean; reason: ModerationReason; note: string | null; reportedBody: string | null };
/** A comment in a queue: what the history page shows, its risk score with reasons, and its open reports. */
export type QueuedComment = QueueItem & { risk: { score: number; reasons: string[] }; reports: OpenReport[] };

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

const TAB_FILTERS: Record<Tab, SQL> = {
  reported: sql`c.report_count > 0 and c.status <> 'deleted'`,
  pending: sql`c.status = 'pending'`,
  hidden: sql`c.status = 'hidden'`,
};

const openReportWhere = (extra: SQL) =>
  sql`exists (select 1 from comment_reports r join users ru on ru.id = r.reporter_id where r.comment_id = c.id and r.resolved_at is null and ${extra})`;

function filterSql(f: QueueFilters): SQL {
  const parts: SQL[] = [];
  if (f.article) parts.push(sql`a.slug = ${f.article}`);
  if (f.reason) parts.push(sql`(c.status_reason = ${f.reason} or ${openReportWhere(sql`r.reason = ${f.reason}`)})`);
  if (f.reporters === 'new') parts.push(openReportWhere(sql`ru.created_at > ${newAccountCutoff()}`));
  if (f.reporters === 'established') parts.push(openReportWhere(sql`ru.created_at <= ${newAccountCutoff()}`));
  return parts.length ? sql.join(parts, sql` and `) : sql`true`;
}

// Each sort: its ORDER BY, its cursor condition and how a row becomes a cursor. Risk and report counts
// are "<number>_<id>"; newest is the timestamp cursor of ./keyset.
const pairCursor = (cursor: string | undefined) => {
  const match = cursor ? /^(\d{1,10})_(\d{1,10})$/.exec(cursor) : null;
  return match ? ([Number(match[1]), Number(match[2])] as const) : null;
};
const pairAfter = (column: SQL) => (cursor: string | undefined) => {
  const p = pairCursor(cursor);
  return p ? sql`(${column}, id) < (${p[0]}, ${p[1]})` : sql`true`;
};
type ScoredRow = { id: number; risk: number; cursor_at: string } & RiskSignals;
const SORTS: Record<QueueSort, { order: SQL; after: (cursor: string | undefined) => SQL; cursorOf: (r: ScoredRow) => string }> = {
  risk: { order: sql`risk desc, id desc`, after: pairAfter(sql`risk`), cursorOf: (r) => `${r.risk}_${r.id}` },
  reports: { order: sql`report_count desc, id desc`, after: pairAfter(sql`report_count`), cursorOf: (r) => `${r.report_count}_${r.id}` },
  newest: {
    order: sql`created_at desc, id desc`,
    after: (cursor) => {
      const p = parseTimestampCursor(cursor);
      return p ? sql`(created_at, id) < (${p.at}, ${p.id})` : sql`true`;
    },
    cursorOf: (r) => `${r.cursor_at}_${r.id}`,
  },
};

/** The ids of one page of a queue tab with their risk signals and score (exported for the benchmark's EXPLAIN). */
export function scoredQueueQuery(tab: Tab, cursor: string | undefined, options: { sort?: QueueSort; filters?: QueueFilters } = {}): SQL {
  const sort = SORTS[options.sort ?? 'risk'];
  return sql`select * from (
      select s.*, ${riskScoreSql} as risk from (
        select c.id, c.created_at, ${cursorAtColumn}, ${riskSignalColumns}
        from comments c join users u on u.id = c.author_id join articles a on a.id = c.article_id
        where ${TAB_FILTERS[tab]} and ${filterSql(options.filters ?? {})}
      ) s
    ) q
    where ${sort.after(cursor)}
    order by ${sort.order} limit ${QUEUE_PAGE_SIZE + 1}`;
}

/**
 * One keyset page of a queue tab, filtered and sorted (by risk, by reports or newest first). Raw SQL: each
 * queued comment is scored once in a subquery and the page is ordered and cut on that computed score,
 * which the builder cannot say; the page's comments are then read with the builder's columns.
 */
export async function listQueue(actorId: string | null, tab: Tab, cursor?: string, options: { sort?: QueueSort; filters?: QueueFilters } = {}): Promise<QueuePage | null> {
  if (!(await staffRole(actorId))) return null;
  const sort = SORTS[options.sort ?? 'risk'];
  const db = await getDb();
  const scored = await queryRows<ScoredRow>(db, scoredQueueQuery(tab, cursor, options));
  const page = scored.slice(0, QUEUE_PAGE_SIZE);
  if (page.length === 0) return { items: [], nextCursor: null };
  const ids = page.map((r) => r.id);
  const [rows, reports] = await Promise.all([selectQueue(db).where(inArray(comments.id, ids)), openReports(db, ids)]);
  const byId = new Map(rows.map((r) => [r.id, r]));
  return {
    items: page.map((r) => ({ ...toItem(byId.get(r.id)!), risk: { score: r.risk, reasons: riskReasons(r) }, reports: reports.get(r.id) ?? [] })),
    nextCursor: scored.length > QUEUE_PAGE_SIZE ? sort.cursorOf(page.at(-1)!) : null,
  };
}

/** The open reports of these comments, oldest first, with what each reporter saw and wrote. */
async function openReports(db: Db, commentIds: number[]): Promise<Map<number, OpenReport[]>> {
  const rows = await db
    .select({
      commentId: commentReports.commentId,
      reporter: users.name,
      newAccount: isNewAccount(users.createdAt),
      reason: commentReports.reason,
      note: commentReports.note,
      reportedBody: commentReports.reportedBody,
    })
    .from(commentReports)
    .innerJoin(users, eq(users.id, commentReports.reporterId))
    .where(and(inArray(commentReports.commentId, commentIds), isNull(commentReports.resolvedAt)))
    .orderBy(asc(commentReports.createdAt));
  const out = new Map<number, OpenReport[]>();
  for (const r of rows) {
    const list = out.get(r.commentId) ?? [];
    list.push({ reporter: r.reporter ?? 'Reader', newAccount: r.newAccount, reason: r.reason, note: r.note, reportedBody: r.reportedBody });
    out.set(r.commentId, list);
  }
  return out;
}

/** How many comments wait in each tab, for the queue's navigation. */
export async function countQueues(actorId: string | null): Promise<Record<Tab, number> | null> {
  if (!(await staffRole(actorId))) return null;
  const db = await getDb();
  const [row] = await queryRows<Record<Tab, number>>(
    db,
    sql`select (select count(*)::int from comments c where ${TAB_FILTERS.reported}) as reported,
               (select count(*)::int from comments c where ${TAB_FILTERS.pending}) as pending,
               (select count(*)::int from comments c where ${TAB_FILTERS.hidden}) as hidden`,
  );
  return row;
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

export type CommentHistory = {
  comment: QueueItem & { parentId: number | null };
  reports: { reporter: string; newAccount: boolean; reason: ModerationReason; note: string | null; reportedBody: string | null; createdAt: string; resolved: boolean }[];
  log: LogEntry[];
  /** Earlier texts, oldest first, each with when it was written and when an edit replaced it. */
  revisions: { body: string; writtenAt: string; replacedAt: string }[];
  author: { id: string; role: UserRole; bannedAt: string | null; suspendedUntil: string | null; restrictionReason: string | null };
};

export async function getCommentHistory(actorId: string | null, commentId: number): Promise<CommentHistory | null | 'forbidden'> {
  if (!(await staffRole(actorId))) return 'forbidden';
  const db = await getDb();
  const [row] = await selectQueue(db).where(eq(comments.id, commentId));
  if (!row) return null;
  const [[extra], reports, log, revisions] = await Promise.all([
    db
      .select({ parentId: comments.parentId, role: users.role, bannedAt: users.bannedAt, suspendedUntil: users.suspendedUntil, restrictionReason: users.restrictionReason })
      .from(comments)
      .innerJoin(users, eq(users.id, comments.authorId))
      .where(eq(comments.id, commentId)),
    db
      .select({
        name: users.name,
        newAccount: isNewAccount(users.createdAt),
        reason: commentReports.reason,
        note: commentReports.note,
        reportedBody: commentReports.reportedBody,
        createdAt: commentReports.createdAt,
        resolvedAt: commentReports.resolvedAt,
      })
      .from(commentReports)
      .innerJoin(users, eq(users.id, commentReports.reporterId))
      .where(eq(commentReports.commentId, commentId))
      .orderBy(asc(commentReports.createdAt)),
    selectLog(db).where(eq(moderationActions.commentId, commentId)).orderBy(asc(moderationActions.id)),
    db
      .select({ body: commentRevisions.body, writtenAt: commentRevisions.writtenAt, replacedAt: commentRevisions.replacedAt })
      .from(commentRevisions)
      .where(eq(commentRevisions.commentId, commentId))
      .orderBy(asc(commentRevisions.id)),
  ]);
  return {
    comment: { ...toItem(row), parentId: extra.parentId },
    reports: reports.map((r) => ({ reporter: r.name ?? 'Reader', newAccount: r.newAccount, reason: r.reason, note: r.note, reportedBody: r.reportedBody, createdAt: r.createdAt.toISOString(), resolved: Boolean(r.resolvedAt) })),
    log: log.map(toLog),
    revisions: revisions.map((r) => ({ body: r.body, writtenAt: r.writtenAt.toISOString(), replacedAt: r.replacedAt.toISOString() })),
    author: {
      id: row.authorId,
      role: extra.role,
      bannedAt: extra.bannedAt?.toISOString() ?? null,
      suspendedUntil: extra.suspendedUntil?.toISOString() ?? null,
      restrictionReason: extra.restrictionReason,
    },
  };
}

export async function listBannedWords(actorId: string | null): Promise<string[] | null> {
  if (!(await staffRole(actorId))) return null;
  const db = await getDb();
  const rows = await db.select({ word: bannedWords.word }).from(bannedWords).orderBy(asc(bannedWords.word));
  return rows.map((r) => r.word);
}
