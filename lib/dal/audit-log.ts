import 'server-only';
import { desc, eq, type SQL } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import type { ModerationActionKind, ModerationReason, UserRole } from '@/db/enums';
import { moderationActions, users } from '@/db/schema';

export type AuditEntry = {
  /** null: the system acted (auto-hide on reports, a hold for a banned word). */
  actorId: string | null;
  action: ModerationActionKind;
  commentId?: number | null;
  targetUserId?: string | null;
  articleId?: number | null;
  /** The entry this one followed from (a ban's clean-up names the ban). */
  causeId?: number | null;
  from?: string | null;
  to?: string | null;
  reason?: ModerationReason | null;
  note?: string | null;
};

/** Appends to the moderation audit log, inside the transaction of the change it records; returns the entry's id. */
export async function recordModerationAction(tx: Tx, entry: AuditEntry): Promise<number> {
  const [row] = await tx.insert(moderationActions).values({
    actorId: entry.actorId,
    action: entry.action,
    commentId: entry.commentId ?? null,
    targetUserId: entry.targetUserId ?? null,
    articleId: entry.articleId ?? null,
    causeId: entry.causeId ?? null,
    fromStatus: entry.from ?? null,
    toStatus: entry.to ?? null,
    reason: entry.reason ?? null,
    note: entry.note ?? null,
  }).returning({ id: moderationActions.id });
  return row.id;
}

/**
 * The role of whoever made the latest logged decision matching `where` (null: the system, or nobody),
 * for the hierarchy: an admin's decision stands against a moderator.
 */
export async function lastDeciderRole(tx: Tx, where: SQL | undefined): Promise<UserRole | null> {
  const [row] = await tx
    .select({ role: users.role })
    .from(moderationActions)
    .leftJoin(users, eq(users.id, moderationActions.actorId))
    .where(where)
    .orderBy(desc(moderationActions.id))
    .limit(1);
  return row?.role ?? null;
}
