// Fills the database with a large, realistic archive for benchmarks:
//   npm run db:generate-load -- --articles 100000 --comments 1000000 --reactions 2000000 [--tags 3000] [--users 20000]
// Works on PGlite (PGLITE_DATA_DIR; stop the server first) or PostgreSQL (DATABASE_URL). Rows are generated
// inside the database with generate_series, in batches, so it takes minutes, not hours. Distributions are
// skewed like a real site: a few hot articles and tags get most of the activity, threads get long.
import { sql } from 'drizzle-orm';
import { closeDb, getDb, queryRows, type Db } from '../db/client';
import { readDbConfig } from '../db/config';

export type LoadSizes = { articles: number; comments: number; reactions: number; tags: number; users: number };

function argsToSizes(argv: string[]): LoadSizes {
  const get = (name: string, fallback: number) => {
    const i = argv.indexOf(`--${name}`);
    const value = i >= 0 ? Number(argv[i + 1]) : fallback;
    if (!Number.isInteger(value) || value < 0) throw new Error(`--${name} must be a whole number, got ${argv[i + 1]}`);
    return value;
  };
  const articles = get('articles', 10_000);
  return {
    articles,
    comments: get('comments', articles * 10),
    reactions: get('reactions', articles * 20),
    tags: get('tags', Math.max(50, Math.round(articles / 30))),
    users: get('users', Math.max(100, Math.round(articles / 5))),
  };
}

const WORDS = `drama episode finale premiere idol comeback stage ratings recap scene chemistry director writer
  soundtrack ballad rookie debut variety broadcast fandom lightstick teaser concept choreography rehearsal
  webtoon adaptation villain romance thriller historical palace prince detective courtroom café harbour
  summer winter ferry pharmacy hotel signal radio forecast letter umbrella rain night festival tour`
  .split(/\s+/)
  .filter(Boolean);

async function batches(label: string, total: number, size: number, run: (from: number, to: number) => Promise<void>) {
  const started = Date.now();
  for (let from = 1; from <= total; from += size) {
    const to = Math.min(total, from + size - 1);
    await run(from, to);
    process.stdout.write(`\r  ${label}: ${to.toLocaleString()} / ${total.toLocaleString()}`);
  }
  if (total > 0) process.stdout.write(` (${((Date.now() - started) / 1000).toFixed(1)} s)\n`);
}

