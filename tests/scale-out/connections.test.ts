// Every PostgreSQL connection names its instance and role, an instance holds at most its pool plus one
// listener, and the second instance's queries really pass through PgBouncer in transaction mode while
// its listener does not (LISTEN through a transaction pooler would never hear a thing).
import os from 'node:os';
import { describe, expect, inject, it } from 'vitest';
import { rows } from './sql';

describe('connections', () => {
  it('are named hallyu/<role>/<host>/<pid>, and an instance holds at most its pool plus its listener', async () => {
    for (const base of inject('instances')) for (let i = 0; i < 5; i++) await fetch(`${base}/articles/moonlit-pharmacy-premiere-first-look`, { headers: { 'User-Agent': 'Googlebot' } });
    const databaseUrl = inject('databaseUrl');
    const database = new URL(databaseUrl).pathname.slice(1);
    // PgBouncer's own server connections carry the name of the client they last served, or none
    // before their first: they are told apart by PgBouncer's list of them (SHOW SERVERS).
    const pooled = new Set((await rows<{ remote_pid: string | number }>(inject('pgbouncerAdminUrl'), 'show servers')).map((r) => Number(r.remote_pid)));
    const all = await rows<{ pid: number; application_name: string }>(
      databaseUrl,
      `select pid, application_name from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()`,
      [database],
    );
    const counts = new Map<string, number>();
    for (const row of all) if (!pooled.has(row.pid)) counts.set(row.application_name, (counts.get(row.application_name) ?? 0) + 1);
    const named = [...counts].map(([application_name, n]) => ({ application_name, n })).sort((a, b) => a.application_name.localeCompare(b.application_name));
    console.log(`connections to the suite's database: ${named.map((r) => `${r.application_name} × ${r.n}`).join(', ')}, and ${all.length - named.reduce((t, r) => t + r.n, 0)} of PgBouncer's`);
    for (const row of named) expect(row.application_name).toMatch(/^hallyu\/(pool|listener|migrate)\/[^/]+\/\d+$/);
    const [firstPid, secondPid] = inject('pids');
    const host = os.hostname();
    const count = (role: string, pid: number) => named.find((r) => r.application_name === `hallyu/${role}/${host}/${pid}`.slice(0, 63))?.n ?? 0;
    // The first instance's pid at start: if the kill test ran first, its successor holds these instead.
    if (count('listener', firstPid)) expect(count('pool', firstPid)).toBeLessThanOrEqual(10);
    expect(count('listener', secondPid), 'the second instance listens on a direct connection').toBe(1);
  });

  it('the second instance runs its queries through PgBouncer in transaction mode', async () => {
    const stats = async () => {
      const all = await rows<{ database: string; total_xact_count: string }>(inject('pgbouncerAdminUrl'), 'show stats');
      return Number(all.find((r) => r.database === new URL(inject('databaseUrl')).pathname.slice(1))?.total_xact_count ?? 0);
    };
    const before = await stats();
    const [, second] = inject('instances');
    for (let i = 0; i < 5; i++) expect((await fetch(`${second}/articles/moonlit-pharmacy-premiere-first-look`, { headers: { 'User-Agent': 'Googlebot' } })).status).toBe(200);
    const after = await stats();
    const [pool] = await rows<{ pool_mode: string }>(inject('pgbouncerAdminUrl'), 'show pools');
    console.log(`PgBouncer (${pool.pool_mode} mode): ${after - before} transactions for 5 full renders on instance 2`);
    expect(pool.pool_mode).toBe('transaction');
    expect(after).toBeGreaterThan(before);
  });
});

describe('first start', () => {
  it('two instances started at once on an empty database migrate and seed it once', async () => {
    const [counts] = await rows<{ articles: number; moderators: number; migrations: number }>(
      inject('databaseUrl'),
      `select (select count(*)::int from articles) as articles, (select count(*)::int from users where role = 'moderator') as moderators,
              (select count(*)::int from drizzle.__drizzle_migrations) as migrations`,
    );
    const fs = await import('node:fs');
    const journal = JSON.parse(fs.readFileSync('db/migrations/meta/_journal.json', 'utf8')) as { entries: unknown[] };
    console.log(`after a simultaneous first start: ${counts.articles} articles, ${counts.moderators} moderator, ${counts.migrations} migrations applied`);
    expect(counts.moderators).toBe(1); // the demo moderator, once
    expect(counts.migrations).toBe(journal.entries.length);
    expect(counts.articles).toBeGreaterThan(40);
  });
});
