import 'server-only';
import { and, eq, gt, inArray, lt, sql } from 'drizzle-orm';
import { getDb, queryRows } from '@/db/client';
import { rateLimits } from '@/db/schema';

export type RateLimitResult = { allowed: boolean; count: number; retryAfterSeconds: number };

/** The longest window a limit may use (a day): the sweep (deleteExpiredRateLimits) relies on it. */
export const LONGEST_WINDOW_SECONDS = 24 * 3600;

/**
 * Counts one event against `key` in a fixed window and says whether it is within `limit`. One SQL
 * statement, so every app instance shares the same counters and concurrent hits are all counted.
 */
export async function hitRateLimit(key: string, limit: number, windowSeconds: number): Promise<RateLimitResult> {
  const [hit] = await hitRateLimits([{ key, limit }], windowSeconds);
  return hit;
}

/**
 * Counts one event against each key (same window, each with its own limit) in one statement: a write
 * checked against several limits (per person and per address) costs one round trip. Keys are written
 * in sorted order, so concurrent statements lock their rows in the same order.
 */
export async function hitRateLimits(hits: { key: string; limit: number }[], windowSeconds: number): Promise<RateLimitResult[]> {
  if (windowSeconds > LONGEST_WINDOW_SECONDS) throw new Error(`a rate-limit window is at most ${LONGEST_WINDOW_SECONDS} s, or the sweep would drop live counters`);
  const db = await getDb();
  const keys = [...new Set(hits.map((h) => h.key))].sort();
  const window = sql`make_interval(secs => ${windowSeconds})`;
  // Raw SQL: an upsert of several keys from unnest, with the window reset decided in the same statement.
  const rows = await queryRows<{ key: string; count: number; retry_after: number }>(
    db,
    sql`insert into rate_limits (key, window_start, count)
        select key, now(), 1 from unnest(array[${sql.join(keys.map((k) => sql`${k}`), sql`, `)}]::text[]) as key order by key
        on conflict (key) do update set
          count = case when rate_limits.window_start <= now() - ${window} then 1 else rate_limits.count + 1 end,
          window_start = case when rate_limits.window_start <= now() - ${window} then now() else rate_limits.window_start end
        returning key, count, greatest(0, ceil(extract(epoch from (window_start + ${window} - now()))))::int as retry_after`,
  );
  const byKey = new Map(rows.map((r) => [r.key, r]));
  return hits.map(({ key, limit }) => {
    const row = byKey.get(key)!;
    return { allowed: row.count <= limit, count: row.count, retryAfterSeconds: row.retry_after };
  });
}

/** How many events `key` has in its current window, without counting one. */
export async function peekRateLimit(key: string, windowSeconds: number): Promise<RateLimitResult & { count: number }> {
  const db = await getDb();
  const window = sql`make_interval(secs => ${windowSeconds})`;
  const [row] = await db
    .select({
      count: rateLimits.count,
      retryAfter: sql<number>`greatest(0, ceil(extract(epoch from (${rateLimits.windowStart} + ${window} - now()))))::int`,
    })
    .from(rateLimits)
    .where(and(eq(rateLimits.key, key), gt(rateLimits.windowStart, sql`now() - ${window}`)));
  return { allowed: true, count: row?.count ?? 0, retryAfterSeconds: row?.retryAfter ?? 0 };
}

/** Deletes counters whose window ended: every key's window is at most LONGEST_WINDOW_SECONDS. */
export async function deleteExpiredRateLimits(): Promise<number> {
  const db = await getDb();
  const gone = await db
    .delete(rateLimits)
    .where(lt(rateLimits.windowStart, sql`now() - make_interval(secs => ${LONGEST_WINDOW_SECONDS})`))
    .returning({ key: rateLimits.key });
  return gone.length;
}

/** Takes back one counted event from each key (an attempt that turned out fine: a correct password). */
export async function refundRateLimits(keys: string[]): Promise<void> {
  const db = await getDb();
  await db
    .update(rateLimits)
    .set({ count: sql`greatest(${rateLimits.count} - 1, 0)` })
    .where(inArray(rateLimits.key, [...new Set(keys)].sort()));
}
