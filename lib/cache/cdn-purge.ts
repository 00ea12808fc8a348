import 'server-only';
// The purge hook for a CDN or shared cache in front (CDN_PURGE_URL): when a write changes what anonymous
// visitors see, the instance that made it POSTs the surrogate keys of the pages to drop, which the
// answers name in Surrogate-Key, Cache-Tag and xkey (lib/page-cache.ts). Body:
//   {"keys": ["article-12"], "all": false}     one article's page (comments, moderation, counters)
//   {"keys": [], "all": true}                  everything (an article edited or unpublished, a rename)
// with `Authorization: Bearer <CDN_PURGE_TOKEN>` when set. A small relay turns it into the CDN's own
// API (Fastly's purge by surrogate key, Cloudflare's purge by cache tag, Varnish's xkey); the README
// shows how. A failed purge is logged, never retried: the copies expire after PAGE_CACHE_SECONDS anyway.
import { config } from '@/lib/config';
import { log } from '@/lib/log';

export type Purge = { keys: string[]; all: boolean };

export function purgeFor(change: { article?: number; everything?: boolean }): Purge | null {
  if (change.everything) return { keys: [], all: true };
  if (typeof change.article === 'number') return { keys: [`article-${change.article}`], all: false };
  return null;
}

export async function purgeSharedCache(change: { article?: number; everything?: boolean }): Promise<void> {
  const target = config().cdnPurge;
  const purge = purgeFor(change);
  if (!target || !purge) return;
  try {
    const response = await fetch(target.url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...(target.token ? { Authorization: `Bearer ${target.token}` } : {}) },
      body: JSON.stringify(purge),
      signal: AbortSignal.timeout(5_000),
    });
    if (!response.ok) log.warn({ status: response.status, purge }, 'CDN purge refused');
  } catch (error) {
    log.warn({ err: error, purge }, 'CDN purge failed');
  }
}
