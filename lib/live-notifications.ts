import 'server-only';
import { subscribeToChanges, type ChangeEvent } from '@/lib/change-events';
import { countUnread } from '@/lib/dal/notifications';
import { log } from '@/lib/log';

// The bell's live count: this instance's open notification streams, by reader. Whatever may have
// notified someone (a comment posted, approved or hidden, a like, notifications read elsewhere) arrives
// on any instance through lib/change-events.ts; the hub then counts the unread notifications of every
// reader it holds in ONE statement (coalesced over COALESCE_MS) and sends the new count to those whose
// count moved. The writes need not say whom they notified, and a missed event cannot leave a count wrong
// for longer than the next change.

type Listener = (unread: number) => void;

export const MAX_NOTIFICATION_STREAMS = 5_000;
const COALESCE_MS = 250;

type Hub = { streams: Map<string, Set<Listener>>; last: Map<string, number>; count: number; scheduled: boolean; unsubscribe?: () => void };
const store = globalThis as unknown as { hallyuNotificationHub?: Hub };
const hub: Hub = (store.hallyuNotificationHub ??= { streams: new Map(), last: new Map(), count: 0, scheduled: false });

async function recount() {
  hub.scheduled = false;
  const readers = [...hub.streams.keys()];
  try {
    for (let i = 0; i < readers.length; i += 1_000) {
      const counts = await countUnread(readers.slice(i, i + 1_000));
      for (const [reader, unread] of counts) {
        if (hub.last.get(reader) === unread) continue;
        hub.last.set(reader, unread);
        for (const listener of hub.streams.get(reader) ?? []) listener(unread);
      }
    }
  } catch (error) {
    log.warn({ err: error }, 'notification counts not refreshed; the next change tries again');
  }
}

function onChange(change: ChangeEvent) {
  // A counter change alone is a reaction or a like: only a like notifies, and likes come as counters.
  if (hub.streams.size === 0 || hub.scheduled) return;
  if (change.readers && !change.readers.some((r) => hub.streams.has(r)) && change.article === undefined) return;
  hub.scheduled = true;
  setTimeout(() => void recount(), COALESCE_MS).unref();
}

/** Adds a stream for a reader, sent their unread count now and whenever it changes; null when full. */
export async function joinNotifications(reader: string, listener: Listener): Promise<(() => void) | null> {
  if (hub.count >= MAX_NOTIFICATION_STREAMS) return null;
  hub.unsubscribe ??= subscribeToChanges(onChange);
  const set = hub.streams.get(reader) ?? new Set();
  set.add(listener);
  hub.streams.set(reader, set);
  hub.count++;
  let left = false;
  const unread = (await countUnread([reader])).get(reader) ?? 0;
  hub.last.set(reader, unread);
  listener(unread);
  return () => {
    if (left) return;
    left = true;
    hub.count--;
    set.delete(listener);
    if (set.size === 0) {
      hub.streams.delete(reader);
      hub.last.delete(reader);
    }
  };
}

export const notificationStreamCount = () => hub.count;
