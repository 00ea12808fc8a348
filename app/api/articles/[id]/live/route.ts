import { joinLiveThread, liveStreamCount, MAX_LIVE_STREAMS, type LiveMessage } from '@/lib/live-threads';

// A live comment thread (server-sent events): what changes on the article, sent as it happens, from
// the instance's hub (lib/live-threads.ts). Anyone may listen: it carries only what an anonymous reader
// sees. Event ids count this stream's events; a browser that reconnects sends the last one it got, and
// is told to resync once (events are not kept), so it misses nothing and sees nothing twice. Past
// MAX_LIVE_STREAMS the answer is 503 and the page says to reload instead.
const KEEPALIVE_MS = 25_000;
const HEADERS = { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-store', 'X-Accel-Buffering': 'no' };

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!/^\d{1,10}$/.test(id)) return new Response('Unknown article.', { status: 404 });
  // A refusal a browser does not retry (EventSource gives up on a non-200 answer).
  if (liveStreamCount() >= MAX_LIVE_STREAMS) return new Response('Too many live readers on this server; reload to see new comments.', { status: 503 });
  const encoder = new TextEncoder();
  let leave: (() => void) | null = null;
  let keepalive: NodeJS.Timeout | undefined;
  const stop = () => {
    leave?.();
    clearInterval(keepalive);
  };
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      let sequence = Number(request.headers.get('last-event-id')) || 0;
      const write = (text: string) => {
        try {
          controller.enqueue(encoder.encode(text));
        } catch {
          stop(); // the reader went away
        }
      };
      const send = (message: LiveMessage) => write(`id: ${++sequence}\nevent: ${message.type}\ndata: ${JSON.stringify(message)}\n\n`);
      leave = joinLiveThread(Number(id), send);
      if (!leave) return controller.close(); // filled up since the check above
      write('retry: 3000\n\n');
      if (request.headers.has('last-event-id')) send({ type: 'resync' }); // back after a cut: catch up once
      keepalive = setInterval(() => write(': keepalive\n\n'), KEEPALIVE_MS);
      request.signal.addEventListener('abort', () => {
        stop();
        try {
          controller.close();
        } catch {
          // already closed
        }
      });
    },
    cancel: stop,
  });
  return new Response(stream, { headers: HEADERS });
}
