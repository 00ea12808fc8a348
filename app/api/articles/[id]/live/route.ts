import { joinLiveThread, liveStreamCount, MAX_LIVE_STREAMS, type LiveMessage } from '@/lib/live-threads';
import { eventStream } from '@/lib/sse';

// A live comment thread (server-sent events): what changes on the article, sent as it happens, from
// the instance's hub (lib/live-threads.ts). Anyone may listen: it carries only what an anonymous reader
// sees. Event ids count this stream's events; a browser that reconnects sends the last one it got, and
// is told to resync once (events are not kept), so it misses nothing and sees nothing twice. Past
// MAX_LIVE_STREAMS the answer is 503 and the page says to reload instead.

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!/^\d{1,10}$/.test(id)) return new Response('Unknown article.', { status: 404 });
  // A refusal a browser does not retry (EventSource gives up on a non-200 answer).
  if (liveStreamCount() >= MAX_LIVE_STREAMS) return new Response('Too many live readers on this server; reload to see new comments.', { status: 503 });
  const lastEventId = request.headers.get('last-event-id');
  return eventStream(request, { retryMs: 3_000, cacheControl: 'no-store' }, (write) => {
    let sequence = Number(lastEventId) || 0;
    const send = (message: LiveMessage) => write(`id: ${++sequence}\nevent: ${message.type}\ndata: ${JSON.stringify(message)}\n\n`);
    const leave = joinLiveThread(Number(id), send); // null: filled up since the check above
    if (leave && lastEventId !== null) send({ type: 'resync' }); // back after a cut: catch up once
    return leave;
  });
}
