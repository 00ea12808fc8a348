// Soak: a long mixed load against the production build — 90% page reads, 8% reactions, 2% comments —
// from 50 connections, on PostgreSQL by default. Prints a line a minute (throughput, 5xx, memory), then
// the totals, latencies, server memory at start and end, and checks that the counts are exact: every
// confirmed reaction and comment is stored and every counter equals its rows. Exits 1 on any 5xx,
// failed request, wrong count, or memory still growing over the last half of the run.
//   npm run soak                                   10 minutes on postgres://postgres@127.0.0.1:5432/test
//   npm run soak -- <postgres url | pglite> --minutes 10 --connections 50
import { counterMismatches, openDatabase } from './lib/integrity';
import { ensureBuild, startServer } from './lib/production-server';
import { callFormAction, mergeCookies, type ActionReply } from './lib/server-actions';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  const value = i > 0 ? Number(process.argv[i + 1]) : fallback;
  if (!(value > 0)) throw new Error(`--${name} takes a positive number`);
  return value;
};
const target = process.argv.slice(2).find((a) => a.startsWith('postgres') || a === 'pglite') ?? process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const MINUTES = arg('minutes', 10);
const CONNECTIONS = arg('connections', 50);
const PORT = Number(process.env.SOAK_PORT ?? 3280);
const VISITORS_PER_CONNECTION = 10;
const KINDS = ['love', 'haha', 'wow', 'sad', 'angry', 'want_more'];
const pick = <T,>(items: readonly T[]): T => items[Math.floor(Math.random() * items.length)];

type Op = 'read' | 'reaction' | 'comment';
const latencies: Record<Op, number[]> = { read: [], reaction: [], comment: [] };
const statuses = new Map<number, number>();
const outcomes = { confirmed: 0, refused: 0, failed: 0 };
const refusals = new Map<string, number>();

const percentile = (values: number[], p: number) => {
  if (!values.length) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return Math.round(sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]);
};

