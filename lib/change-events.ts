import 'server-only';
import { EventEmitter } from 'node:events';

// This instance's feed of "something changed" (a comment posted, hidden, approved, reported away; an
// article's controls), from its own writes and, through PostgreSQL NOTIFY, from every other instance's
// (lib/dal/page-changes.ts). Live views (the moderation queue's event stream) listen here. Kept on
// globalThis: route handlers and the code that writes may be bundled apart, and must share one feed.

// `readers`: only these readers' notifications changed (nothing on any page).
export type ChangeEvent = { article?: number; comments?: number[]; counters?: boolean; everything?: boolean; readers?: string[] };

const store = globalThis as unknown as { hallyuChangeEvents?: EventEmitter };
const emitter = (store.hallyuChangeEvents ??= new EventEmitter().setMaxListeners(0));

export function publishChange(change: ChangeEvent) {
  emitter.emit('change', change);
}

/** Calls `listener` for every change until the returned function is called. */
export function subscribeToChanges(listener: (change: ChangeEvent) => void): () => void {
  emitter.on('change', listener);
  return () => emitter.off('change', listener);
}

/** How many live views this instance is feeding (their streams each hold one subscription). */
export const liveSubscribers = () => emitter.listenerCount('change');
