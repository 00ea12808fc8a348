// The six answers to "How does this article make you feel?". The kinds are the database enum's
// (db/enums.ts); this adds what people see for each, in the order the reaction bar shows them.
import { REACTION_KINDS, type ReactionKind } from '@/db/enums';

export { REACTION_KINDS, type ReactionKind };

const LOOKS: Record<ReactionKind, { emoji: string; label: string }> = {
  love: { emoji: '❤️', label: 'Love' },
  haha: { emoji: '😂', label: 'Haha' },
  wow: { emoji: '😮', label: 'Wow' },
  sad: { emoji: '😢', label: 'Sad' },
  angry: { emoji: '😡', label: 'Angry' },
  want_more: { emoji: '🙌', label: 'Want more' },
};

export const REACTIONS = REACTION_KINDS.map((kind) => ({ kind, ...LOOKS[kind] }));
