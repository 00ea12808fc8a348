// Item 10: rate-limit counters and sessions do not pile up forever.
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb, queryRows } from '@/db/client';
import { hitRateLimit } from '@/lib/dal/rate-limits';
import { startSession } from '@/lib/dal/sessions';
import { sweepExpiredRows } from '@/lib/housekeeping';
import { createUser } from '../../support/fixtures';

describe('housekeeping', () => {
  it('removes counters whose window ended and sessions past their end, and keeps the rest', async () => {
    const db = await getDb();
    await hitRateLimit('sweep:fresh', 5, 60);
    await hitRateLimit('sweep:old', 5, 60);
    await db.execute(sql`update rate_limits set window_start = now() - interval '25 hours' where key = 'sweep:old'`);
    const user = await createUser();
    const [live, dead] = [await startSession(user.id), await startSession(user.id)];
    await db.execute(sql`update sessions set expires = now() - interval '1 minute' where session_token = ${dead}`);

    const swept = await sweepExpiredRows();
    expect(swept.rateLimits).toBeGreaterThanOrEqual(1);
    expect(swept.sessions).toBeGreaterThanOrEqual(1);
    const keys = await queryRows<{ key: string }>(db, sql`select key from rate_limits where key like 'sweep:%'`);
    expect(keys.map((k) => k.key)).toEqual(['sweep:fresh']);
    const sessions = await queryRows<{ id: string }>(db, sql`select session_token as id from sessions where user_id = ${user.id}`);
    expect(sessions.map((s) => s.id)).toEqual([live]);
  });
});
