// Query timings at growing archive sizes: similar articles (and, once comments exist, the comment page)
// at 1k / 10k / 100k articles, with EXPLAIN ANALYZE showing which indexes the plan uses.
// Run with the react-server condition so the data-access layer's 'server-only' guard allows it:
//   npm run bench:queries [-- --sizes 1000,10000,100000 --samples 200]    (DATABASE_URL for PostgreSQL)
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { closeDb, getDb, queryRows } from '../../db/client';
import { listRelatedArticles, relatedArticlesQuery } from '../../lib/dal/articles';
import { listComments } from '../../lib/dal/comments';
import { countQueues, listQueue, scoredQueueQuery } from '../../lib/dal/moderation-queue';
import { generateLoad } from '../generate-load';
import { createScratchDatabase } from '../lib/scratch-database';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))];

async function switchToFreshDatabase(baseUrl: string | undefined): Promise<() => Promise<void>> {
  await closeDb();
  if (!baseUrl) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hallyu-bench-q-'));
    process.env.PGLITE_DATA_DIR = path.join(dir, 'pglite');
    return async () => {
      await closeDb();
      fs.rmSync(dir, { recursive: true, force: true });
    };
  }
  const scratch = await createScratchDatabase(baseUrl, 'hallyu_bench_q');
  process.env.DATABASE_URL = scratch.url;
  return async () => {
    await closeDb();
    await scratch.drop();
  };
}

export type QueryFigures = { articles: number; query: string; p50Ms: number; p95Ms: number; usesIndex: boolean; plan: string };

