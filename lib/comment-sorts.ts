// How a comment thread can be ordered: the values the URL and "Load more" accept, and their labels.
export const COMMENT_SORTS = [
  { value: 'newest', label: 'Newest' },
  { value: 'oldest', label: 'Oldest' },
  { value: 'top', label: 'Top' },
  { value: 'featured', label: 'Featured' },
] as const;

export type CommentSort = (typeof COMMENT_SORTS)[number]['value'];
export const COMMENT_SORT_VALUES = COMMENT_SORTS.map((s) => s.value) as [CommentSort, ...CommentSort[]];
