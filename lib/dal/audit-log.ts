import 'server-only';
import type { Tx } from '@/db/client';
import type { ModerationActionKind, ModerationReason } from '@/db/enums';
import { moderationActions } from '@/db/schema';

export type AuditEntry = {
  /** null: the system acted (auto-hide on reports, a hold for a banned word). */
  actorId: string | null;
  action: ModerationActionKind;
  commentId?: number | null;
  targetUserId?: string | null;
  from?: string | null;
  to?: string | null;
  reason?: ModerationReason | null;
  note?: string | null;
};

/** Appends to the moderation audit log, inside the transaction of the change it records. */
export async function recordModerationAction(tx: Tx, entry: AuditEntry): Promise<void> {
  await tx.insert(moderationActions).values({
    actorId: entry.actorId,
    action: entry.action,
    commentId: entry.commentId ?? null,
    targetUserId: entry.targetUserId ?? null,
    fromStatus: entry.from ?? null,
    toStatus: entry.to ?? null,
    reason: entry.reason ?? null,
    note: entry.note ?? null,
  });
}
