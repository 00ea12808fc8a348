// @ts-check
// The store behind 'use cache' (next.config.ts cacheHandlers.default): Next.js's own in-memory LRU,
// plus tag expirations that this app sets itself, from anywhere in the process and from other
// instances (lib/cache/tag-expiry.ts, fed by PostgreSQL NOTIFY). revalidateTag() only works inside a
// request; an article changed by a script or on another instance must still stop being served here.
// Plain JavaScript: Next.js imports this file at run time, outside its bundles, so its state and the
// app's meet on globalThis.
import defaultHandlers from 'next/dist/server/lib/cache-handlers/default.js';

const { createDefaultCacheHandler } = defaultHandlers;

/** @type {Map<string, number>} tag → when it expired (ms since the epoch) */
const expired = (globalThis.__hallyuTagExpiry ??= new Map());

// 32 MB of cached reads per instance (Next.js's default is 50 MB): every entry is a small list or one
// article, and what is not here is one indexed query away.
const store = createDefaultCacheHandler(32 * 1024 * 1024);

/** When any of these tags (or '*', every tag) last expired. @param {string[]} tags */
const lastExpiry = (tags) => Math.max(expired.get('*') ?? 0, ...tags.map((tag) => expired.get(tag) ?? 0));

/** @type {import('next/dist/server/lib/cache-handlers/types').CacheHandler} */
const handler = {
  async get(cacheKey, softTags) {
    const entry = await store.get(cacheKey, softTags);
    if (!entry || lastExpiry(entry.tags) >= entry.timestamp) return undefined;
    // While this instance cannot hear other instances' changes, an entry may be out of date: it is served
    // once more while a fresh one is made in the background (revalidate -1). If the database is down
    // too, the refresh fails and the entry keeps standing in. Reconnecting expires everything.
    return globalThis.__hallyuCacheDeaf ? { ...entry, revalidate: -1 } : entry;
  },
  set: (cacheKey, pendingEntry) => store.set(cacheKey, pendingEntry),
  refreshTags: () => store.refreshTags(),
  async getExpiration(tags) {
    return Math.max(await store.getExpiration(tags), lastExpiry(tags));
  },
  updateTags: (tags, durations) => store.updateTags(tags, durations),
};

export default handler;
