// Page throughput on a production build: article, home and category pages at 10 and 50 connections,
// against the same article's HTML saved as a static file and served by the same server.
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { STANDALONE_SERVER, startServer } from '../lib/production-server';
import { load, type LoadFigure } from './load';
import { benchVisitors } from './visitors';

export const ARTICLE = '/articles/moonlit-pharmacy-review';
const STATIC_COPY = '/bench/article-static.html';

export type PageFigure = { page: string } & LoadFigure;

/**
 * gzip size of the JavaScript a first visit to the page loads: the <script src> tags in its HTML, less
 * the legacy polyfills marked noModule, which modern browsers never download.
 */
export function firstLoadJsKb(html: string): number {
  const sources = [...html.matchAll(/<script([^>]+)>/g)]
    .filter((m) => !/\bnoModule\b/i.test(m[1]))
    .map((m) => /src="(\/_next\/static\/[^"]+\.js)"/.exec(m[1])?.[1])
    .filter((src): src is string => Boolean(src));
  const bytes = [...new Set(sources)].reduce((sum, src) => {
    const file = path.join('.next', 'static', src.replace('/_next/static/', ''));
    return sum + gzipSync(fs.readFileSync(file), { level: 9 }).length;
  }, 0);
  return Math.round((bytes / 1024) * 10) / 10;
}

function ratioAt50(rows: { visitor: string; connections: number; requestsPerSec: number }[], a: string, b: string): number {
  const at = (name: string) => rows.find((r) => r.visitor === name && r.connections === 50)?.requestsPerSec ?? 0;
  return at(b) ? Math.round((at(a) / at(b)) * 100) / 100 : 0;
}

export async function benchPages(options: { seconds: number; port: number }) {
  // 1. Save the article's HTML as a static file: the standalone server serves its own copy of public/,
  // files known at start-up.
  const first = await startServer(options.port);
  const html = await (await fetch(first.url + ARTICLE)).text();
  await first.stop();
  const folder = path.join(path.dirname(STANDALONE_SERVER), 'public', 'bench');
  fs.mkdirSync(folder, { recursive: true });
  fs.writeFileSync(path.join(folder, 'article-static.html'), html);

  // 2. Measure pages and the static copy on one server. Every visitor comes from 127.0.0.1, and the
  // reaction rows are 50 reactors changing their reaction as fast as they can: lift the limits that
  // would refuse them (the rate-limit statement still runs on every reaction).
  const server = await startServer(options.port, {
    REACTION_LIMIT_PER_MINUTE: '100000',
    REACTION_LIMIT_PER_IP_PER_MINUTE: '1000000',
    NEW_REACTORS_PER_IP_PER_DAY: '100000',
  });
  try {
    const rssStart = server.rssMb();
    const targets = [
      { page: 'article', path: ARTICLE },
      { page: 'article (static copy)', path: STATIC_COPY },
      { page: 'home', path: '/' },
      { page: 'category', path: '/category/drama-news' },
    ];
    for (const t of targets) await fetch(server.url + t.path); // warm caches and compiled code
    const figures: PageFigure[] = [];
    for (const connections of [10, 50]) {
      for (const t of targets) {
        figures.push({ page: t.page, ...(await load(server.url + t.path, connections, options.seconds)) });
      }
    }
    const at50 = (page: string) => figures.find((f) => f.page === page && f.connections === 50)!;
    const visitors = await benchVisitors(server, ARTICLE, options.seconds);
    // A signed-in reader's page load is two requests (the shared copy, then their personal view): page
    // loads a second is the harmonic combination of the two rates, compared with the static copy.
    const visitorAt50 = (name: string) => visitors.find((v) => v.visitor === name && v.connections === 50)?.requestsPerSec ?? 0;
    const pageLoad = 1 / (1 / visitorAt50('article, signed-in reader') + 1 / visitorAt50('their personal view (one per page load above)'));
    return {
      database: server.database,
      figures,
      visitors,
      articleToStaticRatio: Math.round((at50('article').requestsPerSec / at50('article (static copy)').requestsPerSec) * 100) / 100,
      signedInPageLoads: { perSec: Math.round(pageLoad), toStatic: Math.round((pageLoad / at50('article (static copy)').requestsPerSec) * 1000) / 1000 },
      reactionToCeilingRatio: ratioAt50(visitors, 'reaction action, one reactor per connection', 'server action refused before any work (the ceiling)'),
      firstLoadJsKb: firstLoadJsKb(html),
      rssMb: { start: rssStart, end: server.rssMb() },
    };
  } finally {
    await server.stop();
  }
}
