import 'server-only';
import { and, desc, eq, inArray, isNull, lte, or, sql } from 'drizzle-orm';
import { getDb, type Tx } from '@/db/client';
import type { CommentStatus, ModerationReason, UserRole } from '@/db/enums';
import { commentReports, comments, moderationActions, users } from '@/db/schema';
import { config } from '@/lib/config';
import { lastDeciderRole, recordModerationAction } from './audit-log';
import { adjustCommentCounts } from './comment-writes';
import { notifyModeration, notifyPublished } from './notifications';
import { announceArticleChange } from './page-changes';
import { hitRateLimit } from './rate-limits';
import { changed, FORBIDDEN, NOT_FOUND, staffRole, unchanged, type ModResult } from './staff';
import { getRestriction, type Restriction } from './users';

// Every function here re-reads the actor's role and restrictions from the database (./staff.ts).

const lockedColumns = { id: comments.id, articleId: comments.articleId, parentId: comments.parentId, authorId: comments.authorId, status: comments.status };
type Locked = { id: number; articleId: number; parentId: number | null; authorId: string; status: CommentStatus };

async function lockComment(tx: Tx, commentId: number): Promise<Locked | undefined> {
  const [row] = await tx.select(lockedColumns).from(comments).where(eq(comments.id, commentId)).for('update');
  return row;
}

/** Moves a comment to a new status, keeping the published counters right. */
async function setStatus(tx: Tx, c: Locked, to: CommentStatus, reason: ModerationReason | null) {
  await tx.update(comments).set({ status: to, statusReason: reason }).where(eq(comments.id, c.id));
  if (c.status === 'published' && to !== 'published') await adjustCommentCounts(tx, c.articleId, c.parentId, -1);
  if (c.status !== 'published' && to === 'published') {
    await adjustCommentCounts(tx, c.articleId, c.parentId, 1);
    await notifyPublished(tx, c.id); // its reply and mentions reach people now (once: a second time is a no-op)
  }
}

/** Dismisses a comment's open reports (they stay on record) and empties its Reported count. */
async function resolveReports(tx: Tx, commentId: number): Promise<number> {
  const dismissed = await tx
    .update(commentReports)
    .set({ resolvedAt: sql`now()` })
    .where(and(eq(commentReports.commentId, commentId), isNull(commentReports.resolvedAt)))
    .returning({ id: commentReports.id });
  await tx.update(comments).set({ reportCount: 0 }).where(eq(comments.id, commentId));
  return dismissed.length;
}

// One step of moderation on a locked comment, shared by the single and the bulk actions.
export type Step = (tx: Tx, c: Locked, role: UserRole) => Promise<ModResult>;

// The hierarchy: an admin's decision stands against a moderator. A moderator cannot publish again a
// comment an admin hid, nor lift a restriction an admin imposed (./user-moderation.ts), nor restrict
// staff; admins can do all.
const hiddenByAdmin = async (tx: Tx, commentId: number) =>
  (await lastDeciderRole(tx, and(eq(moderationActions.commentId, commentId), inArray(moderationActions.action, ['hide', 'reject', 'auto_hide'])))) === 'admin';

const ADMIN_DECISION = { status: 'invalid', message: 'An admin hid this comment: only an admin can publish it again.' } as const;

/** Hides a comment; a comment held for review is rejected (logged as such). `causeId`: the ban it follows from. */
export const hideStep = (actorId: string | null, reason: ModerationReason, note: string | null, causeId: number | null = null): Step => async (tx, c) => {
  if (c.status === 'hidden' || c.status === 'deleted') return unchanged;
  await setStatus(tx, c, 'hidden', reason);
  await resolveReports(tx, c.id);
  const action = c.status === 'pending' ? 'reject' : 'hide';
  // The author hears why; not for each comment a ban cleared away (the ban itself tells them).
  if (causeId === null) await notifyModeration(tx, { userId: c.authorId, commentId: c.id, kind: 'hidden', reason });
  await recordModerationAction(tx, { actorId, action, commentId: c.id, targetUserId: c.authorId, articleId: c.articleId, from: c.status, to: 'hidden', reason, note, causeId });
  return changed;
};

