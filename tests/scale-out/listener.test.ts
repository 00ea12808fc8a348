// A listener whose connection goes silent (its backend frozen, as a NAT or a failover does) is noticed
// by its heartbeat and replaced within 5 s; what changed meanwhile is not served stale afterwards.
import { execFile } from 'node:child_process';
import os from 'node:os';
import { promisify } from 'node:util';
import { Client } from 'pg';
import { afterAll, describe, expect, inject, it } from 'vitest';

const run = promisify(execFile);
let frozen: number | null = null;

/** The backends of a server's listener connections (a frozen one stays until it is terminated). */
async function listenerPids(serverPid: number): Promise<number[]> {
  const client = new Client({ connectionString: inject('databaseUrl') });
  await client.connect();
  try {
    const { rows } = await client.query<{ pid: number }>(`select pid from pg_stat_activity where application_name = $1`, [`hallyu/listener/${os.hostname()}/${serverPid}`.slice(0, 63)]);
    return rows.map((r) => r.pid);
  } finally {
    await client.end();
  }
}

afterAll(async () => {
  if (frozen === null) return;
  process.kill(frozen, 'SIGCONT');
  const client = new Client({ connectionString: inject('databaseUrl') });
  await client.connect();
  await client.query('select pg_terminate_backend($1)', [frozen]);
  await client.end();
});

describe('the change listener', () => {
  it('notices a frozen connection, replaces it within 5 s, and then shows what changed meanwhile', async () => {
    const [base] = inject('instances').slice(1);
    const [serverPid] = inject('pids').slice(1);
    const [before] = await listenerPids(serverPid);
    expect(before, 'the second instance names its listener connection').toBeDefined();
    const home = await (await fetch(`${base}/`)).text();
    const slug = /href="\/articles\/([a-z0-9-]+)"/.exec(home)![1];
    for (let i = 0; i < 2; i++) await fetch(`${base}/articles/${slug}`); // cached on this instance

    process.kill(before, 'SIGSTOP');
    frozen = before;
    const frozenAt = performance.now();
    // A change made while the listener is deaf: its NOTIFY never reaches the frozen connection.
    const title = `Changed while nobody listened ${Date.now()}`;
    await run('npm', ['run', '--silent', 'article', '--', 'retitle', slug, title], { env: { ...process.env, DATABASE_URL: inject('databaseUrl') } });

    let replacedAfter = Infinity;
    while (performance.now() - frozenAt < 10_000) {
      if ((await listenerPids(serverPid)).some((pid) => pid !== before)) {
        replacedAfter = Math.round(performance.now() - frozenAt);
        break;
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    const shows = (await (await fetch(`${base}/articles/${slug}`)).text()).includes(title);
    console.log(`frozen listener replaced after ${replacedAfter} ms; the change made meanwhile is shown: ${shows}`);
    expect(replacedAfter).toBeLessThanOrEqual(5_000);
    expect(shows).toBe(true);
  });
});
