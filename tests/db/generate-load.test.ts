import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb, queryRows } from '@/db/client';
import { generateLoad } from '../../scripts/generate-load';

describe('load generator', () => {
  beforeAll(async () => {
    await generateLoad(await getDb(), { articles: 300, comments: 2_000, reactions: 3_000, tags: 40, users: 50 });
  }, 120_000);

  it('creates the requested rows with every counter equal to the rows it counts', async () => {
    const db = await getDb();
    const [c] = await queryRows<Record<string, number>>(
      db,
      sql`select (select count(*)::int from articles) as articles,
        (select count(*)::int from comments) as comments,
        (select count(*)::int from article_reactions) as reactions,
        (select count(*)::int from article_stats s where s.reaction_count <> (select count(*) from article_reactions r where r.article_id = s.article_id)) as bad_reaction_totals,
        (select count(*)::int from article_stats s where s.comment_count <> (select count(*) from comments c where c.article_id = s.article_id and c.status = 'published')) as bad_comment_totals,
        (select count(*)::int from article_reaction_counts k where k.count <> (select count(*) from article_reactions r where r.article_id = k.article_id and r.kind = k.kind)) as bad_kind_counts,
        (select count(*)::int from comments c where c.reply_count <> (select count(*) from comments r where r.parent_id = c.id)) as bad_reply_counts,
        (select count(*)::int from comments r join comments p on p.id = r.parent_id where p.parent_id is not null or p.article_id <> r.article_id) as bad_threads,
        (select count(distinct parent_id)::int from comments) as distinct_parents,
        (select count(*)::int from articles a where not exists (select 1 from article_tags t where t.article_id = a.id)) as untagged`,
    );
    expect(c.articles).toBe(300);
    expect(c.comments).toBe(2_000);
    expect(c.reactions).toBeGreaterThan(2_900); // random reactor ids: a handful may collide
    expect(c).toMatchObject({ bad_reaction_totals: 0, bad_comment_totals: 0, bad_kind_counts: 0, bad_reply_counts: 0, bad_threads: 0, untagged: 0 });
    expect(c.distinct_parents).toBeGreaterThan(50);
  });

  it('skews activity towards a few hot articles', async () => {
    const db = await getDb();
    const [s] = await queryRows<{ top_share: number }>(
      db,
      sql`select (select sum(reaction_count) from (select reaction_count from article_stats order by 1 desc limit 30) t)::float
              / greatest(1, (select sum(reaction_count) from article_stats)) as top_share`,
    );
    expect(s.top_share).toBeGreaterThan(0.3); // the top 10% of articles hold well over 10% of reactions
  });
});