/** Shows a hidden comment again, as published (or, restoring a ban's clean-up, as it was before: `to`). */
export const unhideStep = (actorId: string | null, note: string | null, restore: { to: 'published' | 'pending'; causeId: number } | null = null): Step => async (tx, c, role) => {
  if (c.status !== 'hidden') return unchanged;
  if (role !== 'admin' && (await hiddenByAdmin(tx, c.id))) return ADMIN_DECISION;
  const to = restore?.to ?? 'published';
  await setStatus(tx, c, to, null);
  if (!restore) await notifyModeration(tx, { userId: c.authorId, commentId: c.id, kind: 'restored' });
  await recordModerationAction(tx, { actorId, action: 'unhide', commentId: c.id, targetUserId: c.authorId, articleId: c.articleId, from: 'hidden', to, note, causeId: restore?.causeId });
  return changed;
};

const approveStep = (actorId: string | null, note: string | null): Step => async (tx, c, role) => {
  if (c.status === 'deleted') return { status: 'invalid', message: 'The author deleted this comment.' };
  if (c.status === 'hidden' && role !== 'admin' && (await hiddenByAdmin(tx, c.id))) return ADMIN_DECISION;
  if (c.status !== 'published') {
    await setStatus(tx, c, 'published', null);
    await notifyModeration(tx, { userId: c.authorId, commentId: c.id, kind: c.status === 'pending' ? 'approved' : 'restored' });
  }
  const dismissed = await resolveReports(tx, c.id);
  if (c.status === 'published' && dismissed === 0) return unchanged;
  await recordModerationAction(tx, { actorId, action: 'approve', commentId: c.id, targetUserId: c.authorId, from: c.status, to: 'published', note });
  return changed;
};

/** Runs a step on one comment in a transaction with the comment locked, then tells the page caches. */
async function changeComment(actorId: string | null, commentId: number, step: Step): Promise<ModResult> {
  const role = await staffRole(actorId);
  if (!role) return FORBIDDEN;
  const db = await getDb();
  let articleId = 0;
  const result = await db.transaction(async (tx) => {
    const c = await lockComment(tx, commentId);
    if (!c) return NOT_FOUND;
    articleId = c.articleId;
    return step(tx, c, role);
  });
  if (result.status === 'ok' && result.changed) await announceArticleChange(articleId, [commentId]);
  return result;
}

export const hideComment = (actorId: string | null, commentId: number, reason: ModerationReason, note: string | null) =>
  changeComment(actorId, commentId, hideStep(actorId, reason, note));

export const unhideComment = (actorId: string | null, commentId: number, note: string | null) => changeComment(actorId, commentId, unhideStep(actorId, note));

/** Approves a reported, pending or auto-hidden comment: it is published and its reports are dismissed. */
export const approveComment = (actorId: string | null, commentId: number, note: string | null = null) =>
  changeComment(actorId, commentId, approveStep(actorId, note));

export type BulkOp = { op: 'approve' } | { op: 'unhide' } | { op: 'hide'; reason: ModerationReason };
export type BulkResult = { status: 'ok'; changed: number } | { status: 'forbidden' };

/** Applies one moderation step to many comments in one transaction: all of it lands, or none. */
export async function moderateComments(actorId: string | null, bulk: BulkOp, commentIds: number[]): Promise<BulkResult> {
  const role = await staffRole(actorId);
  if (!role) return FORBIDDEN;
  const step = bulk.op === 'approve' ? approveStep(actorId, null) : bulk.op === 'unhide' ? unhideStep(actorId, null) : hideStep(actorId, bulk.reason, null);
  const db = await getDb();
  const done = await db.transaction((tx) => applyToComments(tx, role, commentIds, () => step));
  for (const articleId of done.articles) await announceArticleChange(articleId);
  return { status: 'ok', changed: done.changed };
}

/**
 * One step on each of many comments, inside the caller's transaction. The lock order is the one every
 * counter write follows (see adjustCommentCounts): all comment rows first, the chosen ones and their
 * parents, newest first so a reply comes before its parent; then each article's counters, articles in
 * id order, so two bulk actions at once wait for each other instead of deadlocking. A comment this
 * actor may not change is left as it is. Returns how many changed and the articles to announce.
 */
export async function applyToComments(tx: Tx, role: UserRole, commentIds: number[], stepFor: (commentId: number) => Step) {
  const touched = new Set<number>();
  let count = 0;
  if (commentIds.length === 0) return { changed: 0, articles: touched };
  const parents = tx.select({ id: comments.parentId }).from(comments).where(inArray(comments.id, commentIds));
  const locked = await tx
    .select(lockedColumns)
    .from(comments)
    .where(or(inArray(comments.id, commentIds), inArray(comments.id, parents)))
    .orderBy(desc(comments.id))
    .for('update');
  const chosen = locked.filter((c) => commentIds.includes(c.id)).sort((x, y) => x.articleId - y.articleId || y.id - x.id);
  for (const c of chosen) {
    const result = await stepFor(c.id)(tx, c, role);
    if (result.status === 'ok' && result.changed) {
      count++;
      touched.add(c.articleId);
    }
  }
  return { changed: count, articles: touched };
}

