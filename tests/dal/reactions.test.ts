import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb, queryRows } from '@/db/client';
import { adoptReactions, getReactionSummary, setReaction } from '@/lib/dal/reactions';
import { REACTION_KINDS } from '@/lib/reactions';
import { createArticle } from '../support/fixtures';

const anon = () => `a:${randomUUID()}`;
const user = () => `u:${randomUUID()}`;

/** Every stored counter of an article next to the rows it counts. */
async function countsVersusRows(articleId: number) {
  const db = await getDb();
  const rows = await queryRows<{ kind: string; stored: number; actual: number }>(
    db,
    sql`select k.kind, coalesce(c.count, 0)::int as stored,
          (select count(*)::int from article_reactions r where r.article_id = ${articleId} and r.kind = k.kind) as actual
        from unnest(enum_range(null::reaction_kind)) as k(kind)
        left join article_reaction_counts c on c.article_id = ${articleId} and c.kind = k.kind`,
  );
  const [stats] = await queryRows<{ stored: number; actual: number }>(
    db,
    sql`select coalesce((select reaction_count from article_stats where article_id = ${articleId}), 0)::int as stored,
               (select count(*)::int from article_reactions where article_id = ${articleId}) as actual`,
  );
  return { perKind: rows, total: stats };
}

describe('reactions', () => {
  it('sets, switches and takes back one reaction per reactor', async () => {
    const article = await createArticle();
    const me = anon();
    let result = await setReaction(article.id, me, 'love');
    expect(result).toMatchObject({ status: 'ok', summary: { mine: 'love', total: 1 } });
    result = await setReaction(article.id, me, 'wow');
    expect(result).toMatchObject({ status: 'ok', summary: { mine: 'wow', total: 1 } });
    if (result.status === 'ok') expect(result.summary.counts).toMatchObject({ love: 0, wow: 1 });
    result = await setReaction(article.id, me, 'wow'); // the same request twice changes nothing
    expect(result).toMatchObject({ status: 'ok', summary: { mine: 'wow', total: 1 } });
    result = await setReaction(article.id, me, null);
    expect(result).toMatchObject({ status: 'ok', summary: { mine: null, total: 0 } });
    result = await setReaction(article.id, me, null);
    expect(result).toMatchObject({ status: 'ok', summary: { mine: null, total: 0 } });
  });

  it('refuses unknown and unpublished articles and changes nothing', async () => {
    const draft = await createArticle({ status: 'draft', publishedAt: null });
    expect(await setReaction(draft.id, anon(), 'love')).toEqual({ status: 'not_found' });
    expect(await setReaction(2_000_000_000, anon(), 'love')).toEqual({ status: 'not_found' });
    expect((await getReactionSummary(draft.id, null)).total).toBe(0);
    await expect(setReaction(draft.id, "u:' or 1=1 --", 'love')).rejects.toThrow('invalid reactor key');
  });

  it('counts 200 concurrent reactors exactly', async () => {
    const article = await createArticle();
    const reactors = Array.from({ length: 200 }, (_, i) => (i % 2 ? anon() : user()));
    const results = await Promise.all(
      reactors.map((r, i) => setReaction(article.id, r, REACTION_KINDS[i % REACTION_KINDS.length])),
    );
    expect(results.every((r) => r.status === 'ok')).toBe(true);
    const summary = await getReactionSummary(article.id, null);
    expect(summary.total).toBe(200);
    const { perKind, total } = await countsVersusRows(article.id);
    for (const row of perKind) expect(row.stored).toBe(row.actual);
    expect(total).toEqual({ stored: 200, actual: 200 });
  });

  it('leaves exactly one row after 50 concurrent clicks from one reactor, across switches', async () => {
    const article = await createArticle();
    const me = anon();
    await Promise.all(Array.from({ length: 50 }, (_, i) => setReaction(article.id, me, i % 3 === 0 ? 'sad' : 'angry')));
    const db = await getDb();
    const [{ n }] = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from article_reactions where article_id = ${article.id}`);
    expect(n).toBe(1);
    const { perKind, total } = await countsVersusRows(article.id);
    for (const row of perKind) expect(row.stored).toBe(row.actual);
    expect(total).toEqual({ stored: 1, actual: 1 });
  });

  it('gives an anonymous visitor’s reactions to their account on sign-in, without double counting', async () => {
    const [a, b, c] = [await createArticle(), await createArticle(), await createArticle()];
    const visitor = anon();
    const account = user();
    await setReaction(a.id, visitor, 'love'); // only anonymous: moves
    await setReaction(b.id, visitor, 'haha'); // both: the account's stays
    await setReaction(b.id, account, 'sad');
    await setReaction(c.id, account, 'wow'); // only the account: untouched

    expect(await adoptReactions(visitor, account)).toBe(1);
    expect((await getReactionSummary(a.id, account)).mine).toBe('love');
    expect(await getReactionSummary(b.id, account)).toMatchObject({ mine: 'sad', total: 1 });
    expect((await getReactionSummary(c.id, account)).mine).toBe('wow');
    expect((await getReactionSummary(a.id, visitor)).mine).toBeNull();
    for (const article of [a, b, c]) {
      const { perKind, total } = await countsVersusRows(article.id);
      for (const row of perKind) expect(row.stored).toBe(row.actual);
      expect(total.stored).toBe(total.actual);
    }
  });
});

describe('reactions by restricted accounts', () => {
  it('refuses a banned or suspended account and writes nothing; a lapsed suspension allows it again', async () => {
    const { getDb } = await import('@/db/client');
    const { users } = await import('@/db/schema');
    const { eq } = await import('drizzle-orm');
    const db = await getDb();
    const article = await createArticle();
    const [banned] = await db.insert(users).values({ email: `b-${randomUUID()}@x.test`, bannedAt: new Date(), restrictionReason: 'spam' }).returning();
    const [suspended] = await db
      .insert(users)
      .values({ email: `s-${randomUUID()}@x.test`, suspendedUntil: new Date(Date.now() + 86_400_000), restrictionReason: 'harassment' })
      .returning();

    expect(await setReaction(article.id, `u:${banned.id}`, 'love')).toMatchObject({ status: 'restricted', restriction: { kind: 'ban', reason: 'spam' } });
    const refused = await setReaction(article.id, `u:${suspended.id}`, 'love');
    expect(refused).toMatchObject({ status: 'restricted', restriction: { kind: 'suspension' } });
    expect((await getReactionSummary(article.id, null)).total).toBe(0);

    await db.update(users).set({ suspendedUntil: new Date(Date.now() - 1000) }).where(eq(users.id, suspended.id));
    expect(await setReaction(article.id, `u:${suspended.id}`, 'love')).toMatchObject({ status: 'ok' });
  });
});
