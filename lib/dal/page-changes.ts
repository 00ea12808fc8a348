import 'server-only';
import { log } from '@/lib/log';
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { Client } from 'pg';
import { connectionName, getDb, getDbKind } from '@/db/client';
import { readDbConfig } from '@/db/config';
import { purgeSharedCache } from '@/lib/cache/cdn-purge';
import { expireAllTagsLocally, expireTagsLocally, setCacheDeaf } from '@/lib/cache/tag-expiry';
import { articleChanged, everythingChanged } from '@/lib/page-cache';
import { publishChange } from '@/lib/change-events';
import { forgetSlugs } from './slugs';

// Tells every app instance's page cache (lib/page-cache.ts) that what anonymous visitors see changed.
// Called by the data layer after a write commits: the local copy is dropped at once, and on PostgreSQL
// a NOTIFY reaches the other instances, which drop theirs. On PGlite there is only ever one process.
//
// What counts as a change: an article itself (its 'use cache' reads are expired by tag too, through
// lib/cache), what a comment says and whether it is shown (posting, editing, deleting, moderation) and
// display names. Counters (reactions, likes) are the frequent writes: their announcements are coalesced
// to one per article per COUNTER_COALESCE_MS on each instance, so a storm of reactions on a hot article
// costs each instance a few renders a second, not one per reaction (the writer sees theirs at once,
// since the cache never answers a visitor with a session or a reactor cookie).

const CHANNEL = 'hallyu_page_changes';
const globalForChanges = globalThis as unknown as { hallyuInstanceId?: string; hallyuPageListener?: Promise<void> };
const instanceId = (globalForChanges.hallyuInstanceId ??= randomUUID());
const COUNTER_COALESCE_MS = 200;
const pendingCounters = ((globalThis as unknown as { hallyuPendingCounters?: Set<number> }).hallyuPendingCounters ??= new Set());

/**
 * What changed: one article's page (and which of its comments, or its counters, for the live threads of
 * lib/live-threads.ts), every page, and the 'use cache' tags whose reads changed.
 */
type Change = { article?: number; comments?: number[]; counters?: boolean; everything?: boolean; tags?: string[]; readers?: string[] };

/** Drops this instance's copies of what changed. */
function applyLocally(change: Change) {
  publishChange({ article: change.article, comments: change.comments, counters: change.counters, everything: change.everything, readers: change.readers });
  if (change.tags?.length) expireTagsLocally(change.tags);
  if (change.everything) {
    everythingChanged();
    forgetSlugs();
  } else if (typeof change.article === 'number') articleChanged(change.article);
}

async function announce(change: Change) {
  applyLocally(change);
  void purgeSharedCache(change); // a CDN in front, once, by the instance that made the change
  try {
    if ((await getDbKind()) !== 'postgres') return;
    await (await getDb()).execute(sql`select pg_notify(${CHANNEL}, ${JSON.stringify({ from: instanceId, ...change })})`);
  } catch {
    // The write is committed; other instances' copies expire within PAGE_CACHE_SECONDS anyway.
  }
}

/**
 * An article's page changed: its comments, or what a comment on it says or whether it is shown. Name the
 * comments that changed when known: open live threads then receive just those.
 */
export function announceArticleChange(articleId: number, commentIds?: number[]): Promise<void> {
  return announce({ article: articleId, comments: commentIds?.length ? commentIds : undefined });
}

/**
 * An article's counters moved (a reaction, a like on one of its comments): announced once for all the
 * changes of the next COUNTER_COALESCE_MS, so every instance shows the new counts within a second.
 */
export function announceCounterChange(articleId: number): void {
  if (pendingCounters.has(articleId)) return;
  pendingCounters.add(articleId);
  setTimeout(() => {
    pendingCounters.delete(articleId);
    void announce({ article: articleId, counters: true });
  }, COUNTER_COALESCE_MS).unref();
}

/** These readers' notifications changed without a comment changing (read on another device). */
export function announceNotifications(readers: string[]): Promise<void> {
  return announce({ readers });
}

/** Something shown on many pages changed (a display name). */
export function announceSiteWideChange(): Promise<void> {
  return announce({ everything: true });
}

/**
 * An article itself changed (its text, title, slug or whether it is published): every page that lists
 * it, and every cached read of it (by each slug it had), on every instance.
 */
