'use client';

import { useRouter } from 'next/navigation';
import { useEffect, useState } from 'react';

/**
 * Keeps an open queue current: the server's event stream says when a comment changed anywhere, and the
 * page refreshes in place (selections and focus stay). Without JavaScript, or when the stream is refused,
 * the page stays as it is and a reload shows what is new.
 */
export function QueueLive() {
  const router = useRouter();
  const [state, setState] = useState<'connecting' | 'live' | 'off'>('connecting');
  useEffect(() => {
    const events = new EventSource('/api/moderation/events');
    events.onopen = () => setState('live');
    events.addEventListener('changed', () => router.refresh());
    events.onerror = () => setState(events.readyState === EventSource.CLOSED ? 'off' : 'connecting');
    return () => events.close();
  }, [router]);
  return (
    <p className="text-xs text-zinc-600 dark:text-zinc-400" aria-live="polite">
      {state === 'live' ? '● Live: new items appear by themselves.' : state === 'off' ? 'Live updates are off: reload to see new items.' : 'Connecting for live updates…'}
    </p>
  );
}
