import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb, queryRows } from '@/db/client';
import { isEmpty, seedDemoContent } from '@/db/seed';
import { listLatestArticles, listTrendingArticles } from '@/lib/dal/articles';
import { listQueue } from '@/lib/dal/moderation-queue';
import { counterMismatches, type Query } from '../../scripts/lib/integrity';

describe('demo seed', () => {
  beforeAll(async () => {
    const db = await getDb();
    expect(await isEmpty(db)).toBe(true);
    await seedDemoContent(db, { password: null });
  });

  it('loads enough original content to browse', async () => {
    const db = await getDb();
    const [counts] = await queryRows<Record<string, number>>(
      db,
      sql`select
        (select count(*)::int from articles where status = 'published') as published,
        (select count(*)::int from articles where status = 'draft') as drafts,
        (select count(distinct category_id)::int from articles) as categories,
        (select count(*)::int from tags) as tags,
        (select count(*)::int from authors) as authors,
        (select count(*)::int from articles where video is not null) as with_video,
        (select count(*)::int from articles where watch_cta is not null) as with_cta,
        (select count(*)::int from users where role = 'moderator') as moderators`,
    );
    expect(counts.published).toBeGreaterThanOrEqual(40);
    expect(counts.drafts).toBeGreaterThanOrEqual(1);
    expect(counts.categories).toBeGreaterThanOrEqual(4);
    expect(counts.tags).toBeGreaterThanOrEqual(30);
    expect(counts.authors).toBeGreaterThanOrEqual(6);
    expect(counts.with_video).toBeGreaterThan(0);
    expect(counts.with_cta).toBeGreaterThan(0);
    expect(counts.moderators).toBe(1);
    expect(await isEmpty(db)).toBe(false);
  });

  it('gives the newsroom’s work in progress a first revision that matches it, so its history has a start', async () => {
    const db = await getDb();
    const rows = await queryRows<{ status: string; matches: boolean; revisions: number }>(
      db,
      sql`select a.status, count(r.id)::int as revisions,
          bool_and(r.version = a.version and r.snapshot->>'title' = a.title and r.snapshot->>'body' = a.body
            and (r.snapshot->>'categoryId')::int = a.category_id and r.actor_id = a.created_by
            and (select coalesce(jsonb_agg(v order by v), '[]'::jsonb) from jsonb_array_elements_text(r.snapshot->'tags') v) = (select coalesce(jsonb_agg(t.name order by t.name), '[]'::jsonb) from article_tags x join tags t on t.id = x.tag_id where x.article_id = a.id)) as matches
        from articles a left join article_revisions r on r.article_id = a.id
        where a.created_by is not null group by a.id`,
    );
    expect(rows.map((r) => r.status).sort()).toEqual(expect.arrayContaining(['draft', 'review', 'scheduled']));
    for (const row of rows) expect(row).toMatchObject({ revisions: 1, matches: true });
  });

  it('writes Markdown bodies with headings, quotes and lists, and hero images that exist', async () => {
    const db = await getDb();
    const rows = await queryRows<{ body: string; hero_image: string }>(db, sql`select body, hero_image from articles`);
    for (const { body } of rows) {
      expect(body).toMatch(/^## /m);
      expect(body).toMatch(/^> /m);
      expect(body).toMatch(/^(- |\d+\. |\| )/m);
    }
    const fs = await import('node:fs');
    for (const { hero_image } of rows) expect(fs.existsSync(`public${hero_image}`)).toBe(true);
  });

  it('publishes the newest demo article within the last day', async () => {
    const [latest] = await listLatestArticles(1);
    expect(Date.now() - latest.publishedAt.getTime()).toBeLessThan(24 * 3_600_000);
  });

  it('has a living conversation: most articles have 3 to 40 comments, replies and likes, from a dozen fans', async () => {
    const db = await getDb();
    const perArticle = await queryRows<{ n: number }>(
      db,
      sql`select count(c.id)::int as n from articles a left join comments c on c.article_id = a.id and c.status = 'published'
          where a.status = 'published' group by a.id`,
    );
    const lively = perArticle.filter(({ n }) => n >= 3 && n <= 40).length;
    expect(lively / perArticle.length).toBeGreaterThan(0.75);
    const [people] = await queryRows<Record<string, number>>(
      db,
      sql`select
        (select count(distinct author_id)::int from comments) as authors,
        (select count(*)::int from comments where parent_id is not null) as replies,
        (select count(*)::int from comment_likes) as likes,
        (select count(*)::int from comments where body ~ '[가-힣]') as hangul,
        (select count(*)::int from users u where exists (select 1 from comments c where c.author_id = u.id)
           and u.name ~ '^(Kim|Park|Lee|Choi|Jung|Han) ') as korean_names`,
    );
    expect(people.authors).toBeGreaterThanOrEqual(12);
    expect(people.replies).toBeGreaterThan(50);
    expect(people.likes).toBeGreaterThan(100);
    expect(people.hangul).toBeGreaterThan(5);
    expect(people.korean_names).toBeGreaterThanOrEqual(5);
  });

  it('gives the demo moderator a hidden comment with its reason, two reported, one pending, and a suspended reader', async () => {
    const db = await getDb();
    const [moderator] = await queryRows<{ id: string }>(db, sql`select id from users where email = 'moderator@hallyu.test'`);
    const reported = await listQueue(moderator.id, 'reported');
    const pending = await listQueue(moderator.id, 'pending');
    const hidden = await listQueue(moderator.id, 'hidden');
    expect(reported?.items).toHaveLength(2);
    expect(pending?.items).toHaveLength(1);
    expect(hidden?.items).toHaveLength(1);
    const [hiddenBy] = await queryRows<{ actor_id: string; reason: string }>(
      db,
      sql`select actor_id, reason from moderation_actions where action = 'hide' and comment_id = ${hidden!.items[0].id}`,
    );
    expect(hiddenBy).toEqual({ actor_id: moderator.id, reason: 'spam' });
    const [suspended] = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from users where suspended_until > now() and restriction_reason is not null`);
    expect(suspended.n).toBe(1);
  });

  it('keeps every counter equal to the rows it counts, and trending shows the conversation', async () => {
    const db = await getDb();
    const query = Object.assign(async <T,>(text: string) => queryRows<T>(db, sql.raw(text)), { close: async () => undefined }) as Query;
    expect((await counterMismatches(query)).filter((m) => m.rows > 0)).toEqual([]);
    const trending = await listTrendingArticles(5);
    expect(trending.some((a) => a.commentCount > 0)).toBe(true);
  });
});
