// Reasons a moderator (or the system) gives for acting on a comment, and readers give for reporting one.
// The codes are the database enum's (db/enums.ts); this adds the label people see.
import { MODERATION_REASON_CODES, type ModerationReason } from '@/db/enums';

export { MODERATION_REASON_CODES, type ModerationReason };

const LABELS: Record<ModerationReason, string> = {
  spam: 'Spam',
  harassment: 'Harassment',
  hate_speech: 'Hate speech',
  spoilers: 'Spoilers',
  off_topic: 'Off-topic',
  misinformation: 'Misinformation',
  other: 'Other',
};

export const MODERATION_REASONS = MODERATION_REASON_CODES.map((code) => ({ code, label: LABELS[code] }));

/** The label people see for a reason code. */
export function reasonLabel(code: ModerationReason | string): string {
  return LABELS[code as ModerationReason] ?? 'Other';
}
