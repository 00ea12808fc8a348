'use client';

import Link from 'next/link';
import { useEffect, useState } from 'react';

const CHANNEL = 'hallyu-notifications';

/**
 * The unread count, live: one tab of the browser holds the event stream (/api/notifications/live),
 * chosen with a Web Lock so a reader with ten tabs open costs the server one connection and keeps the
 * browser's few connections per site free; it passes each count to the other tabs. When that tab closes,
 * another takes the lock and the stream over.
 */
function useUnreadCount(initial: number | undefined): number | undefined {
  const [unread, setUnread] = useState(initial);
  useEffect(() => {
    const channel = new BroadcastChannel(CHANNEL);
    const stop = new AbortController();
    let latest: number | undefined;
    channel.onmessage = (event: MessageEvent<{ unread?: number; ask?: true }>) => {
      if (event.data.ask && latest !== undefined) channel.postMessage({ unread: latest });
      if (typeof event.data.unread === 'number') setUnread(event.data.unread);
    };
    const lead = () =>
      new Promise<void>((resolve) => {
        // The lock can be granted just as the component goes away: then there is nothing to lead.
        if (stop.signal.aborted) return resolve();
        const source = new EventSource('/api/notifications/live');
        source.addEventListener('unread', (event) => {
          latest = (JSON.parse((event as MessageEvent<string>).data) as { unread: number }).unread;
          setUnread(latest);
          channel.postMessage({ unread: latest });
        });
        stop.signal.addEventListener('abort', () => {
          source.close();
          resolve();
        });
      });
    if (navigator.locks) void navigator.locks.request(CHANNEL, { signal: stop.signal }, lead).catch(() => undefined);
    else void lead();
    channel.postMessage({ ask: true }); // a tab that is not the leader hears the count at once
    return () => {
      stop.abort();
      channel.close();
    };
  }, []);
  return unread;
}

/** The header's bell: a link to /notifications with the unread count (as the server knew it, then live). */
export function NotificationBell({ unread: initial }: { unread?: number }) {
  const unread = useUnreadCount(initial);
  const shown = unread === undefined || unread === 0 ? null : unread > 99 ? '99+' : String(unread);
  return (
    <Link href="/notifications" aria-label={shown ? `Notifications, ${shown} unread` : 'Notifications'} className="relative inline-flex items-center hover:opacity-80">
      <svg aria-hidden="true" viewBox="0 0 24 24" width="22" height="22" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
        <path d="M6 8a6 6 0 0 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
        <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
      </svg>
      {shown && (
        <span data-testid="unread-count" className="absolute -right-2 -top-2 min-w-5 rounded-full bg-brand-600 px-1 text-center text-xs font-bold leading-5 text-white">
          {shown}
        </span>
      )}
    </Link>
  );
}
