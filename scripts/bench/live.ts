// Live threads at scale: N open comment streams on one production instance (issue #17's target: 1,000
// streams, server RSS growth ≤ 100 MB, a new comment delivered to all of them within 1 s at p99).
// Opens the streams from 127.0.0.1, measures the server's memory, posts comments through the real
// server action, and times each stream's receipt of each comment.
// Usage: npm run bench:live [-- --streams 1000 --comments 5]   (set DATABASE_URL for PostgreSQL)
import http from 'node:http';
import { callFormAction, mergeCookies } from '../lib/server-actions';
import { ensureBuild, startServer } from '../lib/production-server';

const ARTICLE = '/articles/seven-summers-review';
const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))];

type Stream = { seen: Map<string, number>; close: () => void };

/** One EventSource-like reader: notes when each comment body first appears in the stream. */
function openStream(url: URL, bodies: string[]): Promise<Stream> {
  return new Promise((resolve, reject) => {
    const seen = new Map<string, number>();
    const request = http.get({ host: url.hostname, port: url.port, path: url.pathname, agent: false, headers: { accept: 'text/event-stream' } }, (response) => {
      if (response.statusCode !== 200) return reject(new Error(`stream answered ${response.statusCode}`));
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => {
        const at = performance.now();
        for (const body of bodies) if (!seen.has(body) && chunk.includes(body)) seen.set(body, at);
      });
      resolve({ seen, close: () => request.destroy() });
    });
    request.on('error', reject);
  });
}

export async function benchLive(options: { streams: number; comments: number; port: number }) {
  const server = await startServer(options.port, { NEW_ACCOUNT_COMMENT_INTERVAL_SECONDS: '1', COMMENT_INTERVAL_SECONDS: '1', SIGNUP_LIMIT_PER_IP_PER_HOUR: '1000' });
  try {
    const page = await (await fetch(server.url + ARTICLE)).text();
    const articleId = /name="articleId" value="(\d+)"/.exec(page)![1];
    const bodies = Array.from({ length: options.comments }, (_, i) => `Live bench comment ${i} ${Date.now()}`);
    const signUp = await callFormAction(`${server.url}/signup`, 'signUpAction', {
      name: `Bench Writer ${Date.now().toString(36)}`,
      email: `bench-live-${Date.now()}@example.test`,
      password: `bench-live-${Date.now()}-Aa`,
    });
    const cookie = mergeCookies('', signUp.setCookie);

    const rssBefore = server.rssMb();
    const url = new URL(`/api/articles/${articleId}/live`, server.url);
    const streams: Stream[] = [];
    for (let i = 0; i < options.streams; i += 100) {
      streams.push(...(await Promise.all(Array.from({ length: Math.min(100, options.streams - i) }, () => openStream(url, bodies)))));
    }
    await new Promise((r) => setTimeout(r, 1_000));
    const rssOpen = server.rssMb();

    const latencies: number[] = [];
    let missed = 0;
    for (const body of bodies) {
      const sentAt = performance.now();
      const posted = await callFormAction(server.url + ARTICLE, 'postComment', { articleId, body }, cookie);
      if (posted.status !== 'success') throw new Error(`comment refused: ${posted.message}`);
      const deadline = performance.now() + 5_000;
      while (streams.some((s) => !s.seen.has(body)) && performance.now() < deadline) await new Promise((r) => setTimeout(r, 10));
      for (const s of streams) {
        const at = s.seen.get(body);
        if (at === undefined) missed++;
        else latencies.push(at - sentAt);
      }
      await new Promise((r) => setTimeout(r, 1_100)); // the writer's interval between comments
    }
    const rssAfter = server.rssMb();
    for (const s of streams) s.close();
    latencies.sort((a, b) => a - b);
    return {
      database: server.database,
      streams: options.streams,
      comments: options.comments,
      deliveries: latencies.length,
      missed,
      p50Ms: Math.round(percentile(latencies, 0.5)),
      p99Ms: Math.round(percentile(latencies, 0.99)),
      maxMs: Math.round(latencies.at(-1) ?? 0),
      rssMb: { before: rssBefore, open: rssOpen, after: rssAfter, growth: rssAfter - rssBefore },
    };
  } finally {
    await server.stop();
  }
}

if (process.argv[1]?.endsWith('live.ts')) {
  ensureBuild();
  benchLive({ streams: arg('streams', 1000), comments: arg('comments', 5), port: 3243 })
    .then((figures) => {
      console.table([{ ...figures, rssMb: `${figures.rssMb.before} → ${figures.rssMb.open} → ${figures.rssMb.after} (+${figures.rssMb.growth})` }]);
      console.log('Targets: RSS growth ≤ 100 MB with 1,000 streams; delivery p99 ≤ 1,000 ms.');
    })
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
}
