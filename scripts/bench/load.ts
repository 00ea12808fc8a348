// One load run against one URL with autocannon, as the figures the bench prints.
import autocannon from 'autocannon';

export type LoadFigure = { connections: number; requestsPerSec: number; p50Ms: number; p99Ms: number; errors: number; non2xx: number };

export async function load(url: string, connections: number, seconds: number, headers: Record<string, string> = {}): Promise<LoadFigure> {
  const result = await autocannon({ url, connections, duration: seconds, pipelining: 1, headers });
  return {
    connections,
    requestsPerSec: Math.round(result.requests.average),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}
