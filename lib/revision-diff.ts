import { diffWordsWithSpace } from 'diff';
import type { ArticleSnapshot } from '@/db/schema';

// What a revision changed, field by field, as words kept, added and removed (the history page shows
// them; lib/dal/article-revisions.ts finds the two versions).

export const FIELD_LABELS: Record<keyof ArticleSnapshot, string> = {
  title: 'Title',
  slug: 'Slug',
  dek: 'Dek',
  body: 'Body',
  categoryId: 'Category',
  authorId: 'Byline',
  tags: 'Tags',
  heroImage: 'Hero image',
  heroAlt: 'Alt text',
  heroCredit: 'Credit',
  video: 'Video',
  watchCta: 'Watch now',
};

export type DiffPart = { text: string; kind: 'same' | 'added' | 'removed' };
export type FieldDiff = { field: keyof ArticleSnapshot; label: string; parts: DiffPart[] };

/** A field as text, so any two versions compare word by word. */
function asText(snapshot: ArticleSnapshot | null, field: keyof ArticleSnapshot, names: { categories: Map<number, string>; authors: Map<number, string> }): string {
  if (!snapshot) return '';
  const value = snapshot[field];
  if (value === null || value === undefined) return '';
  if (field === 'categoryId') return names.categories.get(value as number) ?? `#${value}`;
  if (field === 'authorId') return names.authors.get(value as number) ?? `#${value}`;
  if (field === 'tags') return (value as string[]).join(', ');
  if (field === 'video') return `${snapshot.video!.provider} ${snapshot.video!.id} “${snapshot.video!.title}”`;
  if (field === 'watchCta') return [snapshot.watchCta!.title, snapshot.watchCta!.platform, snapshot.watchCta!.url, snapshot.watchCta!.image ?? ''].filter(Boolean).join(' · ');
  return String(value);
}

/** The fields that differ between two versions (before null: the first revision, all of it new). */
export function diffSnapshots(before: ArticleSnapshot | null, after: ArticleSnapshot, names: { categories: Map<number, string>; authors: Map<number, string> }): FieldDiff[] {
  return (Object.keys(FIELD_LABELS) as (keyof ArticleSnapshot)[]).flatMap((field) => {
    const a = asText(before, field, names);
    const b = asText(after, field, names);
    if (a === b) return [];
    const parts = diffWordsWithSpace(a, b).map((c): DiffPart => ({ text: c.value, kind: c.added ? 'added' : c.removed ? 'removed' : 'same' }));
    return [{ field, label: FIELD_LABELS[field], parts }];
  });
}
