import 'server-only';
import { sql } from 'drizzle-orm';
import { getDb, queryRows, type Tx } from '@/db/client';
import type { ModerationReason } from '@/lib/moderation-reasons';
import { adjustCommentCounts } from './comment-writes';
import type { CommentStatus } from './comments';
import { announceArticleChange } from './page-changes';
import { getRestriction, type Restriction, type Role } from './users';

// Every function here re-reads the actor's role and restrictions from the database: a session token
// that still says "moderator" after a demotion grants nothing.

export type ModResult = { status: 'ok'; changed: boolean } | { status: 'forbidden' } | { status: 'not_found' } | { status: 'invalid'; message: string };

const FORBIDDEN = { status: 'forbidden' } as const;
const NOT_FOUND = { status: 'not_found' } as const;

export async function staffRole(actorId: string | null | undefined): Promise<Role | null> {
  if (!actorId) return null;
  const db = await getDb();
  const [row] = await queryRows<{ role: Role; banned_at: Date | null; suspended_until: Date | null }>(
    db,
    sql`select role, banned_at, suspended_until from users where id = ${actorId}`,
  );
  if (!row || row.role === 'reader' || row.banned_at || (row.suspended_until && new Date(row.suspended_until) > new Date())) return null;
  return row.role;
}

async function log(
  tx: Tx,
  entry: { actorId: string | null; action: string; commentId?: number | null; targetUserId?: string | null; from?: string | null; to?: string | null; reason?: ModerationReason | null; note?: string | null },
) {
  await tx.execute(sql`insert into moderation_actions (actor_id, action, comment_id, target_user_id, from_status, to_status, reason, note)
    values (${entry.actorId}, ${entry.action}, ${entry.commentId ?? null}, ${entry.targetUserId ?? null}, ${entry.from ?? null},
            ${entry.to ?? null}, ${entry.reason ?? null}, ${entry.note ?? null})`);
}

type Locked = { id: number; article_id: number; parent_id: number | null; author_id: string; status: CommentStatus };

async function lockComment(tx: Tx, commentId: number): Promise<Locked | undefined> {
  const [row] = await queryRows<Locked>(tx, sql`select id, article_id, parent_id, author_id, status from comments where id = ${commentId} for update`);
  return row;
}

/** Moves a comment to a new status, keeping the published counters right. */
async function setStatus(tx: Tx, c: Locked, to: CommentStatus, reason: ModerationReason | null) {
  await tx.execute(sql`update comments set status = ${to}, status_reason = ${reason} where id = ${c.id}`);
  if (c.status === 'published' && to !== 'published') await adjustCommentCounts(tx, c.article_id, c.parent_id, -1);
  if (c.status !== 'published' && to === 'published') await adjustCommentCounts(tx, c.article_id, c.parent_id, 1);
}

/**
 * Runs a moderator's change to one comment in a transaction with the comment locked, then tells the
 * page caches when it changed.
 */
async function changeComment(commentId: number, change: (tx: Tx, c: Locked) => Promise<ModResult>): Promise<ModResult> {
  const db = await getDb();
  let articleId = 0;
  const result = await db.transaction(async (tx) => {
    const c = await lockComment(tx, commentId);
    if (!c) return NOT_FOUND;
    articleId = c.article_id;
    return change(tx, c);
  });
  if (result.status === 'ok' && result.changed) await announceArticleChange(articleId);
  return result;
}

export async function hideComment(actorId: string | null, commentId: number, reason: ModerationReason, note: string | null): Promise<ModResult> {
  if (!(await staffRole(actorId))) return FORBIDDEN;
  return changeComment(commentId, async (tx, c) => {
    if (c.status === 'hidden' || c.status === 'deleted') return { status: 'ok', changed: false } as const;
    await setStatus(tx, c, 'hidden', reason);
    await tx.execute(sql`update comment_reports set resolved_at = now() where comment_id = ${commentId} and resolved_at is null`);
    await tx.execute(sql`update comments set report_count = 0 where id = ${commentId}`);
    await log(tx, { actorId, action: 'hide', commentId, targetUserId: c.author_id, from: c.status, to: 'hidden', reason, note });
    return { status: 'ok', changed: true } as const;
  });
}

