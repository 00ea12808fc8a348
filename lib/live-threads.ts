import 'server-only';
import { subscribeToChanges, type ChangeEvent } from '@/lib/change-events';
import { listPublicComments, type CommentView } from '@/lib/dal/comments';
import { getReactionSummary } from '@/lib/dal/reactions';
import type { ReactionKind } from '@/lib/reactions';
import { log } from '@/lib/log';

// Live threads: this instance's open comment streams, by article. Every change to an article made on
// any instance arrives through lib/change-events.ts (PostgreSQL NOTIFY between instances); the hub
// reads what changed ONCE per instance, as an anonymous reader sees it, and sends that to every stream
// of the article. Readers never ask the server again for a live update, so 1,000 open streams cost one
// read per change, not 1,000. A change that names no comment (a bulk action) asks streams to resync.

export type LiveMessage =
  | { type: 'comments'; comments: CommentView[] }
  | { type: 'reactions'; counts: Record<ReactionKind, number> }
  | { type: 'resync' };

type Listener = (message: LiveMessage) => void;

/** Open streams per instance; past it a stream is refused and the page says to reload. */
export const MAX_LIVE_STREAMS = 5_000;
const COALESCE_MS = 100;

type Hub = { streams: Map<number, Set<Listener>>; count: number; pending: Map<number, ChangeEvent[]>; unsubscribe?: () => void };
const store = globalThis as unknown as { hallyuLiveHub?: Hub };
const hub: Hub = (store.hallyuLiveHub ??= { streams: new Map(), count: 0, pending: new Map() });

function broadcast(articleId: number, message: LiveMessage) {
  for (const listener of hub.streams.get(articleId) ?? []) listener(message);
}

/** The changes to one article in the last COALESCE_MS, read once and sent to its streams. */
async function flush(articleId: number) {
  const changes = hub.pending.get(articleId) ?? [];
  hub.pending.delete(articleId);
  if (!hub.streams.get(articleId)?.size) return;
  try {
    const ids = [...new Set(changes.flatMap((c) => c.comments ?? []))];
    if (changes.some((c) => !c.comments && !c.counters)) broadcast(articleId, { type: 'resync' });
    else if (ids.length) broadcast(articleId, { type: 'comments', comments: await listPublicComments(articleId, ids) });
    if (changes.some((c) => c.counters)) broadcast(articleId, { type: 'reactions', counts: (await getReactionSummary(articleId, null)).counts });
  } catch (error) {
    log.warn({ err: error, articleId }, 'live thread update failed; streams resync');
    broadcast(articleId, { type: 'resync' });
  }
}

function onChange(change: ChangeEvent) {
  if (change.everything) {
    for (const articleId of hub.streams.keys()) broadcast(articleId, { type: 'resync' });
    return;
  }
  const articleId = change.article;
  if (articleId === undefined || !hub.streams.get(articleId)?.size) return;
  const queued = hub.pending.get(articleId);
  if (queued) return void queued.push(change);
  hub.pending.set(articleId, [change]);
  setTimeout(() => void flush(articleId), COALESCE_MS).unref();
}

/** Adds a stream for an article; null when this instance already holds MAX_LIVE_STREAMS. */
export function joinLiveThread(articleId: number, listener: Listener): (() => void) | null {
  if (hub.count >= MAX_LIVE_STREAMS) return null;
  hub.unsubscribe ??= subscribeToChanges(onChange);
  const set = hub.streams.get(articleId) ?? new Set();
  set.add(listener);
  hub.streams.set(articleId, set);
  hub.count++;
  let left = false;
  return () => {
    if (left) return;
    left = true;
    hub.count--;
    set.delete(listener);
    if (set.size === 0) hub.streams.delete(articleId);
  };
}

export const liveStreamCount = () => hub.count;
