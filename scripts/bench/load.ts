// One load run against one URL with autocannon, as the figures the bench prints.
import autocannon from 'autocannon';

export type LoadFigure = { connections: number; requestsPerSec: number; p50Ms: number; p99Ms: number; errors: number; non2xx: number };

/** A request autocannon repeats; several are sent in turn on each connection. */
export type LoadRequest = { method: 'GET' | 'POST'; headers: Record<string, string>; body?: Buffer };

export async function load(
  url: string,
  connections: number,
  seconds: number,
  headers: Record<string, string> = {},
  options: { requests?: LoadRequest[]; perConnectionHeaders?: Record<string, string>[] } = {},
): Promise<LoadFigure> {
  let next = 0;
  const { requests, perConnectionHeaders } = options;
  const result = await autocannon({
    url,
    connections,
    duration: seconds,
    pipelining: 1,
    headers,
    ...(requests ? { requests } : {}),
    // Each connection its own visitor (its own cookie), as real visitors are.
    ...(requests && perConnectionHeaders?.length
      ? {
          setupClient: (client: { setRequests: (r: LoadRequest[]) => void }) => {
            const own = perConnectionHeaders[next++ % perConnectionHeaders.length];
            client.setRequests(requests.map((r) => ({ ...r, headers: { ...r.headers, ...own } })));
          },
        }
      : {}),
  });
  return {
    connections,
    requestsPerSec: Math.round(result.requests.average),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}
