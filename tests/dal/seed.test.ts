import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb, queryRows } from '@/db/client';
import { isEmpty, seedDemoContent } from '@/db/seed';
import { listLatestArticles } from '@/lib/dal/articles';

describe('demo seed', () => {
  beforeAll(async () => {
    const db = await getDb();
    expect(await isEmpty(db)).toBe(true);
    await seedDemoContent(db);
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
});
