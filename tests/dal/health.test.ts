import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { checkDatabase } from '@/lib/dal/health';

describe('database health', () => {
  // The server opens the database at start-up; do the same so the check measures a query, not a boot.
  beforeAll(async () => {
    await getDb();
  });

  it('reports the database kind and answers quickly', async () => {
    const health = await checkDatabase();
    expect(health).toMatchObject({ ok: true, kind: process.env.DATABASE_URL ? 'postgres' : 'pglite' });
    if (health.ok) expect(health.latencyMs).toBeLessThan(3_000);
  });
});
