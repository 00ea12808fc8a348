// Database faults: the production server runs on PostgreSQL through a TCP proxy this script controls.
// With the proxy cut, pages must answer a friendly error within a few seconds (no stack trace, no hang),
// health must say 503, and a write must fail and leave nothing half-written; with the proxy back, the app
// must recover by itself. Prints what it tried.
//   npm run test:db-faults -- postgres://postgres@127.0.0.1:5432/test     (needs npm run build)
import { spawn } from 'node:child_process';
import net from 'node:net';
import { Client } from 'pg';
import { listenOn, SERVER_ARGS, SUITE_DEMO_PASSWORD } from './lib/production-server';
import { createScratchDatabase } from './lib/scratch-database';
import { postReaction, reactionFormOnPage } from './lib/server-actions';

const base = process.argv[2] ?? process.env.CI_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const target = new URL(base);
const PROXY_PORT = 54_329;
const APP_PORT = 3260;
const APP = `http://127.0.0.1:${APP_PORT}`;
const ARTICLE = '/articles/crown-of-ash-review';

function startProxy(): Promise<{ close: () => Promise<void> }> {
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    const upstream = net.connect(Number(target.port || 5432), target.hostname);
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on('close', () => sockets.delete(s));
      s.on('error', () => s.destroy());
    }
    client.pipe(upstream).pipe(client);
  });
  return new Promise((resolve) =>
    server.listen(PROXY_PORT, '127.0.0.1', () =>
      resolve({
        close: () =>
          new Promise<void>((done) => {
            for (const s of sockets) s.destroy();
            server.close(() => done());
          }),
      }),
    ),
  );
}

async function timed(path: string, init?: RequestInit) {
  const t0 = Date.now();
  try {
    const res = await fetch(APP + path, { ...init, signal: AbortSignal.timeout(15_000) });
    return { status: res.status, body: await res.text(), ms: Date.now() - t0, cache: res.headers.get('x-hallyu-page-cache') };
  } catch (error) {
    return { status: 0, body: String(error), ms: Date.now() - t0, cache: null };
  }
}

const failures: string[] = [];
const check = (ok: boolean, what: string) => {
  console.log(`  ${ok ? 'ok  ' : 'FAIL'} ${what}`);
  if (!ok) failures.push(what);
};

async function main() {
  const scratch = await createScratchDatabase(base, 'hallyu_faults');
  const proxied = new URL(scratch.url);
  proxied.port = String(PROXY_PORT);
  let proxy = await startProxy();
  const server = spawn(process.execPath, SERVER_ARGS, {
    env: { ...process.env, ...listenOn(APP_PORT), NODE_ENV: 'production', DATABASE_URL: proxied.toString(), SEED_DEMO_DATA: 'true', DEMO_PASSWORD: SUITE_DEMO_PASSWORD, NEW_REACTORS_PER_IP_PER_DAY: '100000', AUTH_TRUST_HOST: 'true', SITE_URL: `http://127.0.0.1:${APP_PORT}`, NEXT_TELEMETRY_DISABLED: '1' },
    stdio: 'ignore',
  });
  const exited = new Promise((r) => server.once('exit', r));
  try {
    for (let i = 0; i < 120 && (await timed('/api/health')).status !== 200; i++) await new Promise((r) => setTimeout(r, 500));
    console.log('Database faults (PostgreSQL behind a proxy that is cut and restored):');
    const up = await timed(ARTICLE);
    check(up.status === 200, 'article page renders while the database is up');
    const reactionForm = reactionFormOnPage(up.body);
    const [{ count: before }] = (await queryCounts(scratch.url)) as [{ count: number }];

    await proxy.close();
    const health = await timed('/api/health');
    check(health.status === 503 && health.ms < 5_000, `health answers 503 within 5 s with the database gone (${health.status} in ${health.ms} ms)`);
    // Anonymous readers get the page cache's last good copy (lib/page-cache.ts); a crawler gets a fresh
    // render, which says what is unavailable. (A forged reactor cookie no longer buys a render.)
    const cached = await timed(ARTICLE);
    check(cached.status === 200 && cached.ms < 1_000 && cached.cache !== null && cached.body.includes('How does this article make you feel?') && !cached.body.includes('unavailable right now'),
      `anonymous readers still get the whole article from the page cache (${cached.status} ${cached.cache} in ${cached.ms} ms)`);
    const page = await timed(ARTICLE, { headers: { 'user-agent': 'Googlebot/2.1 (+http://www.google.com/bot.html)' } });
    check(page.ms < 8_000, `article page answers within 8 s (${page.status} in ${page.ms} ms)`);
    check(page.body.includes('Reactions are unavailable right now') && page.body.includes('Comments are unavailable right now'),
      'it shows the (cached) article, and says reactions and comments are unavailable');
    for (const path of ['/tag/no-cache-for-this-tag-yet', '/', '/search?q=ferry']) {
      const other = await timed(path);
      check(other.ms < 8_000 && /unavailable right now|could not find/.test(other.body), `${path} answers a friendly notice within 8 s (${other.ms} ms)`);
    }
    check(!/ECONNREFUSED|at [\w.]+ \(|node_modules|postgres:\/\//.test(page.body), 'no stack trace, connection string or internals in the page');
    const t0 = Date.now();
    const write = await postReaction(APP + ARTICLE, reactionForm, 'love', '', AbortSignal.timeout(15_000))
      .then(async (res) => ({ body: await res.text(), ms: Date.now() - t0 }))
      .catch((error: unknown) => ({ body: String(error), ms: Date.now() - t0 }));
    check(write.ms < 8_000 && write.body.includes('We could not reach the database'), `a reaction fails with a clear message within 8 s (${write.ms} ms)`);

    proxy = await startProxy();
    let recovered = 0;
    for (let i = 0; i < 40; i++) {
      if ((await timed(ARTICLE)).status === 200 && (await timed('/api/health')).status === 200) {
        recovered = i + 1;
        break;
      }
      await new Promise((r) => setTimeout(r, 250));
    }
    check(recovered > 0, `the app recovers by itself once the database is back (after ${recovered} tries)`);
    const home = await timed('/');
    check(home.status === 200 && !home.body.includes('unavailable right now'), `no page rendered during the outage is served after it (home: ${home.status}, ${home.cache})`);
    const [{ count: after }] = (await queryCounts(scratch.url)) as [{ count: number }];
    check(after === before, `nothing was half-written while it was down (${before} → ${after} rows written)`);
  } finally {
    server.kill('SIGTERM');
    await exited;
    await proxy.close();
    await scratch.drop();
  }
  console.log(`Database faults: ${failures.length === 0 ? 'all checks passed' : `${failures.length} failed`}`);
  if (failures.length) process.exit(1);
}

async function queryCounts(url: string) {
  const c = new Client({ connectionString: url });
  await c.connect();
  const { rows } = await c.query(
    `select ((select count(*) from comments) + (select count(*) from article_reactions) + (select count(*) from moderation_actions))::int as count`,
  );
  await c.end();
  return rows;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
