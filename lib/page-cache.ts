import 'server-only';
import { config } from '@/lib/config';
import { isCacheDeaf } from '@/lib/cache/tag-expiry';

// The page cache for anonymous visitors. A visitor with no session and no reactor cookie sees exactly
// what every other such visitor sees, so proxy.ts answers them from this per-process copy of the page's
// HTML instead of rendering it again (the difference is two orders of magnitude under load). Each answer
// gets a fresh CSP nonce. It is a cache that may be wrong for a moment, never shared state:
// - a comment posted, edited or deleted and every moderation change drop that article's page after the
//   transaction commits, and a new display name drops every page (lib/dal/page-changes.ts): here at
//   once, and on other instances through PostgreSQL NOTIFY;
// - counters (reactions, likes) drop nothing: an article page, and lists (home, archives) whose cards
//   show counts, show them at most PAGE_CACHE_SECONDS late;
// - past PAGE_CACHE_SECONDS a page is served once more while one request renders it again in the
//   background; past STALE_SECONDS it is rendered before answering;
// - signed-in readers, visitors who reacted, bots, client-side navigations and all writes bypass it.

const PAGE_CACHE_SECONDS = config().pageCacheSeconds;
const STALE_SECONDS = 60;
const MAX_ENTRIES = 500;
const MAX_BYTES = 64 * 1024 * 1024;
/** Sent by the cache's own render requests, which must not be answered from the cache. */
export const FILL_HEADER = 'x-hallyu-page-cache';
const RENDER_TIMEOUT_MS = 15_000;
/**
 * The attribute on every "unavailable right now" notice. A page rendered while the database was down
 * is answered but not kept, or it would outlive the outage. User text cannot forge it: React escapes
 * the quotes.
 */
const DEGRADED_MARKER = 'data-unavailable=""';

// The page is kept as UTF-8 bytes split where its nonce was, so an answer is one Buffer.concat with the
// new nonce: no 70 kB string to copy, scan and encode per request.
type Entry = { parts: Buffer[]; size: number; headers: [string, string][]; storedAt: number; articleId: number | null; degraded?: boolean };
type State = {
  entries: Map<string, Entry>;
  bytes: number;
  filling: Map<string, Promise<Entry | null>>;
  /** Bumped by every change; an entry rendered before a change to its article is not stored. */
  versions: Map<number, number>;
  everything: number;
};
const globalForCache = globalThis as unknown as { hallyuPageCache?: State };
const state: State = (globalForCache.hallyuPageCache ??= { entries: new Map(), bytes: 0, filling: new Map(), versions: new Map(), everything: 0 });

const version = (articleId: number | null) => state.everything * 1e9 + (articleId === null ? 0 : (state.versions.get(articleId) ?? 0));

function drop(key: string) {
  const entry = state.entries.get(key);
  if (!entry) return;
  state.bytes -= entry.size;
  state.entries.delete(key);
}

/** An article's page changed: anonymous visitors get a fresh render from now on. */
export function articleChanged(articleId: number) {
  state.versions.set(articleId, (state.versions.get(articleId) ?? 0) + 1);
  for (const [key, entry] of state.entries) if (entry.articleId === articleId) drop(key);
}

/** Something shown on many pages changed (a display name, a role): drop every page. */
export function everythingChanged() {
  state.everything++;
  state.entries.clear();
  state.bytes = 0;
}

// Headers that belong to one response, not to the page, and Next.js's own notes about the render.
const PER_RESPONSE = new Set(['set-cookie', 'content-length', 'content-encoding', 'transfer-encoding', 'connection', 'keep-alive', 'date', 'content-security-policy', 'cache-control']);

/**
 * What a shared cache in front (a CDN, Varnish) may do with an anonymous copy: keep it as long as this
 * instance does, then serve it stale while it fetches a new one. Browsers revalidate every time
 * (max-age=0). SURROGATE_KEY_HEADERS name the copy for purging, in the spellings common caches read.
 */
const SHARED_CACHE_CONTROL = `public, max-age=0, s-maxage=${Math.max(PAGE_CACHE_SECONDS, 1)}, stale-while-revalidate=${STALE_SECONDS}`;
const SURROGATE_KEY_HEADERS = ['surrogate-key', 'cache-tag', 'xkey'];
const keepHeader = (name: string) => !PER_RESPONSE.has(name) && !name.startsWith('x-nextjs-');

