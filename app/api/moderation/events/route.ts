import { liveSubscribers, subscribeToChanges } from '@/lib/change-events';
import { staffRole } from '@/lib/dal/staff';
import { eventStream } from '@/lib/sse';
import { getViewer } from '@/lib/viewer';

// Server-sent events for the moderation queue: "changed" whenever a comment or an article's controls
// change on any instance (lib/change-events.ts), at once after a quiet second and at most once a second
// in a burst, so an open queue refreshes itself. Staff only. Each stream costs one listener and a timer;
// an instance keeps at most MAX_STREAMS, and past that answers 503 so the page stays as it is (a reload
// still shows what is new).
const MAX_STREAMS = 200;
const COALESCE_MS = 1_000;

export async function GET(request: Request) {
  const viewer = await getViewer();
  if (!viewer || !(await staffRole(viewer.id))) return new Response('Staff only.', { status: 403 });
  if (liveSubscribers() >= MAX_STREAMS) return new Response('Too many live views on this server; reload to see new items.', { status: 503 });
  return eventStream(request, { retryMs: 5_000, cacheControl: 'private, no-store' }, (write) => {
    let sequence = 0;
    let pending: NodeJS.Timeout | undefined;
    let lastSentAt = 0;
    const changed = () => {
      pending = undefined;
      lastSentAt = Date.now();
      write(`id: ${++sequence}\nevent: changed\ndata: {}\n\n`);
    };
    // The first change after a quiet second goes out at once; a burst after it, once a second later.
    const unsubscribe = subscribeToChanges((change) => {
      if (pending || (change.readers && change.article === undefined && !change.everything)) return; // only someone's notifications
      const wait = lastSentAt + COALESCE_MS - Date.now();
      if (wait <= 0) changed();
      else pending = setTimeout(changed, wait);
    });
    return () => {
      unsubscribe();
      clearTimeout(pending);
    };
  });
}
