import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import { getDb, queryRows, type Tx } from '@/db/client';
import { articleReactionCounts, articleReactions, articles } from '@/db/schema';
import { REACTION_KINDS, type ReactionKind } from '@/lib/reactions';
import { getRestriction, type Restriction } from '@/lib/dal/users';

export type ReactionSummary = {
  counts: Record<ReactionKind, number>;
  total: number;
  mine: ReactionKind | null;
};

const REACTOR_KEY = /^[ua]:[0-9a-f-]{36}$/;

function emptyCounts(): Record<ReactionKind, number> {
  return Object.fromEntries(REACTION_KINDS.map((k) => [k, 0])) as Record<ReactionKind, number>;
}

export async function getReactionSummary(articleId: number, reactorKey: string | null): Promise<ReactionSummary> {
  const db = await getDb();
  const [rows, mine] = await Promise.all([
    db
      .select({ kind: articleReactionCounts.kind, count: articleReactionCounts.count })
      .from(articleReactionCounts)
      .where(eq(articleReactionCounts.articleId, articleId)),
    reactorKey
      ? db
          .select({ kind: articleReactions.kind })
          .from(articleReactions)
          .where(and(eq(articleReactions.articleId, articleId), eq(articleReactions.reactorKey, reactorKey)))
      : Promise.resolve([]),
  ]);
  const counts = emptyCounts();
  for (const row of rows) counts[row.kind] = row.count;
  return { counts, total: Object.values(counts).reduce((a, b) => a + b, 0), mine: mine[0]?.kind ?? null };
}

/**
 * Applies count changes in one statement per table. Kinds are sorted so concurrent transactions lock
 * count rows in the same order and cannot deadlock.
 */
async function applyDeltas(tx: Tx, articleId: number, deltas: Partial<Record<ReactionKind, number>>) {
  const entries = Object.entries(deltas).filter(([, d]) => d !== 0).sort(([a], [b]) => a.localeCompare(b));
  if (entries.length === 0) return;
  const values = sql.join(entries.map(([kind, delta]) => sql`(${articleId}, ${kind}::reaction_kind, ${delta})`), sql`, `);
  await tx.execute(sql`insert into article_reaction_counts (article_id, kind, count) values ${values}
    on conflict (article_id, kind) do update set count = article_reaction_counts.count + excluded.count`);
  const total = entries.reduce((sum, [, d]) => sum + d, 0);
  if (total !== 0) {
    await tx.execute(sql`insert into article_stats (article_id, reaction_count) values (${articleId}, ${total})
      on conflict (article_id) do update set reaction_count = article_stats.reaction_count + excluded.reaction_count`);
    await tx.execute(sql`insert into article_activity_daily (article_id, day, reactions) values (${articleId}, current_date, ${total})
      on conflict (article_id, day) do update set reactions = article_activity_daily.reactions + excluded.reactions`);
  }
}

export type SetReactionResult =
  | { status: 'ok'; summary: ReactionSummary }
  | { status: 'not_found' }
  | { status: 'restricted'; restriction: Restriction };

/**
 * Sets this reactor's reaction to `kind`, or takes it back when `kind` is null. Idempotent: the same
 * request twice changes nothing the second time. Counts change in the same transaction as the row.
 */
export async function setReaction(articleId: number, reactorKey: string, kind: ReactionKind | null): Promise<SetReactionResult> {
  if (!REACTOR_KEY.test(reactorKey)) throw new Error('invalid reactor key');
  const db = await getDb();
  if (reactorKey.startsWith('u:')) {
    // The account may have been banned since its session began: the database decides, not the token.
    const restriction = await getRestriction(reactorKey.slice(2));
    if (restriction) return { status: 'restricted', restriction };
  }
  const found = await db.transaction(async (tx) => {
    const [article] = await tx
      .select({ id: articles.id })
      .from(articles)
      .where(and(eq(articles.id, articleId), eq(articles.status, 'published')))
      .limit(1);
    if (!article) return false;

    const mineWhere = sql`article_id = ${articleId} and reactor_key = ${reactorKey}`;
    if (kind === null) {
      const removed = await queryRows<{ kind: ReactionKind }>(tx, sql`delete from article_reactions where ${mineWhere} returning kind`);
      if (removed[0]) await applyDeltas(tx, articleId, { [removed[0].kind]: -1 });
      return true;
    }

    let [previous] = await queryRows<{ kind: ReactionKind }>(tx, sql`select kind from article_reactions where ${mineWhere} for update`);
    if (!previous) {
      const inserted = await queryRows<{ kind: ReactionKind }>(
        tx,
        sql`insert into article_reactions (article_id, reactor_key, kind) values (${articleId}, ${reactorKey}, ${kind})
            on conflict (article_id, reactor_key) do nothing returning kind`,
      );
      if (inserted[0]) {
        await applyDeltas(tx, articleId, { [kind]: 1 });
        return true;
      }
      // A concurrent request by the same reactor inserted first (and has committed: the insert waited).
      [previous] = await queryRows<{ kind: ReactionKind }>(tx, sql`select kind from article_reactions where ${mineWhere} for update`);
    }
    if (previous.kind === kind) return true;
    await tx.execute(sql`update article_reactions set kind = ${kind}, updated_at = now() where ${mineWhere}`);
    await applyDeltas(tx, articleId, { [previous.kind]: -1, [kind]: 1 });
    return true;
  });
  if (!found) return { status: 'not_found' };
  return { status: 'ok', summary: await getReactionSummary(articleId, reactorKey) };
}

/**
 * Moves every reaction of `fromKey` to `toKey` (an anonymous visitor who signed in). Where both reacted
 * to the same article, the account's reaction stays and the anonymous one is removed from the counts.
 */
export async function adoptReactions(fromKey: string, toKey: string): Promise<number> {
  if (!REACTOR_KEY.test(fromKey) || !REACTOR_KEY.test(toKey) || fromKey === toKey) return 0;
  const db = await getDb();
  return db.transaction(async (tx) => {
    const duplicates = await queryRows<{ article_id: number; kind: ReactionKind }>(
      tx,
      sql`delete from article_reactions a using article_reactions u
          where a.reactor_key = ${fromKey} and u.reactor_key = ${toKey} and u.article_id = a.article_id
          returning a.article_id, a.kind`,
    );
    for (const row of duplicates.sort((a, b) => a.article_id - b.article_id)) {
      await applyDeltas(tx, row.article_id, { [row.kind]: -1 });
    }
    const moved = await queryRows<{ n: number }>(
      tx,
      sql`with m as (update article_reactions set reactor_key = ${toKey} where reactor_key = ${fromKey} returning 1)
          select count(*)::int as n from m`,
    );
    return moved[0].n;
  });
}