async function render(key: string, articleId: number | null, origin: string, surrogateKeys: () => Promise<string[]>): Promise<Entry | null> {
  const before = version(articleId);
  const response = await fetch(origin + key, {
    headers: { [FILL_HEADER]: 'fill', 'accept-encoding': 'identity' },
    redirect: 'manual',
    cache: 'no-store',
    signal: AbortSignal.timeout(RENDER_TIMEOUT_MS),
  });
  const html = await response.text();
  const nonce = /'nonce-([^']+)'/.exec(response.headers.get('content-security-policy') ?? '')?.[1];
  // Only a plain, complete, anonymous page is worth keeping.
  if (response.status !== 200 || !nonce || response.headers.has('set-cookie') || !response.headers.get('content-type')?.startsWith('text/html')) return null;
  const parts = html.split(nonce).map((part) => Buffer.from(part));
  const names = (await surrogateKeys()).join(' ');
  const entry: Entry = {
    parts,
    size: parts.reduce((sum, part) => sum + part.length, 0),
    headers: [
      ...[...response.headers].filter(([name]) => keepHeader(name)),
      ['cache-control', SHARED_CACHE_CONTROL],
      ...(names ? SURROGATE_KEY_HEADERS.map((header): [string, string] => [header, names]) : []),
    ],
    storedAt: Date.now(),
    articleId,
  };
  // Changed while rendering, or rendered without its database: answer with it, do not keep it.
  if (html.includes(DEGRADED_MARKER)) return { ...entry, degraded: true };
  if (version(articleId) !== before) return entry;
  drop(key);
  while (state.entries.size >= MAX_ENTRIES || (state.bytes + entry.size > MAX_BYTES && state.entries.size > 0)) drop(state.entries.keys().next().value!);
  state.entries.set(key, entry);
  state.bytes += entry.size;
  return entry;
}

function fill(key: string, articleId: number | null, origin: string, surrogateKeys: () => Promise<string[]>): Promise<Entry | null> {
  let pending = state.filling.get(key);
  if (!pending) {
    pending = render(key, articleId, origin, surrogateKeys)
      .catch(() => null)
      .finally(() => state.filling.delete(key));
    state.filling.set(key, pending);
  }
  return pending;
}

export type CachedPage = { body: Uint8Array<ArrayBuffer>; headers: [string, string][]; outcome: 'hit' | 'stale' | 'miss' };

/**
 * The page at `key` (path and query) for an anonymous visitor, with `nonce` in place of the one it was
 * rendered with; null when it cannot be cached (the caller lets the request render normally).
 */
export async function cachedPage(
  key: string,
  articleId: number | null,
  origin: string,
  nonce: string,
  surrogateKeys: () => Promise<string[]> = async () => [],
): Promise<CachedPage | null> {
  if (!(PAGE_CACHE_SECONDS > 0)) return null;
  let entry = state.entries.get(key);
  let outcome: CachedPage['outcome'] = 'hit';
  const age = entry ? (Date.now() - entry.storedAt) / 1000 : Infinity;
  if (isCacheDeaf()) {
    // This instance cannot hear other instances' changes (lib/dal/page-changes.ts), so its copy may be
    // out of date: render afresh. The kept copy only stands in when that render fails (the database
    // is down too, so nobody can be changing anything), as during any outage.
    const fresh = await fill(key, articleId, origin, surrogateKeys);
    if (fresh && !fresh.degraded) entry = fresh;
    else if (!(entry && age <= STALE_SECONDS)) entry = fresh ?? undefined;
    outcome = entry === fresh ? 'miss' : 'stale';
    if (!entry) return null;
  } else if (entry && age > PAGE_CACHE_SECONDS) {
    if (age <= STALE_SECONDS) {
      outcome = 'stale';
      void fill(key, articleId, origin, surrogateKeys); // the next visitor gets the new render
    } else entry = undefined;
  }
  if (!entry) {
    outcome = 'miss';
    entry = (await fill(key, articleId, origin, surrogateKeys)) ?? undefined;
    if (!entry) return null;
  }
  const nonceBytes = Buffer.from(nonce);
  const pieces: Buffer[] = [];
  entry.parts.forEach((part, i) => (i === 0 ? pieces.push(part) : pieces.push(nonceBytes, part)));
  // Buffer.concat allocates a fresh, plain ArrayBuffer (never a shared one), which a Response accepts.
  return { body: Buffer.concat(pieces) as Uint8Array<ArrayBuffer>, headers: entry.headers, outcome };
}

const HTML_TAG = Buffer.from('<html');

/**
 * The shared copy as answered to someone with a session or a reactor cookie: marked (with the article
 * it shows, if any) so that the page's JavaScript asks for their personal view, and never for a shared
 * cache to keep.
 */
export function personalizedCopy(page: CachedPage, articleId: number | null): CachedPage {
  const body = Buffer.from(page.body.buffer, page.body.byteOffset, page.body.byteLength);
  const at = body.indexOf(HTML_TAG);
  const mark = Buffer.from(` data-personalize="${articleId ?? ''}"`);
  const marked = at < 0 ? body : Buffer.concat([body.subarray(0, at + HTML_TAG.length), mark, body.subarray(at + HTML_TAG.length)]);
  const headers = page.headers.filter(([name]) => name !== 'cache-control' && !SURROGATE_KEY_HEADERS.includes(name));
  return { ...page, body: marked as Uint8Array<ArrayBuffer>, headers: [...headers, ['cache-control', 'private, no-store']] };
}