export function announceArticleEdit(slugs: string[]): Promise<void> {
  return announce({ everything: true, tags: ['articles', 'trending', ...slugs.map((slug) => `article:${slug}`)] });
}

/** A category or tag was added or renamed: the navigation and every page that names one. */
export function announceTaxonomyChange(): Promise<void> {
  return announce({ everything: true, tags: ['categories', 'articles', 'trending'] });
}

// A listener's connection can die without a word (its server frozen, a NAT or failover dropping it):
// it is asked a trivial question every HEARTBEAT_MS, and one not answered within HEARTBEAT_TIMEOUT_MS
// counts as lost. Lost to reconnected takes at most about HEARTBEAT_MS + HEARTBEAT_TIMEOUT_MS + 1 s.
const HEARTBEAT_MS = 1_000;
const HEARTBEAT_TIMEOUT_MS = 2_500;

/**
 * On PostgreSQL, listens for other instances' changes for as long as the process runs, reconnecting
 * after a lost or silent connection. While it does not listen the instance is deaf: nothing cached is
 * served without a fresh read (lib/cache/tag-expiry.ts); changes announced meanwhile are unknown, so a
 * reconnect drops everything cached. Resolves once it first listens (start-up does not wait for it).
 */
export function listenForPageChanges(): Promise<void> {
  const config = readDbConfig();
  if (config.kind !== 'postgres') return Promise.resolve();
  if (globalForChanges.hallyuPageListener) return globalForChanges.hallyuPageListener;
  let listening: () => void = () => undefined;
  globalForChanges.hallyuPageListener = new Promise<void>((resolve) => (listening = resolve));
  let delayMs = 250; // the first retry comes quickly; later ones back off to 30 s
  let reported = false;
  setCacheDeaf(true); // until the first LISTEN

  const connect = async () => {
    // LISTEN needs a session of its own: past a transaction-mode pooler, straight to PostgreSQL.
    const client = new Client({ connectionString: config.directUrl ?? config.url, connectionTimeoutMillis: 3_000, application_name: connectionName('listener') });
    let retrying = false;
    let heartbeat: NodeJS.Timeout | undefined;
    // Drops this client and tries again later, saying so once per outage.
    const lost = (why: string) => {
      if (retrying) return; // an error event, a failed connect() and a silent heartbeat can all report one failure
      retrying = true;
      setCacheDeaf(true);
      clearInterval(heartbeat);
      if (!reported) log.error({ why }, 'change listener lost PostgreSQL; reconnecting');
      reported = true;
      client.removeAllListeners();
      client.on('error', () => undefined);
      // end() waits for a goodbye a frozen server never sends: close the socket instead.
      (client as unknown as { connection?: { stream?: { destroy: () => void } } }).connection?.stream?.destroy();
      client.end().catch(() => undefined);
      setTimeout(connect, delayMs).unref();
      delayMs = Math.min(delayMs * 2, 30_000);
    };
    client.on('notification', (message) => {
      try {
        const { from, ...change } = JSON.parse(message.payload ?? '{}') as Change & { from?: string };
        if (from !== instanceId) applyLocally(change);
      } catch {
        // not ours
      }
    });
    client.on('error', (error) => lost(error.message));
    client.on('end', () => lost('disconnected'));
    try {
      await client.connect();
      await client.query(`listen ${CHANNEL}`);
      if (reported) log.warn('change listener reconnected');
      reported = false;
      delayMs = 250;
      // Changes made while this instance was not listening are unknown: drop everything it cached.
      applyLocally({ everything: true });
      expireAllTagsLocally();
      setCacheDeaf(false);
      heartbeat = setInterval(() => {
        const silent = setTimeout(() => lost(`no answer within ${HEARTBEAT_TIMEOUT_MS} ms`), HEARTBEAT_TIMEOUT_MS);
        client
          .query('select 1')
          .catch((error: unknown) => lost(error instanceof Error ? error.message : String(error)))
          .finally(() => clearTimeout(silent));
      }, HEARTBEAT_MS);
      heartbeat.unref();
      listening();
    } catch (error) {
      lost(error instanceof Error ? error.message : String(error));
    }
  };
  void connect();
  return globalForChanges.hallyuPageListener;
}
