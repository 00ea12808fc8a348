// Reasons a moderator (or the system) gives for acting on a comment, and readers give for reporting one.
export const MODERATION_REASONS = [
  { code: 'spam', label: 'Spam' },
  { code: 'harassment', label: 'Harassment' },
  { code: 'hate_speech', label: 'Hate speech' },
  { code: 'spoilers', label: 'Spoilers' },
  { code: 'off_topic', label: 'Off-topic' },
  { code: 'misinformation', label: 'Misinformation' },
  { code: 'other', label: 'Other' },
] as const;

export type ModerationReason = (typeof MODERATION_REASONS)[number]['code'];

export const MODERATION_REASON_CODES = MODERATION_REASONS.map((r) => r.code) as unknown as readonly [
  ModerationReason,
  ...ModerationReason[],
];

/** The label people see for a reason code. */
export function reasonLabel(code: ModerationReason | string): string {
  return MODERATION_REASONS.find((r) => r.code === code)?.label ?? 'Other';
}