export async function unhideComment(actorId: string | null, commentId: number, note: string | null): Promise<ModResult> {
  if (!(await staffRole(actorId))) return FORBIDDEN;
  return changeComment(commentId, async (tx, c) => {
    if (c.status !== 'hidden') return { status: 'ok', changed: false } as const;
    await setStatus(tx, c, 'published', null);
    await log(tx, { actorId, action: 'unhide', commentId, targetUserId: c.author_id, from: 'hidden', to: 'published', note });
    return { status: 'ok', changed: true } as const;
  });
}

/** Approves a reported, pending or auto-hidden comment: it is published and its reports are dismissed. */
export async function approveComment(actorId: string | null, commentId: number, note: string | null = null): Promise<ModResult> {
  if (!(await staffRole(actorId))) return FORBIDDEN;
  return changeComment(commentId, async (tx, c) => {
    if (c.status === 'deleted') return { status: 'invalid', message: 'The author deleted this comment.' } as const;
    if (c.status !== 'published') await setStatus(tx, c, 'published', null);
    const dismissed = await queryRows(tx, sql`update comment_reports set resolved_at = now() where comment_id = ${commentId} and resolved_at is null returning 1`);
    await tx.execute(sql`update comments set report_count = 0 where id = ${commentId}`);
    const changed = c.status !== 'published' || dismissed.length > 0;
    if (changed) await log(tx, { actorId, action: 'approve', commentId, targetUserId: c.author_id, from: c.status, to: 'published', note });
    return { status: 'ok', changed } as const;
  });
}

export const AUTO_HIDE_THRESHOLD = () => Math.max(1, Number(process.env.REPORT_AUTO_HIDE_THRESHOLD ?? 3));

export type ReportResult =
  | { status: 'ok'; autoHidden: boolean }
  | { status: 'already_reported' }
  | { status: 'restricted'; restriction: Restriction }
  | { status: 'not_found' }
  | { status: 'forbidden'; message: string };

/** A reader reports a comment, once. Enough distinct reporters hide it pending review. */
export async function reportComment(reporterId: string, commentId: number, reason: ModerationReason, note: string | null): Promise<ReportResult> {
  const restriction = await getRestriction(reporterId);
  if (restriction) return { status: 'restricted', restriction };
  const db = await getDb();
  let articleId = 0;
  const result = await db.transaction(async (tx): Promise<ReportResult> => {
    const c = await lockComment(tx, commentId);
    if (!c || c.status === 'deleted') return { status: 'not_found' };
    articleId = c.article_id;
    if (c.author_id === reporterId) return { status: 'forbidden', message: 'You cannot report your own comment.' };
    const inserted = await queryRows(tx, sql`insert into comment_reports (comment_id, reporter_id, reason, note)
      values (${commentId}, ${reporterId}, ${reason}, ${note}) on conflict (comment_id, reporter_id) do nothing returning 1`);
    if (inserted.length === 0) return { status: 'already_reported' };
    const [{ open }] = await queryRows<{ open: number }>(
      tx,
      sql`update comments set report_count = (select count(distinct reporter_id)::int from comment_reports
            where comment_id = ${commentId} and resolved_at is null)
          where id = ${commentId} returning report_count as open`,
    );
    if (c.status === 'published' && open >= AUTO_HIDE_THRESHOLD()) {
      await setStatus(tx, c, 'hidden', reason);
      await log(tx, { actorId: null, action: 'auto_hide', commentId, targetUserId: c.author_id, from: 'published', to: 'hidden', reason, note: `${open} reports` });
      return { status: 'ok', autoHidden: true };
    }
    return { status: 'ok', autoHidden: false };
  });
  if (result.status === 'ok' && result.autoHidden) await announceArticleChange(articleId);
  return result;
}

