// Crash suite for the embedded database: start the production server, keep writing (reactions through
// the real server action, from many new visitors), SIGKILL it mid-write, start it again; 20 times. Then
// check that every write that got a success answer is stored, that counters equal the rows they count,
// and that every restart came up without repair. Prints what it tried.
//   npm run test:crash [-- --cycles 20]          (needs a production build: npm run build)
import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { spawnOnDataFolder, STANDALONE_SERVER } from './lib/production-server';
import { postReaction, reactionFormOnPage } from './lib/server-actions';


const PORT = Number(process.env.CRASH_PORT ?? 3250);
const URL_BASE = `http://127.0.0.1:${PORT}`;
const ARTICLE = '/articles/signal-lost-premiere-first-look';
const KINDS = ['love', 'haha', 'wow', 'sad', 'angry', 'want_more'];
const cyclesFlag = process.argv.indexOf('--cycles');
const cycles = cyclesFlag > 0 ? Number(process.argv[cyclesFlag + 1]) : 20;
if (!Number.isInteger(cycles) || cycles < 1) throw new Error('--cycles takes a whole number of at least 1');

// Every visitor of this run reacts from 127.0.0.1.
const start = (dataDir: string) => spawnOnDataFolder(PORT, dataDir, { REACTION_LIMIT_PER_IP_PER_MINUTE: '1000000', NEW_REACTORS_PER_IP_PER_DAY: '1000000' });

async function waitHealthy(child: ChildProcess, log: () => string): Promise<number> {
  const t0 = Date.now();
  while (Date.now() - t0 < 60_000) {
    if (child.exitCode !== null) throw new Error(`server exited during start-up (${child.exitCode}):\n${log()}`);
    try {
      if ((await fetch(`${URL_BASE}/api/health`)).ok) return Date.now() - t0;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`server not healthy after 60 s:\n${log()}`);
}

let finished = false;
// If the event loop ever empties before the checks ran, that is a failure, not a silent success.
process.on('exit', (code) => {
  if (!finished && code === 0) {
    console.error('crash suite ended before its checks ran');
    process.exitCode = 1;
  }
});

async function main() {
  if (!fs.existsSync(STANDALONE_SERVER)) throw new Error('Build first: npm run build');
  const dataDir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'hallyu-crash-')), 'pglite');
  const accepted = new Map<string, string>(); // anonymous reactor id → kind the server confirmed
  let attempted = 0;
  let unanswered = 0;
  const startTimes: number[] = [];
  let form: ReturnType<typeof reactionFormOnPage> | undefined;

  for (let cycle = 1; cycle <= cycles; cycle++) {
    const child = start(dataDir);
    startTimes.push(await waitHealthy(child, child.log));
    form ??= reactionFormOnPage(await (await fetch(URL_BASE + ARTICLE)).text());
    const reactionForm = form;
    // Sustained writes from 8 concurrent writers, each request a new visitor; the kill lands mid-stream.
    let stop = false;
    const writer = async () => {
      while (!stop) {
        const kind = KINDS[attempted++ % KINDS.length];
        try {
          const res = await postReaction(URL_BASE + ARTICLE, reactionForm, kind);
          const text = await res.text();
          const id = /hallyu_rid=([0-9a-f-]{36})\./.exec(res.headers.get('set-cookie') ?? '')?.[1];
          if (res.ok && text.includes('"status":"success"') && id) accepted.set(id, kind);
          else unanswered++;
        } catch {
          unanswered++; // in flight when the server died: it may or may not have committed
        }
      }
    };
    // One write first, so the kill lands among writes of a warm server: a cold one (its first render of
    // the page after a start) can take longer than the whole window on a slow machine, and a cycle
    // without a confirmed write proves nothing.
    const warm = await postReaction(URL_BASE + ARTICLE, reactionForm, 'love');
    const warmId = /hallyu_rid=([0-9a-f-]{36})\./.exec(warm.headers.get('set-cookie') ?? '')?.[1];
    attempted++;
    if (warm.ok && (await warm.text()).includes('"status":"success"') && warmId) accepted.set(warmId, 'love');
    else unanswered++;
    const writers = Array.from({ length: 8 }, writer);
    await new Promise((r) => setTimeout(r, 400 + Math.random() * 800));
    child.kill('SIGKILL');
    stop = true;
    await Promise.all(writers);
    await child.exited;
    process.stdout.write(`\r  cycle ${cycle}/${cycles}: ${accepted.size} writes confirmed so far`);
  }
  console.log();

  // Verify with the server stopped: the folder opens without repair and holds every confirmed write.
  const last = start(dataDir);
  startTimes.push(await waitHealthy(last, last.log));
  last.kill('SIGTERM');
  await last.exited;
  const db = await PGlite.create({ dataDir });
  const rows = (await db.query<{ reactor_key: string; kind: string }>(`select reactor_key, kind from article_reactions where article_id = $1`, [Number(form!.articleId)])).rows;
  const stored = new Map(rows.map((r) => [r.reactor_key.slice(2), r.kind]));
  const missing = [...accepted].filter(([id, kind]) => stored.get(id) !== kind);
  const counters = (
    await db.query<{ bad: number }>(
      `select count(*)::int as bad from article_reaction_counts k
       where k.count <> (select count(*) from article_reactions r where r.article_id = k.article_id and r.kind = k.kind)`,
    )
  ).rows[0].bad;
  const totals = (
    await db.query<{ bad: number }>(
      `select count(*)::int as bad from article_stats s where s.reaction_count <> (select count(*) from article_reactions r where r.article_id = s.article_id)`,
    )
  ).rows[0].bad;
  await db.close();
  fs.rmSync(path.dirname(dataDir), { recursive: true, force: true });

  console.log(`Crash suite: ${cycles} SIGKILL cycles, ${cycles + 1} starts (slowest ${Math.max(...startTimes)} ms, none needed repair)`);
  console.log(`  ${attempted} writes attempted, ${accepted.size} confirmed, ${unanswered} unanswered (in flight at a kill)`);
  console.log(`  confirmed writes missing after restart: ${missing.length}; counters not matching their rows: ${counters + totals}`);
  finished = true;
  // A run that wrote nothing, or fewer starts than asked, proves nothing: that is a failure too.
  if (missing.length || counters || totals || accepted.size < cycles || startTimes.length !== cycles + 1) process.exit(1);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
