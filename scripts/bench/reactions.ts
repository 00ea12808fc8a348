// Reaction changes per second through the real server action on a production build, counts checked.
// Each worker is one visitor: it loads the article, then clicks reactions the way the page's JavaScript
// does (a Next-Action POST encoded by React's own encodeReply), keeping its reactor cookie, switching
// kind on every click. Afterwards the page must show exactly each visitor's last choice.
// Usage: npm run bench:reactions [-- --visitors 20 --changes 50]   (set DATABASE_URL for PostgreSQL)
import { REACTIONS, type ReactionKind } from '../../lib/reactions';
import { postReaction, reactionFormOnPage } from '../lib/server-actions';
import { ensureBuild, startServer } from '../lib/production-server';

const ARTICLE = '/articles/moonlit-pharmacy-premiere-first-look';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};

function countsOnPage(html: string): Record<ReactionKind, number> {
  return Object.fromEntries(
    REACTIONS.map((r) => [r.kind, Number(new RegExp(`aria-label="${r.label}, (\\d+)"`).exec(html)?.[1] ?? NaN)]),
  ) as Record<ReactionKind, number>;
}

export async function benchReactions(options: { visitors: number; changes: number; port: number }) {
  const server = await startServer(options.port, {
    REACTION_LIMIT_PER_MINUTE: String(options.changes * 10),
    REACTION_LIMIT_PER_IP_PER_MINUTE: String(options.visitors * options.changes * 10),
    NEW_REACTORS_PER_IP_PER_DAY: '1000000', // every visitor of this run reacts from 127.0.0.1
  });
  try {
    const page = await (await fetch(server.url + ARTICLE)).text();
    const form = reactionFormOnPage(page);
    const before = countsOnPage(page);
    const rssBefore = server.rssMb();
    let accepted = 0;
    let failed = 0;
    const last: ReactionKind[] = [];
    const cookies: string[] = [];
    const latencies: number[] = [];

    async function visitor(index: number) {
      let cookie = '';
      for (let i = 0; i < options.changes; i++) {
        const kind = REACTIONS[(index + i) % REACTIONS.length].kind;
        const t0 = performance.now();
        const res = await postReaction(server.url + ARTICLE, form, kind, cookie);
        const text = await res.text();
        latencies.push(performance.now() - t0);
        const setCookie = res.headers.get('set-cookie');
        if (setCookie) cookie = cookies[index] = setCookie.split(';')[0];
        if (res.ok && text.includes('"status":"success"')) {
          accepted++;
          last[index] = kind;
        } else failed++;
      }
    }

    const started = performance.now();
    await Promise.all(Array.from({ length: options.visitors }, (_, i) => visitor(i)));
    const seconds = (performance.now() - started) / 1000;

    // Read back as one of the visitors: the page cache answers only visitors without a reactor cookie,
    // and its copy may show counts up to PAGE_CACHE_SECONDS old.
    const after = countsOnPage(await (await fetch(server.url + ARTICLE, { headers: { Cookie: cookies.find(Boolean) ?? '' } })).text());
    const expected = { ...before };
    for (const kind of last) if (kind) expected[kind]++;
    latencies.sort((a, b) => a - b);
    return {
      database: server.database,
      visitors: options.visitors,
      changes: accepted + failed,
      failed,
      changesPerSecond: Math.round(accepted / seconds),
      p50Ms: Math.round(latencies[Math.floor(latencies.length * 0.5)]),
      p99Ms: Math.round(latencies[Math.floor(latencies.length * 0.99)]),
      countsExact: REACTIONS.every((r) => after[r.kind] === expected[r.kind]),
      storedTotal: Object.values(after).reduce((a, b) => a + b, 0),
      rssMb: `${rssBefore} → ${server.rssMb()}`,
    };
  } finally {
    await server.stop();
  }
}

if (process.argv[1]?.endsWith('reactions.ts')) {
  ensureBuild();
  benchReactions({ visitors: arg('visitors', 20), changes: arg('changes', 50), port: arg('port', 3240) })
    .then((result) => {
      console.table([result]);
      if (!result.countsExact || result.failed > 0) process.exit(1);
    })
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
}
