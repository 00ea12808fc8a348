import 'server-only';
import { and, count, desc, eq, gte, isNotNull, lt, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { getDb, type Db } from '@/db/client';
import type { ModerationReason } from '@/db/enums';
import { articles, moderationActions, users } from '@/db/schema';
import { staffRole } from './staff';

// Reading the moderation audit log (written by ./audit-log.ts): the whole log, a person's part of it,
// and who did how much this week.

export const LOG_PAGE_SIZE = 25;

export type LogEntry = {
  id: number;
  action: string;
  actor: string;
  commentId: number | null;
  target: string | null;
  targetId: string | null;
  article: { slug: string; title: string } | null;
  /** Set when the action followed from another (a ban's clean-up). */
  causeId: number | null;
  from: string | null;
  to: string | null;
  reason: ModerationReason | null;
  note: string | null;
  createdAt: string;
};

const actor = alias(users, 'actor');
const target = alias(users, 'target');

export function selectLog(db: Db) {
  return db
    .select({
      id: moderationActions.id,
      action: moderationActions.action,
      actorId: moderationActions.actorId,
      actorName: actor.name,
      commentId: moderationActions.commentId,
      targetId: moderationActions.targetUserId,
      targetName: target.name,
      articleSlug: articles.slug,
      articleTitle: articles.title,
      causeId: moderationActions.causeId,
      fromStatus: moderationActions.fromStatus,
      toStatus: moderationActions.toStatus,
      reason: moderationActions.reason,
      note: moderationActions.note,
      createdAt: moderationActions.createdAt,
    })
    .from(moderationActions)
    .leftJoin(actor, eq(actor.id, moderationActions.actorId))
    .leftJoin(target, eq(target.id, moderationActions.targetUserId))
    .leftJoin(articles, eq(articles.id, moderationActions.articleId))
    .$dynamic();
}
type LogRow = Awaited<ReturnType<typeof selectLog>>[number];

export const toLog = (r: LogRow): LogEntry => ({
  id: r.id,
  action: r.action,
  actor: r.actorId ? (r.actorName ?? 'Moderator') : 'System',
  commentId: r.commentId,
  target: r.targetName,
  targetId: r.targetId,
  article: r.articleSlug ? { slug: r.articleSlug, title: r.articleTitle ?? r.articleSlug } : null,
  causeId: r.causeId,
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
    .limit(LOG_PAGE_SIZE + 1);
  const page = rows.slice(0, LOG_PAGE_SIZE);
  return { entries: page.map(toLog), nextCursor: rows.length > LOG_PAGE_SIZE ? String(page.at(-1)!.id) : null };
}

/** The newest `limit` entries matching `where`, for pages that show one part of the log (the caller checks staff). */
export async function listLogWhere(where: SQL, limit: number): Promise<LogEntry[]> {
  const rows = await selectLog(await getDb()).where(where).orderBy(desc(moderationActions.id)).limit(limit);
  return rows.map(toLog);
}

export type ModeratorActivity = { actorId: string; name: string; total: number; byAction: Record<string, number> };

/** Who did how much in the last 7 days, busiest first: staff actions only (not the system's, nor a reader's own rename). */
export async function moderatorActivity(actorId: string | null): Promise<ModeratorActivity[] | null> {
  if (!(await staffRole(actorId))) return null;
  const db = await getDb();
  const rows = await db
    .select({ actorId: moderationActions.actorId, name: actor.name, action: moderationActions.action, n: count() })
    .from(moderationActions)
    .innerJoin(actor, eq(actor.id, moderationActions.actorId))
    .where(and(isNotNull(moderationActions.actorId), gte(moderationActions.createdAt, sql`now() - interval '7 days'`), sql`${moderationActions.action} <> 'rename'`))
    .groupBy(moderationActions.actorId, actor.name, moderationActions.action);
  const byActor = new Map<string, ModeratorActivity>();
  for (const r of rows) {
    const entry = byActor.get(r.actorId!) ?? { actorId: r.actorId!, name: r.name ?? 'Moderator', total: 0, byAction: {} };
    entry.total += r.n;
    entry.byAction[r.action] = r.n;
    byActor.set(r.actorId!, entry);
  }
  return [...byActor.values()].sort((a, b) => b.total - a.total);
}
