import 'server-only';

// The plumbing of a server-sent event stream, shared by the live streams (the moderation queue's and each
// article's): text out, a keep-alive comment every 25 s (proxies close silent connections), the
// browser's retry delay, and one clean-up however the stream ends (the reader leaves, or a write fails).

const KEEPALIVE_MS = 25_000;

/**
 * Answers with a stream. `open` gets the stream's writer once it starts and returns what ends its
 * subscriptions, or null to end the stream at once (e.g. the instance filled up meanwhile).
 */
export function eventStream(request: Request, options: { retryMs: number; cacheControl: string }, open: (write: (text: string) => void) => (() => void) | null): Response {
  const encoder = new TextEncoder();
  let stop = () => undefined as void;
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      let stopped = false;
      let keepalive: NodeJS.Timeout | undefined = undefined;
      let close: (() => void) | null = null;
      stop = () => {
        if (stopped) return;
        stopped = true;
        clearInterval(keepalive);
        close?.();
        try {
          controller.close();
        } catch {
          // already closed
        }
      };
      const write = (text: string) => {
        if (stopped) return;
        try {
          controller.enqueue(encoder.encode(text));
        } catch {
          stop(); // the reader went away
        }
      };
      write(`retry: ${options.retryMs}\n\n`);
      close = open(write);
      if (!close) return stop();
      keepalive = setInterval(() => write(': keepalive\n\n'), KEEPALIVE_MS);
      request.signal.addEventListener('abort', () => stop());
    },
    cancel: () => stop(),
  });
  return new Response(stream, { headers: { 'Content-Type': 'text/event-stream', 'Cache-Control': options.cacheControl, 'X-Accel-Buffering': 'no' } });
}
