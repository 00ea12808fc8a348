// npm run bench: every performance figure in one run, printed as tables and saved to bench/results/.
// PGlite by default; set DATABASE_URL to run on PostgreSQL. --quick skips the 100,000-article queries.
import fs from 'node:fs';
import path from 'node:path';
import { benchPages } from './pages';
import { benchLive } from './live';
import { benchQueries } from './queries';
import { benchReactions } from './reactions';
import { ensureBuild } from '../lib/production-server';

async function main() {
  ensureBuild();
  const quick = process.argv.includes('--quick');
  const started = new Date();
  console.log('Pages (autocannon, 127.0.0.1)…');
  const pages = await benchPages({ seconds: quick ? 5 : 10, port: 3241 });
  console.log('Reactions through the server action…');
  const reactions = await benchReactions({ visitors: 20, changes: quick ? 50 : 200, port: 3242 }); // long enough to run warm
  console.log('Live comment streams…');
  const live = await benchLive({ streams: 1_000, comments: quick ? 3 : 10, port: 3243 });
  console.log('Queries at growing archive sizes…');
  const queries = await benchQueries(quick ? [1_000, 10_000] : [1_000, 10_000, 100_000], 200);

  console.log(`\nHallyu benchmark, ${started.toISOString()}, database: ${pages.database}\n`);
  console.table(pages.figures);
  console.table(pages.visitors);
  console.log(`Article / static copy throughput at 50 connections: ${pages.articleToStaticRatio} (target ≥ 0.9)`);
  console.log(`Signed-in page loads (shared copy + personal view) at 50 connections: ${pages.signedInPageLoads.perSec}/s, ${pages.signedInPageLoads.toStatic} of the static copy (target ≥ 0.06)`);
  console.log(`Reaction action / the cheapest action at 50 connections: ${pages.reactionToCeilingRatio} (target ≥ 0.8)`);
  console.log(`First-load JavaScript of the article page: ${pages.firstLoadJsKb} kB gzip (target ≤ React DOM + Next.js runtime + 15 kB)`);
  console.log(`Server memory (RSS): ${pages.rssMb.start} MB at start, ${pages.rssMb.end} MB after the load\n`);
  console.table([reactions]);
  console.log(
    `Live threads: ${live.streams} streams on one instance, ${live.deliveries} deliveries (${live.missed} missed), p50 ${live.p50Ms} ms, p99 ${live.p99Ms} ms (target ≤ 1,000); RSS ${live.rssMb.before} → ${live.rssMb.after} MB, +${live.rssMb.growth} (target ≤ 100)`,
  );
  console.table(queries.map(({ plan: _unused, ...q }) => q)); // eslint-disable-line @typescript-eslint/no-unused-vars

  fs.mkdirSync(path.join('bench', 'results'), { recursive: true });
  const file = path.join('bench', 'results', `${started.toISOString().replace(/[:.]/g, '-')}-${pages.database}.json`);
  fs.writeFileSync(file, JSON.stringify({ startedAt: started, pages, reactions, live, queries }, null, 2));
  console.log(`Saved ${file}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
