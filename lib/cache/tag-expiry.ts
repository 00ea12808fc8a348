// Expiring 'use cache' tags in this process, from anywhere (a data-layer write, a script's change heard
// through NOTIFY): the cache handler (use-cache-handler.mjs) stops serving entries with an expired tag.
// Shared with the handler through globalThis, because Next.js loads the handler outside the app bundle.
const globalForTags = globalThis as unknown as { __hallyuTagExpiry?: Map<string, number>; __hallyuCacheDeaf?: boolean };
const expired = (globalForTags.__hallyuTagExpiry ??= new Map<string, number>());

// No cached read lives longer than a day (cacheLife 'hours' expires entries after one), so an expiry
// older than that can no longer match an entry and is forgotten.
const LONGEST_ENTRY_MS = 24 * 3600 * 1000;

/** Entries tagged with any of these, made until now, are not served again. */
export function expireTagsLocally(tags: string[]): void {
  const now = Date.now();
  if (expired.size > 10_000) for (const [tag, at] of expired) if (now - at > LONGEST_ENTRY_MS) expired.delete(tag);
  for (const tag of tags) expired.set(tag, now);
}

/** Every entry made until now is not served again (this instance may have missed changes). */
export function expireAllTagsLocally(): void {
  expireTagsLocally(['*']);
}

/**
 * Whether this instance cannot hear other instances' changes (its listener is down or silent). Then the
 * page cache (lib/page-cache.ts) renders afresh and the 'use cache' store (use-cache-handler.mjs)
 * refreshes what it serves; their old copies only stand in when the database is down too. A single-
 * process database (PGlite) is never deaf.
 */
export function setCacheDeaf(deaf: boolean): void {
  globalForTags.__hallyuCacheDeaf = deaf;
}

export function isCacheDeaf(): boolean {
  return globalForTags.__hallyuCacheDeaf === true;
}
