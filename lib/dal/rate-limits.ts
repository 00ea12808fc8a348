import 'server-only';
import { sql } from 'drizzle-orm';
import { getDb, queryRows } from '@/db/client';

export type RateLimitResult = { allowed: boolean; count: number; retryAfterSeconds: number };

/**
 * Counts one event against `key` in a fixed window and says whether it is within `limit`. One SQL
 * statement, so every app instance shares the same counters and concurrent hits are all counted.
 */
export async function hitRateLimit(key: string, limit: number, windowSeconds: number): Promise<RateLimitResult> {
  const db = await getDb();
  const [row] = await queryRows<{ count: number; retry_after: number }>(
    db,
    sql`insert into rate_limits (key, window_start, count) values (${key}, now(), 1)
        on conflict (key) do update set
          count = case when rate_limits.window_start <= now() - make_interval(secs => ${windowSeconds}) then 1
                       else rate_limits.count + 1 end,
          window_start = case when rate_limits.window_start <= now() - make_interval(secs => ${windowSeconds}) then now()
                       else rate_limits.window_start end
        returning count,
          greatest(0, ceil(extract(epoch from (window_start + make_interval(secs => ${windowSeconds}) - now()))))::int as retry_after`,
  );
  return { allowed: row.count <= limit, count: row.count, retryAfterSeconds: row.retry_after };
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
