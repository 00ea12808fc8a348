import 'server-only';
import { sql } from 'drizzle-orm';
import { getDb, queryRows } from '@/db/client';

export type RateLimitResult = { allowed: boolean; count: number; retryAfterSeconds: number };

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
  const db = await getDb();
  const keys = [...new Set(hits.map((h) => h.key))].sort();
  const window = sql`make_interval(secs => ${windowSeconds})`;
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
  const [row] = await queryRows<{ count: number; retry_after: number }>(
    db,
    sql`select count, greatest(0, ceil(extract(epoch from (window_start + make_interval(secs => ${windowSeconds}) - now()))))::int as retry_after
        from rate_limits where key = ${key} and window_start > now() - make_interval(secs => ${windowSeconds})`,
  );
  return { allowed: true, count: row?.count ?? 0, retryAfterSeconds: row?.retry_after ?? 0 };
}

export async function clearRateLimit(key: string): Promise<void> {
  const db = await getDb();
  await db.execute(sql`delete from rate_limits where key = ${key}`);
}