export type ReportResult =
  | { status: 'ok'; autoHidden: boolean }
  | { status: 'already_reported' }
  | { status: 'restricted'; restriction: Restriction }
  | { status: 'not_found' }
  | { status: 'forbidden'; message: string };

/**
 * A reader reports a comment, once, within REPORT_LIMIT_PER_HOUR. Every report reaches the queue; the
 * comment is hidden pending review only when enough distinct established reporters (accounts older
 * than REPORTER_MIN_ACCOUNT_AGE_HOURS, not restricted) reported it, and never when its author is staff:
 * a handful of fresh accounts cannot take down a conversation, or a moderator's word.
 */
export async function reportComment(reporterId: string, commentId: number, reason: ModerationReason, note: string | null): Promise<ReportResult> {
  const restriction = await getRestriction(reporterId);
  if (restriction) return { status: 'restricted', restriction };
  const { reportsPerHour, reportAutoHideThreshold } = config().limits;
  // Counted atomically before anything else, so a burst of parallel reports is counted in full.
  const limit = await hitRateLimit(`report:u:${reporterId}`, reportsPerHour, 3600);
  if (!limit.allowed) {
    return { status: 'forbidden', message: `You have sent ${reportsPerHour} reports in the last hour, the most we take from one account. Try again later.` };
  }
  const db = await getDb();
  let articleId = 0;
  const result = await db.transaction(async (tx): Promise<ReportResult> => {
    const c = await lockComment(tx, commentId);
    if (!c || c.status === 'deleted') return { status: 'not_found' };
    articleId = c.articleId;
    if (c.authorId === reporterId) return { status: 'forbidden', message: 'You cannot report your own comment.' };
    const inserted = await tx
      .insert(commentReports)
      .values({ commentId, reporterId, reason, note, reportedBody: sql`(select ${comments.body} from ${comments} where ${comments.id} = ${commentId})` })
      .onConflictDoNothing({ target: [commentReports.commentId, commentReports.reporterId] })
      .returning({ id: commentReports.id });
    if (inserted.length === 0) return { status: 'already_reported' };
    const open = and(eq(commentReports.commentId, commentId), isNull(commentReports.resolvedAt));
    await tx
      .update(comments)
      .set({ reportCount: sql`(select count(distinct ${commentReports.reporterId})::int from ${commentReports} where ${open})` })
      .where(eq(comments.id, commentId));
    if (c.status !== 'published') return { status: 'ok', autoHidden: false };
    const [[author], [counted]] = await Promise.all([
      tx.select({ role: users.role }).from(users).where(eq(users.id, c.authorId)),
      tx
        .select({ n: sql<number>`count(distinct ${commentReports.reporterId})::int` })
        .from(commentReports)
        .innerJoin(users, eq(users.id, commentReports.reporterId))
        .where(and(open, established())),
    ]);
    if (author?.role !== 'reader' || counted.n < reportAutoHideThreshold) return { status: 'ok', autoHidden: false };
    await setStatus(tx, c, 'hidden', reason);
    await recordModerationAction(tx, { actorId: null, action: 'auto_hide', commentId, targetUserId: c.authorId, from: 'published', to: 'hidden', reason, note: `${counted.n} reports` });
    return { status: 'ok', autoHidden: true };
  });
  if (result.status === 'ok' && result.autoHidden) await announceArticleChange(articleId, [commentId]);
  return result;
}

/**
 * When an account made after it is still new: its reports reach the queue, marked, but do not count
 * toward an auto-hide (REPORTER_MIN_ACCOUNT_AGE_HOURS).
 */
export const newAccountCutoff = () => sql`now() - make_interval(hours => ${config().limits.reporterMinAccountAgeHours})`;

/** Reporters whose word counts toward an auto-hide: old enough, and neither banned nor suspended. */
function established() {
  return and(
    lte(users.createdAt, newAccountCutoff()),
    isNull(users.bannedAt),
    or(isNull(users.suspendedUntil), lte(users.suspendedUntil, sql`now()`)),
  );
}