export type RestrictionKind = '1d' | '7d' | '30d' | 'ban';
const DAYS: Record<Exclude<RestrictionKind, 'ban'>, number> = { '1d': 1, '7d': 7, '30d': 30 };

/** Suspends or bans a reader. Moderators cannot restrict staff; nobody can restrict themselves. */
export async function restrictUser(actorId: string | null, targetId: string, kind: RestrictionKind, reason: string): Promise<ModResult> {
  const role = await staffRole(actorId);
  if (!role || actorId === targetId) return FORBIDDEN;
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [target] = await queryRows<{ role: Role }>(tx, sql`select role from users where id = ${targetId} for update`);
    if (!target) return NOT_FOUND;
    if (target.role !== 'reader' && role !== 'admin') return FORBIDDEN;
    if (kind === 'ban') {
      await tx.execute(sql`update users set banned_at = now(), suspended_until = null, restriction_reason = ${reason} where id = ${targetId}`);
    } else {
      await tx.execute(sql`update users set suspended_until = now() + make_interval(days => ${DAYS[kind]}), restriction_reason = ${reason}
        where id = ${targetId}`);
    }
    await log(tx, { actorId, action: kind === 'ban' ? 'ban' : 'suspend', targetUserId: targetId, to: kind, note: reason });
    return { status: 'ok', changed: true } as const;
  });
}

export async function liftRestriction(actorId: string | null, targetId: string): Promise<ModResult> {
  const role = await staffRole(actorId);
  if (!role || actorId === targetId) return FORBIDDEN;
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [target] = await queryRows<{ role: Role; banned_at: Date | null; suspended_until: Date | null }>(
      tx,
      sql`select role, banned_at, suspended_until from users where id = ${targetId} for update`,
    );
    if (!target) return NOT_FOUND;
    if (target.role !== 'reader' && role !== 'admin') return FORBIDDEN;
    if (!target.banned_at && !target.suspended_until) return { status: 'ok', changed: false } as const;
    await tx.execute(sql`update users set banned_at = null, suspended_until = null, restriction_reason = null where id = ${targetId}`);
    await log(tx, { actorId, action: 'lift_restriction', targetUserId: targetId, from: target.banned_at ? 'ban' : 'suspension', to: 'none' });
    return { status: 'ok', changed: true } as const;
  });
}

export async function changeRole(actorId: string | null, targetId: string, role: Role): Promise<ModResult> {
  if ((await staffRole(actorId)) !== 'admin' || actorId === targetId) return FORBIDDEN;
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [target] = await queryRows<{ role: Role }>(tx, sql`select role from users where id = ${targetId} for update`);
    if (!target) return NOT_FOUND;
    if (target.role === role) return { status: 'ok', changed: false } as const;
    await tx.execute(sql`update users set role = ${role} where id = ${targetId}`);
    await log(tx, { actorId, action: 'change_role', targetUserId: targetId, from: target.role, to: role });
    return { status: 'ok', changed: true } as const;
  });
}

export async function addBannedWord(actorId: string | null, word: string): Promise<ModResult> {
  if ((await staffRole(actorId)) !== 'admin') return FORBIDDEN;
  const db = await getDb();
  return db.transaction(async (tx) => {
    const added = await queryRows(tx, sql`insert into banned_words (word, created_by) values (${word.toLowerCase()}, ${actorId}) on conflict (word) do nothing returning 1`);
    if (added.length) await log(tx, { actorId, action: 'add_banned_word', note: word.toLowerCase() });
    return { status: 'ok', changed: added.length > 0 } as const;
  });
}

export async function removeBannedWord(actorId: string | null, word: string): Promise<ModResult> {
  if ((await staffRole(actorId)) !== 'admin') return FORBIDDEN;
  const db = await getDb();
  return db.transaction(async (tx) => {
    const removed = await queryRows(tx, sql`delete from banned_words where word = ${word.toLowerCase()} returning 1`);
    if (removed.length) await log(tx, { actorId, action: 'remove_banned_word', note: word.toLowerCase() });
    return { status: 'ok', changed: removed.length > 0 } as const;
  });
}
