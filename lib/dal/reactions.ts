import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import { getDb, queryRows, type Tx } from '@/db/client';
import { articleReactionCounts, articleReactions } from '@/db/schema';
import { REACTION_KINDS, type ReactionKind } from '@/lib/reactions';
import { moveArticleCounters } from './article-counters';
import { announceCounterChange } from './page-changes';
import { restrictionOf, type Restriction } from './users';

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
  // Raw SQL: the counts and this reactor's own reaction in one round trip (the personal view of every
  // signed-in page load reads it; on the embedded database each statement costs about a millisecond).
  const [row] = await queryRows<{ counts: Partial<Record<ReactionKind, number>> | null; mine: ReactionKind | null }>(
    db,
    sql`select (select json_object_agg(kind, count) from article_reaction_counts where article_id = ${articleId}) as counts,
               (select kind from article_reactions where article_id = ${articleId} and reactor_key = ${reactorKey}) as mine`,
  );
  const counts = { ...emptyCounts(), ...row.counts };
  return { counts, total: Object.values(counts).reduce((a, b) => a + b, 0), mine: row.mine ?? null };
}

/**
 * Applies count changes and returns the new count of each changed kind. Separate statements, in the
 * lock order of moveArticleCounters (./article-counters.ts): count rows (kinds sorted), then
 * article_stats, then article_activity_daily. (One statement with data-modifying CTEs would leave the
 * order to PostgreSQL, and it deadlocked against comments.)
 */
async function applyDeltas(tx: Tx, articleId: number, deltas: Partial<Record<ReactionKind, number>>): Promise<Partial<Record<ReactionKind, number>>> {
  const entries = Object.entries(deltas).filter(([, d]) => d !== 0).sort(([a], [b]) => a.localeCompare(b));
  if (entries.length === 0) return {};
  const rows = await tx
    .insert(articleReactionCounts)
    .values(entries.map(([kind, delta]) => ({ articleId, kind: kind as ReactionKind, count: delta })))
    .onConflictDoUpdate({ target: [articleReactionCounts.articleId, articleReactionCounts.kind], set: { count: sql`${articleReactionCounts.count} + excluded.count` } })
    .returning({ kind: articleReactionCounts.kind, count: articleReactionCounts.count });
  const total = entries.reduce((sum, [, d]) => sum + d, 0);
  if (total !== 0) await moveArticleCounters(tx, articleId, 'reactions', total);
  return Object.fromEntries(rows.map((r) => [r.kind, r.count]));
}

export type SetReactionResult =
  | { status: 'ok'; summary: ReactionSummary }
  | { status: 'not_found' }
  | { status: 'restricted'; restriction: Restriction };

type ReactorState = {
  article_id: number | null;
  previous: ReactionKind | null;
  counts: Partial<Record<ReactionKind, number>> | null;
  banned_at: Date | string | null; // raw SQL answers timestamps as text
  suspended_until: Date | string | null;
  restriction_reason: string | null;
};

/**
 * Sets this reactor's reaction to `kind`, or takes it back when `kind` is null. Idempotent: the same
 * request twice changes nothing the second time. Counts change in the same transaction as the row.
 *
 * It is the busiest write of the site, so it takes few statements: one reads the account's
 * restriction, the article and the counts and locks this reactor's reaction; one writes the reaction;
 * then the counters move (applyDeltas). The shared counter rows are locked only at the end, just before
 * the commit.
 */
export async function setReaction(articleId: number, reactorKey: string, kind: ReactionKind | null): Promise<SetReactionResult> {
  if (!REACTOR_KEY.test(reactorKey)) throw new Error('invalid reactor key');
  const userId = reactorKey.startsWith('u:') ? reactorKey.slice(2) : null;
  const db = await getDb();
  const result = await db.transaction(async (tx): Promise<SetReactionResult> => {
    const mineWhere = and(eq(articleReactions.articleId, articleId), eq(articleReactions.reactorKey, reactorKey));
    // The account may have been banned since its session began: the database decides, not the token.
    // One round trip reads the account, the article and the counts and locks this reactor's row: a CTE,
    // which the builder cannot combine this way.
    const [state] = await queryRows<ReactorState>(
      tx,
      sql`with mine as (select kind from article_reactions where ${mineWhere} for update),
               account as (select banned_at, suspended_until, restriction_reason from users where id = ${userId})
          select (select id from articles where id = ${articleId} and status = 'published') as article_id,
                 (select kind from mine) as previous,
                 (select json_object_agg(kind, count) from article_reaction_counts where article_id = ${articleId}) as counts,
                 account.banned_at, account.suspended_until, account.restriction_reason
          from (select 1) as one left join account on true`,
    );
    const date = (value: Date | string | null) => (value === null ? null : new Date(value));
    const restriction = restrictionOf({ bannedAt: date(state.banned_at), suspendedUntil: date(state.suspended_until), restrictionReason: state.restriction_reason });
    if (restriction) return { status: 'restricted', restriction };
    if (state.article_id === null) return { status: 'not_found' };

    let previous = state.previous;
    let deltas: Partial<Record<ReactionKind, number>> = {};
    if (kind === null) {
      if (previous) {
        await tx.delete(articleReactions).where(mineWhere);
        deltas = { [previous]: -1 };
      }
    } else {
      if (!previous) {
        const inserted = await tx
          .insert(articleReactions)
          .values({ articleId, reactorKey, kind })
          .onConflictDoNothing({ target: [articleReactions.articleId, articleReactions.reactorKey] })
          .returning({ kind: articleReactions.kind });
        if (inserted.length) deltas = { [kind]: 1 };
        // Otherwise a concurrent request by the same reactor inserted first and has committed (the insert
        // waited for it): carry on from its reaction.
        else [{ kind: previous }] = await tx.select({ kind: articleReactions.kind }).from(articleReactions).where(mineWhere).for('update');
      }
      if (previous && previous !== kind) {
        await tx.update(articleReactions).set({ kind, updatedAt: sql`now()` }).where(mineWhere);
        deltas = { [previous]: -1, [kind]: 1 };
      }
    }
    const counts = { ...emptyCounts(), ...state.counts, ...(await applyDeltas(tx, articleId, deltas)) };
    return { status: 'ok', summary: { counts, total: Object.values(counts).reduce((a, b) => a + b, 0), mine: kind } };
  });
  if (result.status === 'ok') announceCounterChange(articleId);
  return result;
}

/**
 * Moves every reaction of `fromKey` to `toKey` (an anonymous visitor who signed in). Where both reacted
 * to the same article, the account's reaction stays and the anonymous one is removed from the counts.
 */
export async function adoptReactions(fromKey: string, toKey: string): Promise<number> {
  if (!REACTOR_KEY.test(fromKey) || !REACTOR_KEY.test(toKey) || fromKey === toKey) return 0;
  const db = await getDb();
  return db.transaction(async (tx) => {
    // DELETE … USING: the builder has no join in a delete.
    const duplicates = await queryRows<{ article_id: number; kind: ReactionKind }>(
      tx,
      sql`delete from article_reactions a using article_reactions u
          where a.reactor_key = ${fromKey} and u.reactor_key = ${toKey} and u.article_id = a.article_id
          returning a.article_id, a.kind`,
    );
    for (const row of duplicates.sort((a, b) => a.article_id - b.article_id)) {
      await applyDeltas(tx, row.article_id, { [row.kind]: -1 });
    }
    const moved = await tx
      .update(articleReactions)
      .set({ reactorKey: toKey })
      .where(eq(articleReactions.reactorKey, fromKey))
      .returning({ articleId: articleReactions.articleId });
    return moved.length;
  });
}
