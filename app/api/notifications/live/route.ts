import { joinNotifications, MAX_NOTIFICATION_STREAMS, notificationStreamCount } from '@/lib/live-notifications';
import { eventStream } from '@/lib/sse';
import { getViewer } from '@/lib/viewer';

// The bell's live count (server-sent events): "unread" with the signed-in reader's count when the stream
// opens and whenever it changes (lib/live-notifications.ts). One stream per browser: the tabs share it
// (components/notification-bell.tsx). Past the per-instance cap the answer is 503 and the count shows on
// the next page instead.

export async function GET(request: Request) {
  const viewer = await getViewer();
  if (!viewer) return new Response('Sign in to see your notifications.', { status: 401 });
  if (notificationStreamCount() >= MAX_NOTIFICATION_STREAMS) return new Response('Too many live readers on this server.', { status: 503 });
  let leave: (() => void) | null = null;
  let ended = false;
  return eventStream(request, { retryMs: 5_000, cacheControl: 'private, no-store' }, (write) => {
    let sequence = 0;
    void joinNotifications(viewer.id, (unread) => write(`id: ${++sequence}\nevent: unread\ndata: ${JSON.stringify({ unread })}\n\n`)).then((stop) => {
      if (ended) stop?.();
      else leave = stop;
    });
    return () => {
      ended = true;
      leave?.();
    };
  });
}
