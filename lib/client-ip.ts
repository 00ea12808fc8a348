import 'server-only';
import { config } from '@/lib/config';

/**
 * The client's address for rate limits. Next.js appends the connecting address to X-Forwarded-For;
 * behind N trusted proxies set TRUSTED_PROXY_HOPS=N so their own entries are skipped. Entries a client
 * wrote itself sit further left and are never used.
 */
export function clientIp(headers: Headers): string {
  const hops = config().trustedProxyHops;
  const chain = (headers.get('x-forwarded-for') ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  return chain[chain.length - 1 - hops] ?? chain[0] ?? headers.get('x-real-ip') ?? 'unknown';
}