export async function benchQueries(sizes: number[], samples: number): Promise<QueryFigures[]> {
  const baseUrl = process.env.DATABASE_URL;
  const figures: QueryFigures[] = [];
  for (const size of sizes) {
    const drop = await switchToFreshDatabase(baseUrl);
    try {
      const db = await getDb();
      const started = Date.now();
      await generateLoad(db, { articles: size, comments: size * 2, reactions: size * 2, tags: Math.max(50, Math.round(size / 30)), users: Math.max(100, size / 20) });
      console.log(`  generated ${size.toLocaleString()} articles in ${((Date.now() - started) / 1000).toFixed(0)} s`);
      const picks = await queryRows<{ id: number; category_id: number }>(
        db,
        sql`select id, category_id from articles where status = 'published' order by random() limit ${samples}`,
      );
      for (const p of picks.slice(0, 10)) await listRelatedArticles(p.id, p.category_id); // warm up
      const hotArticle = picks[0];
      const times: number[] = [];
      for (const p of picks) {
        const t0 = performance.now();
        await listRelatedArticles(p.id, p.category_id);
        times.push(performance.now() - t0);
      }
      times.sort((a, b) => a - b);
      const planRows = await queryRows<{ 'QUERY PLAN': string }>(db, sql`explain (analyze, costs off) ${relatedArticlesQuery(hotArticle.id, hotArticle.category_id)}`);
      const plan = planRows.map((r) => r['QUERY PLAN']).join('\n');
      const scansBigTables = /Seq Scan on (articles|article_tags)\b/.test(plan);
      figures.push({
        articles: size,
        query: 'similar articles',
        p50Ms: Number(percentile(times, 0.5).toFixed(2)),
        p95Ms: Number(percentile(times, 0.95).toFixed(2)),
        usesIndex: !scansBigTables && /Index (Only )?Scan/.test(plan),
        plan,
      });

      // The first page of comments (with their replies) on the most commented articles: two queries.
      const hot = await queryRows<{ id: number }>(db, sql`select article_id as id from article_stats order by comment_count desc limit 50`);
      const commentTimes: number[] = [];
      for (let i = 0; i < samples; i++) {
        const t0 = performance.now();
        await listComments(hot[i % hot.length].id, null, { sort: i % 2 ? 'top' : 'newest' });
        commentTimes.push(performance.now() - t0);
      }
      commentTimes.sort((a, b) => a - b);
      const commentPlan = (
        await queryRows<{ 'QUERY PLAN': string }>(
          db,
          sql`explain (analyze, costs off) select id from comments c where c.article_id = ${hot[0].id} and c.parent_id is null
              order by c.created_at desc, c.id desc limit 21`,
        )
      )
        .map((r) => r['QUERY PLAN'])
        .join('\n');
      figures.push({
        articles: size,
        query: 'comment page (busiest articles)',
        p50Ms: Number(percentile(commentTimes, 0.5).toFixed(2)),
        p95Ms: Number(percentile(commentTimes, 0.95).toFixed(2)),
        usesIndex: !/Seq Scan on comments\b/.test(commentPlan) && /Index/.test(commentPlan),
        plan: commentPlan,
      });

      // One thread of 10,000 comments (a finale night) against one of 100: the first page in every order
      // must cost the same (keyset on the thread's indexes), and at most 30 ms.
      if (size === sizes[0]) {
        for (const threadSize of [100, 10_000]) {
          const [{ id: threadArticle }] = await queryRows<{ id: number }>(db, sql`select id from articles where status = 'published' order by id desc limit 1 offset ${threadSize === 100 ? 1 : 2}`);
          await db.execute(sql`insert into comments (article_id, author_id, body, created_at, like_count, staff_pick_at)
            select ${threadArticle}, (select id from users order by id limit 1 offset (g % 50)), 'Finale comment ' || g,
                   now() - make_interval(secs => g), g % 37, case when g % 100 = 0 then now() - make_interval(secs => g) end
            from generate_series(1, ${threadSize}) g`);
          await db.execute(sql`analyze comments`);
          for (const sort of ['newest', 'top', 'featured'] as const) {
            await listComments(threadArticle, null, { sort }); // warm up
            const threadTimes: number[] = [];
            for (let i = 0; i < Math.min(samples, 100); i++) {
              const t0 = performance.now();
              await listComments(threadArticle, null, { sort });
              threadTimes.push(performance.now() - t0);
            }
            threadTimes.sort((a, b) => a - b);
            figures.push({
              articles: size,
              query: `comment page of a ${threadSize.toLocaleString('en')}-comment thread, ${sort}`,
              p50Ms: Number(percentile(threadTimes, 0.5).toFixed(2)),
              p95Ms: Number(percentile(threadTimes, 0.95).toFixed(2)),
              usesIndex: true,
              plan: '',
            });
          }
        }
      }

      // Finale night in the moderation queue: 2% of all comments held for review and 2% reported, the
      // first page of each tab sorted by risk (every queued comment scored) and the tab counts.
      const [mod] = await queryRows<{ id: string }>(db, sql`insert into users (email, name, role) values ('bench-mod@example.test', 'Bench Mod', 'moderator') returning id`);
      await db.execute(sql`update comments set status = 'pending' where id % 50 = 0`);
      await db.execute(sql`update comments set report_count = 1 + id % 5 where id % 50 = 1`);
      const [queued] = await queryRows<{ pending: number; reported: number }>(
        db,
        sql`select count(*) filter (where status = 'pending')::int as pending, count(*) filter (where report_count > 0)::int as reported from comments`,
      );
      for (const tab of ['pending', 'reported'] as const) {
        await listQueue(mod.id, tab); // warm up
        const queueTimes: number[] = [];
        for (let i = 0; i < Math.min(samples, 50); i++) {
          const t0 = performance.now();
          await Promise.all([listQueue(mod.id, tab), countQueues(mod.id)]);
          queueTimes.push(performance.now() - t0);
        }
        queueTimes.sort((a, b) => a - b);
        const queuePlan = (await queryRows<{ 'QUERY PLAN': string }>(db, sql`explain (analyze, costs off) ${scoredQueueQuery(tab, undefined)}`))
          .map((r) => r['QUERY PLAN'])
          .join('\n');
        figures.push({
          articles: size,
          query: `moderation queue: ${tab} (${queued[tab].toLocaleString('en')} queued), first page by risk + counts`,
          p50Ms: Number(percentile(queueTimes, 0.5).toFixed(2)),
          p95Ms: Number(percentile(queueTimes, 0.95).toFixed(2)),
          usesIndex: !/Seq Scan on comments\b/.test(queuePlan),
          plan: queuePlan,
        });
      }
    } finally {
      await drop();
    }
  }
  return figures;
}

if (process.argv[1]?.endsWith('queries.ts')) {
  const sizes = arg('sizes', '1000,10000,100000').split(',').map(Number);
  benchQueries(sizes, Number(arg('samples', '200')))
    .then((figures) => {
      console.table(figures.map((f) => ({ database: process.env.DATABASE_URL ? "postgres" : "pglite", articles: f.articles, query: f.query, p50Ms: f.p50Ms, p95Ms: f.p95Ms, usesIndex: f.usesIndex })));
      for (const f of figures.filter((x) => x.articles === Math.max(...sizes))) {
        console.log(`\nEXPLAIN ANALYZE, ${f.query}, ${f.articles.toLocaleString()} articles:\n${f.plan}`);
      }
      if (figures.some((f) => !f.usesIndex)) {
        console.error('A plan scans a large table instead of using an index.');
        process.exit(1);
      }
    })
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
}
