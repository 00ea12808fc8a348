// What a notification says, in one sentence of plain text (emails and the digest; the page renders the
// same words with links: components/notification-item.tsx).
import type { ModerationReason, NotificationKind } from '@/db/enums';
import { reasonLabel } from '@/lib/moderation-reasons';

export function notificationSentence(n: { kind: NotificationKind; actor: string | null; others?: number; reason: ModerationReason | null }): string {
  const who = n.actor ?? 'Someone';
  const others = n.others ?? 0;
  switch (n.kind) {
    case 'reply':
      return `${who} replied to your comment`;
    case 'mention':
      return `${who} mentioned you`;
    case 'like':
      return `${who}${others ? ` and ${others} ${others === 1 ? 'other' : 'others'}` : ''} liked your comment`;
    case 'hidden':
      return `A moderator hid your comment${n.reason ? ` (${reasonLabel(n.reason)})` : ''}`;
    case 'restored':
      return 'A moderator restored your comment';
    case 'approved':
      return 'Your comment was approved';
  }
}
