// The moderation queue's keyboard shortcuts: what the queue form listens for and what the page lists.
export const SHORTCUTS = [
  { key: 'j', does: 'next comment' },
  { key: 'k', does: 'previous comment' },
  { key: 'a', does: 'approve the current comment' },
  { key: 'h', does: 'hide the current comment (with the reason chosen above)' },
  { key: 'x', does: 'select or unselect the current comment' },
] as const;
