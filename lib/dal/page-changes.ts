import 'server-only';
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { Client } from 'pg';
import { getDb, getDbKind } from '@/db/client';
import { readDbConfig } from '@/db/config';
import { articleChanged, everythingChanged } from '@/lib/page-cache';

// Tells every app instance's page cache (lib/page-cache.ts) that what anonymous visitors see changed.
// Called by the data layer after a write commits: the local copy is dropped at once, and on PostgreSQL
// a NOTIFY reaches the other instances, which drop theirs. On PGlite there is only ever one process.
//
// What counts as a change: what a comment says and whether it is shown (posting, editing, deleting,
// moderation) and display names. Counters (reactions, likes) are not announced: they are the frequent
// writes, and the cached copy shows them at most PAGE_CACHE_SECONDS late (the writer sees theirs at once,
// since the cache never answers a visitor with a session or a reactor cookie).

const CHANNEL = 'hallyu_page_changes';
const EVERYTHING = '*';
const globalForChanges = globalThis as unknown as { hallyuInstanceId?: string; hallyuPageListener?: Promise<void> };
const instanceId = (globalForChanges.hallyuInstanceId ??= randomUUID());

/** Drops this instance's copies for a target: an article id, or EVERYTHING. */
function dropLocal(target: string) {
  if (target === EVERYTHING) everythingChanged();
  else if (/^\d+$/.test(target)) articleChanged(Number(target));
}

async function announce(target: string) {
  dropLocal(target);
  try {
    if ((await getDbKind()) !== 'postgres') return;
    await (await getDb()).execute(sql`select pg_notify(${CHANNEL}, ${`${instanceId}:${target}`})`);
  } catch {
    // The write is committed; other instances' copies expire within PAGE_CACHE_SECONDS anyway.
  }
}

/** An article's page changed: its comments, or what a comment on it says or whether it is shown. */
export function announceArticleChange(articleId: number): Promise<void> {
  return announce(String(articleId));
}

/** Something shown on many pages changed (a display name). */
export function announceSiteWideChange(): Promise<void> {
  return announce(EVERYTHING);
}

/**
 * On PostgreSQL, listens for other instances' changes for as long as the process runs, reconnecting
 * after a lost connection. Changes announced while disconnected are unknown, so a reconnect drops every
 * cached page. Resolves once it first listens (start-up does not wait for it).
 */
export function listenForPageChanges(): Promise<void> {
  const config = readDbConfig();
  if (config.kind !== 'postgres') return Promise.resolve();
  if (globalForChanges.hallyuPageListener) return globalForChanges.hallyuPageListener;
  let listening: () => void = () => undefined;
  globalForChanges.hallyuPageListener = new Promise<void>((resolve) => (listening = resolve));
  let delayMs = 1_000;
  let reported = false;

  const connect = async () => {
    const client = new Client({ connectionString: config.url, connectionTimeoutMillis: 3_000 });
    let retrying = false;
    // Drops this client and tries again later, saying so once per outage.
    const lost = (why: string) => {
      if (retrying) return; // an error event and a failed connect() can both report one failure
      retrying = true;
      if (!reported) console.error(`[page-cache] change listener lost PostgreSQL (${why}); reconnecting`);
      reported = true;
      client.removeAllListeners();
      client.on('error', () => undefined);
      client.end().catch(() => undefined);
      setTimeout(connect, delayMs).unref();
      delayMs = Math.min(delayMs * 2, 30_000);
    };
    client.on('notification', (message) => {
      const [from, target] = (message.payload ?? '').split(':');
      if (from !== instanceId && target) dropLocal(target);
    });
    client.on('error', (error) => lost(error.message));
    client.on('end', () => lost('disconnected'));
    try {
      await client.connect();
      await client.query(`listen ${CHANNEL}`);
      if (reported) console.error('[page-cache] change listener reconnected');
      reported = false;
      delayMs = 1_000;
      everythingChanged();
      listening();
    } catch (error) {
      lost(error instanceof Error ? error.message : String(error));
    }
  };
  void connect();
  return globalForChanges.hallyuPageListener;
}
