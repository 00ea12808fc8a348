// The six answers to "How does this article make you feel?", defined once:
// the database enum, the validation schema and the reaction bar all read this list.
export const REACTIONS = [
  { kind: 'love', emoji: '❤️', label: 'Love' },
  { kind: 'haha', emoji: '😂', label: 'Haha' },
  { kind: 'wow', emoji: '😮', label: 'Wow' },
  { kind: 'sad', emoji: '😢', label: 'Sad' },
  { kind: 'angry', emoji: '😡', label: 'Angry' },
  { kind: 'want_more', emoji: '🙌', label: 'Want more' },
] as const;

export type ReactionKind = (typeof REACTIONS)[number]['kind'];

export const REACTION_KINDS = REACTIONS.map((r) => r.kind) as unknown as readonly [
  ReactionKind,
  ...ReactionKind[],
];