export async function generateLoad(db: Db, sizes: LoadSizes): Promise<void> {
  const words = sql.raw(`array[${WORDS.map((w) => `'${w}'`).join(',')}]`);
  const run = `L${Date.now().toString(36)}`;

  // Categories and authors: reuse what exists (the demo seed), else create a few.
  await db.execute(sql`insert into categories (slug, name, position) select 'load-cat-' || g, 'Load category ' || g, 100 + g
    from generate_series(1, 5) g where not exists (select 1 from categories) on conflict do nothing`);
  await db.execute(sql`insert into authors (slug, name) select 'load-author-' || g, 'Load Author ' || g
    from generate_series(1, 8) g where not exists (select 1 from authors) on conflict do nothing`);

  console.log(`Generating into ${readDbConfig().kind === 'postgres' ? 'PostgreSQL' : 'PGlite'}:`, sizes);
  const [{ first_tag }] = await queryRows<{ first_tag: number }>(db, sql`select coalesce(max(id), 0) + 1 as first_tag from tags`);
  await batches('tags', sizes.tags, 10_000, async (from, to) => {
    await db.execute(sql`insert into tags (slug, name) select ${run}::text || '-tag-' || g, 'Topic ' || g from generate_series(${from}::int, ${to}::int) g`);
  });
  const [{ first_article }] = await queryRows<{ first_article: number }>(db, sql`select coalesce(max(id), 0) + 1 as first_article from articles`);

  await batches('articles', sizes.articles, 5_000, async (from, to) => {
    await db.execute(sql`
      insert into articles (slug, title, dek, body, hero_image, hero_alt, category_id, author_id, status, published_at, updated_at, created_at)
      select ${run}::text || '-article-' || g,
        initcap(w[1 + (g * 7) % n]) || ' ' || w[1 + (g * 13) % n] || ': the ' || w[1 + (g * 17) % n] || ' everyone is talking about',
        'A ' || w[1 + (g * 3) % n] || ' story about the ' || w[1 + (g * 5) % n] || ' and the ' || w[1 + (g * 11) % n] || '.',
        '## ' || initcap(w[1 + g % n]) || E'\n\n' || (select string_agg(w[1 + ((g * i * 31) % n)], ' ') from generate_series(1, 120) i)
          || E'\n\n> A quote about the ' || w[1 + (g * 19) % n] || E'.\n\n- one point\n- another point',
        '/images/heroes/hallyu.jpg', 'Illustrated key art',
        (select id from categories order by id offset (g % (select count(*) from categories)) limit 1),
        (select id from authors order by id offset (g % (select count(*) from authors)) limit 1),
        case when g % 50 = 0 then 'draft'::article_status else 'published'::article_status end,
        case when g % 50 = 0 then null else now() - make_interval(mins => (${sizes.articles}::int - g) * 7) end,
        now() - make_interval(mins => (${sizes.articles}::int - g) * 7),
        now() - make_interval(mins => (${sizes.articles}::int - g) * 7)
      from generate_series(${from}::int, ${to}::int) g, (select ${words} as w, ${WORDS.length}::int as n) words`);
  });
  const [{ last_article }] = await queryRows<{ last_article: number }>(db, sql`select max(id) as last_article from articles`);

  // 3 to 5 tags per article, skewed towards the first (hot) tags: power 3 of a uniform number.
  await db.execute(sql`
    insert into article_tags (article_id, tag_id)
    select a.id, ${first_tag}::int + floor(${sizes.tags}::int * power(random(), 3))::int
    from articles a, generate_series(1, 5) k
    where a.id >= ${first_article}::int and k <= 3 + a.id % 3
    on conflict do nothing`);
  await db.execute(sql`insert into article_stats (article_id) select id from articles where id >= ${first_article}::int on conflict do nothing`);

  await batches('users', sizes.users, 10_000, async (from, to) => {
    await db.execute(sql`insert into users (email, name, created_at)
      select ${run}::text || '-user-' || g || '@load.test', 'Fan ' || g, now() - interval '90 days'
      from generate_series(${from}::int, ${to}::int) g`);
  });

  // Reactions: hot articles (power 4) among the newest; reactors are random anonymous ids.
  const span = Number(last_article) - Number(first_article) + 1;
  await batches('reactions', sizes.reactions, 100_000, async (from, to) => {
    await db.execute(sql`
      insert into article_reactions (article_id, reactor_key, kind, created_at, updated_at)
      select ${last_article}::int - floor(${span}::int * power(random(), 4))::int,
        'a:' || md5(${run}::text || g)::uuid,
        (enum_range(null::reaction_kind))[1 + floor(random() * 6)::int],
        now() - make_interval(hours => floor(random() * 240)::int), now()
      from generate_series(${from}::int, ${to}::int) g
      on conflict do nothing`);
  });

  // Comments: top-level first, then replies (one level) to random earlier comments of the same article.
  const topLevel = Math.round(sizes.comments * 0.7);
  await batches('comments', topLevel, 100_000, async (from, to) => {
    await db.execute(sql`
      insert into comments (article_id, author_id, body, created_at, like_count)
      select ${last_article}::int - floor(${span}::int * power(random(), 4))::int,
        u.ids[1 + floor(random() * u.n)::int],
        'I loved the ' || (${words})[1 + floor(random() * ${WORDS.length})::int] || ' in this one. Number ' || g || '.',
        now() - make_interval(mins => floor(random() * 20000)::int),
        floor(power(random(), 6) * 200)::int
      from generate_series(${from}::int, ${to}::int) g,
        (select array_agg(id) as ids, count(*)::int as n from users where email like ${run}::text || '-user-%') u`);
  });
  await batches('replies', sizes.comments - topLevel, 100_000, async (from, to) => {
    await db.execute(sql`
      insert into comments (article_id, author_id, parent_id, body, created_at)
      select p.article_id, p.author_id, p.id, 'Agreed! Reply ' || g || '.', p.created_at + interval '5 minutes'
      from generate_series(${from}::int, ${to}::int) g
      cross join lateral (select id, article_id, author_id, created_at from comments
        where parent_id is null
          -- g makes the subquery correlated, so random() is drawn anew for every reply
          and id >= (select max(id) from comments where parent_id is null) - floor(random() * ${topLevel}::int)::int - (g * 0)
        order by id limit 1) p`);
  });

  const step = async (label: string, query: ReturnType<typeof sql>) => {
    const t0 = Date.now();
    await db.execute(query);
    console.log(`  ${label} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
  };
  await step('reply counts', sql`update comments c set reply_count = r.n
    from (select parent_id, count(*)::int n from comments where parent_id is not null group by 1) r where r.parent_id = c.id`);
  await step('reaction counts', sql`with fresh as (select article_id, kind, count(*)::int n from article_reactions group by 1, 2)
    insert into article_reaction_counts (article_id, kind, count) select article_id, kind, n from fresh
    on conflict (article_id, kind) do update set count = excluded.count`);
  await step('article totals', sql`update article_stats s set reaction_count = coalesce(r.n, 0), comment_count = coalesce(c.n, 0)
    from articles a
    left join (select article_id, count(*)::int n from article_reactions group by 1) r on r.article_id = a.id
    left join (select article_id, count(*)::int n from comments where status = 'published' group by 1) c on c.article_id = a.id
    where s.article_id = a.id and (s.reaction_count <> coalesce(r.n, 0) or s.comment_count <> coalesce(c.n, 0))`);
  await step('trending activity', sql`insert into article_activity_daily (article_id, day, reactions, comments)
    select article_id, day, sum(r)::int, sum(c)::int from (
      select article_id, created_at::date as day, 1 as r, 0 as c from article_reactions where created_at > now() - interval '8 days'
      union all select article_id, created_at::date, 0, 1 from comments where created_at > now() - interval '8 days' and status = 'published'
    ) x group by 1, 2
    on conflict (article_id, day) do update set reactions = excluded.reactions, comments = excluded.comments`);
  // What autovacuum would do on a settled database: statistics, and the visibility map index-only scans need.
  await db.execute(sql`vacuum analyze`);
}

async function main() {
  const sizes = argsToSizes(process.argv.slice(2));
  const started = Date.now();
  const db = await getDb();
  await generateLoad(db, sizes);
  const [counts] = await queryRows<Record<string, number>>(
    db,
    sql`select (select count(*)::int from articles) as articles, (select count(*)::int from article_tags) as article_tags,
      (select count(*)::int from article_reactions) as reactions, (select count(*)::int from comments) as comments,
      (select count(*)::int from users) as users`,
  );
  console.log(`Done in ${((Date.now() - started) / 1000).toFixed(0)} s. The database now holds:`, counts);
  await closeDb();
}

if (process.argv[1]?.endsWith('generate-load.ts')) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