async function main() {
  ensureBuild();
  const server = await startServer(
    PORT,
    {
      // All load comes from one address and a few accounts: lift the per-address limits that would
      // otherwise refuse most of it. The per-account comment intervals stay as in production.
      SIGNUP_LIMIT_PER_IP_PER_HOUR: '100000',
      REACTION_LIMIT_PER_IP_PER_MINUTE: '1000000',
      NEW_REACTORS_PER_IP_PER_DAY: '1000000', // every visitor of this run reacts from 127.0.0.1
    },
    target === 'pglite' ? null : target,
  );
  const url = (path: string) => server.url + path;
  const rss: { at: number; mb: number }[] = [{ at: 0, mb: server.rssMb() }];
  console.log(`Soak on ${server.database}: ${CONNECTIONS} connections for ${MINUTES} min (90% reads, 8% reactions, 2% comments); server RSS ${rss[0].mb} MB at start`);
  let ok = true;
  try {
    const sitemap = await (await fetch(url('/sitemap.xml'))).text();
    const pages = [...sitemap.matchAll(/<loc>https?:\/\/[^/<]+(\/[^<]*)<\/loc>/g)].map((m) => m[1]);
    const articles = pages.filter((p) => p.startsWith('/articles/'));
    if (articles.length < 10) throw new Error(`the sitemap lists only ${articles.length} articles`);
    const articleIds = new Map<string, number>();
    for (const path of articles) {
      const id = /name="articleId" value="(\d+)"/.exec(await (await fetch(url(path))).text())?.[1];
      if (id) articleIds.set(path, Number(id));
    }

    const run = Date.now().toString(36);
    const accounts = await Promise.all(
      Array.from({ length: CONNECTIONS }, async (_, i) => {
        const reply = await callFormAction(url('/signup'), 'signUpAction', { name: `Soak reader ${i}`, email: `soak-${run}-${i}@example.test`, password: `lightstick-${run}-${i}-Aa` });
        const cookie = mergeCookies('', reply.setCookie);
        if (!cookie.includes('session-token')) throw new Error(`sign-up ${i} gave no session (${reply.httpStatus} ${reply.message})`);
        return cookie;
      }),
    );

    const reactions = new Map<string, { rid: string | null; article: string; kind: string | null }>(); // visitor|article → last confirmed
    const comments = new Set<string>();
    const refusedComments = new Set<string>();
    const started = Date.now();
    const deadline = started + MINUTES * 60_000;
    let done = 0;

    const record = (op: Op, ms: number, status: number) => {
      latencies[op].push(ms);
      statuses.set(status, (statuses.get(status) ?? 0) + 1);
      done++;
    };
    const outcome = (op: Op, reply: ActionReply) => {
      if (reply.status === 'success') outcomes.confirmed++;
      else if (reply.status === 'error') {
        outcomes.refused++;
        const message = `${op}: ${reply.message.replace(/\d+/g, 'N')}`;
        refusals.set(message, (refusals.get(message) ?? 0) + 1);
      } else outcomes.failed++;
    };

    const worker = async (n: number) => {
      const visitors = Array.from({ length: VISITORS_PER_CONNECTION }, () => '');
      for (let step = 0; Date.now() < deadline; step++) {
        const roll = Math.random();
        const t0 = performance.now();
        try {
          if (roll < 0.9) {
            const res = await fetch(url(Math.random() < 0.7 ? pick(articles) : pick(pages)));
            await res.arrayBuffer();
            record('read', performance.now() - t0, res.status);
          } else if (roll < 0.98) {
            const v = Math.floor(Math.random() * visitors.length);
            const article = pick([...articleIds.keys()]);
            const kind = Math.random() < 0.2 ? null : pick(KINDS);
            const k = `${n}.${v}|${article}`;
            const choice = kind ? `set:${kind}` : `clear:${reactions.get(k)?.kind ?? pick(KINDS)}`;
            const reply = await callFormAction(url(article), 'reactToArticle', { articleId: articleIds.get(article)!, choice }, visitors[v]);
            record('reaction', performance.now() - t0, reply.httpStatus);
            outcome('reaction', reply);
            visitors[v] = mergeCookies(visitors[v], reply.setCookie);
            const rid = /hallyu_rid=([0-9a-f-]{36})\./.exec(visitors[v])?.[1] ?? null;
            if (reply.status === 'success') reactions.set(k, { rid, article, kind });
          } else {
            const article = pick([...articleIds.keys()]);
            const token = `soak-${run}-${n}-${step}`;
            const reply = await callFormAction(url(article), 'postComment', { articleId: articleIds.get(article)!, parentId: '', body: `Still thinking about this one (${token}).` }, accounts[n]);
            record('comment', performance.now() - t0, reply.httpStatus);
            outcome('comment', reply);
            if (reply.status === 'success') comments.add(token);
            else if (reply.status === 'error') refusedComments.add(token);
          }
        } catch (error) {
          record(roll < 0.9 ? 'read' : roll < 0.98 ? 'reaction' : 'comment', performance.now() - t0, 0);
          if (statuses.get(0) === 1) console.error(`  first failed request: ${String(error)}`);
        }
      }
    };

    let lastDone = 0;
    const ticker = setInterval(() => {
      const at = Math.round((Date.now() - started) / 1000);
      const mb = server.rssMb();
      rss.push({ at, mb });
      if (at % 60 < 10) {
        const fivexx = [...statuses].filter(([s]) => s >= 500 || s === 0).reduce((sum, [, c]) => sum + c, 0);
        console.log(`  ${String(Math.round(at / 60)).padStart(2)} min: ${Math.round((done - lastDone) / 60)} req/s, ${done} requests, ${fivexx} 5xx or failed, RSS ${mb} MB`);
        lastDone = done;
      }
    }, 10_000);
    await Promise.all(Array.from({ length: CONNECTIONS }, (_, i) => worker(i)));
    clearInterval(ticker);
    const seconds = (Date.now() - started) / 1000;
    rss.push({ at: Math.round(seconds), mb: server.rssMb() });
    await server.stop({ keepData: true });

    // ---- report ----
    const total = [...statuses.values()].reduce((a, b) => a + b, 0);
    const serverErrors = [...statuses].filter(([s]) => s >= 500).reduce((sum, [, c]) => sum + c, 0);
    const failedRequests = statuses.get(0) ?? 0;
    console.log(`\n${total} requests in ${Math.round(seconds)} s (${Math.round(total / seconds)} req/s); status codes: ${[...statuses].map(([s, c]) => `${s || 'failed'} ×${c}`).join(', ')}`);
    console.table(
      (Object.keys(latencies) as Op[]).map((op) => ({ op, requests: latencies[op].length, 'p50 ms': percentile(latencies[op], 50), 'p99 ms': percentile(latencies[op], 99), 'max ms': percentile(latencies[op], 100) })),
    );
    console.log(`Writes: ${outcomes.confirmed} confirmed, ${outcomes.refused} refused with a message, ${outcomes.failed} without a result`);
    for (const [message, times] of refusals) console.log(`  refused ${times}× ${message}`);
    const half = rss.filter((s) => s.at >= seconds / 2);
    const [mid, end] = [half[0].mb, rss[rss.length - 1].mb];
    const peak = Math.max(...rss.map((s) => s.mb));
    console.log(`Server RSS: ${rss[0].mb} MB at start, ${mid} MB at half time, ${end} MB at the end (peak ${peak} MB)`);

    const check = (pass: boolean, what: string) => {
      console.log(`  ${pass ? 'ok  ' : 'FAIL'} ${what}`);
      ok &&= pass;
    };
    check(serverErrors === 0 && failedRequests === 0, `no 5xx and no failed request (${serverErrors} 5xx, ${failedRequests} failed)`);
    check(outcomes.failed === 0, `every write answered with a result (${outcomes.failed} did not)`);
    check(end <= mid * 1.15, `memory stable over the second half (${mid} → ${end} MB, at most +15%)`);

    const query = await openDatabase(server.database === 'postgres' ? server.databaseUrl! : server.dataDir);
    try {
      const stored = new Map(
        (await query<{ reactor_key: string; article_id: number; kind: string }>(`select reactor_key, article_id, kind from article_reactions where reactor_key like 'a:%'`)).map((r) => [
          `${r.reactor_key}|${r.article_id}`,
          r.kind,
        ]),
      );
      const wrong = [...reactions.values()].filter((r) => (stored.get(`a:${r.rid}|${articleIds.get(r.article)}`) ?? null) !== r.kind).length;
      check(wrong === 0, `every visitor's last confirmed reaction is stored (${reactions.size} visitor × article pairs, ${wrong} differ)`);
      const tokens = (await query<{ body: string }>(`select body from comments where body like 'Still thinking about this one (soak-%'`)).map((r) => /soak-[\w-]+/.exec(r.body)![0]);
      const storedTokens = new Set(tokens);
      const missing = [...comments].filter((t) => !storedTokens.has(t)).length;
      const extra = [...refusedComments].filter((t) => storedTokens.has(t)).length;
      check(missing === 0 && extra === 0 && tokens.length === comments.size, `every confirmed comment stored once and no refused one (${comments.size} confirmed, ${missing} missing, ${extra} refused but stored)`);
      for (const { what, rows } of await counterMismatches(query)) check(rows === 0, `${what}: ${rows} rows disagree`);
    } finally {
      await query.close();
    }
  } finally {
    await server.stop().catch(() => undefined);
  }
  console.log(ok ? 'Soak passed.' : 'Soak FAILED.');
  process.exit(ok ? 0 : 1);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
