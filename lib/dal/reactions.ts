import 'server-only';
import { eq, sql } from 'drizzle-orm';
import { getDb, queryRows, type Tx } from '@/db/client';
import { articleReactionCounts, articleReactions } from '@/db/schema';
import { REACTION_KINDS, type ReactionKind } from '@/lib/reactions';
import { moveArticleCounters } from './article-counters';
import { announceCounterChange } from './page-changes';
import type { Restriction } from './users';

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
  const summary = reactionSummarySql(articleId, reactorKey);
  // Raw SQL: the counts and this reactor's own reaction in one round trip (the personal view of every
  // signed-in page load reads it; on the embedded database each statement costs about a millisecond).
  const [row] = await queryRows<ReactionSummaryRow>(db, sql`select ${summary.counts} as counts, ${summary.mine} as mine`);
  return reactionSummaryOf(row);
}

export type ReactionSummaryRow = { counts: Partial<Record<ReactionKind, number>> | null; mine: ReactionKind | null };

/** The two parts of getReactionSummary as subqueries, for a statement that reads more (lib/dal/personal-view.ts). */
export function reactionSummarySql(articleId: number, reactorKey: string | null) {
  return {
    counts: sql`(select json_object_agg(kind, count) from article_reaction_counts where article_id = ${articleId})`,
    mine: sql`(select kind from article_reactions where article_id = ${articleId} and reactor_key = ${reactorKey})`,
  };
}

export function reactionSummaryOf(row: ReactionSummaryRow): ReactionSummary {
  const counts = { ...emptyCounts(), ...row.counts };
  return { counts, total: Object.values(counts).reduce((a, b) => a + b, 0), mine: row.mine ?? null };
}

/**
 * Applies count changes (adopting reactions) and returns the new count of each changed kind. Separate
 * statements, in the lock order of moveArticleCounters (./article-counters.ts): count rows (kinds
 * sorted), then article_stats, then article_activity_daily, as set_reaction does. (One statement with
 * data-modifying CTEs would leave the order to PostgreSQL, and it deadlocked against comments.)
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

type SetReactionRow =
  | { status: 'ok'; counts: Partial<Record<ReactionKind, number>> | null }
  | { status: 'not_found' }
  | { status: 'restricted'; banned_at: string | null; suspended_until: string | null; restriction_reason: string | null };

/**
 * Sets this reactor's reaction to `kind`, or takes it back when `kind` is null. Idempotent: the same
 * request twice changes nothing the second time. Counts change in the same transaction as the row.
 *
 * It is the busiest write of the site, so it is one statement: the function set_reaction
 * (db/migrations/0004_reaction_in_one_statement.sql) checks the account's restriction and the article,
 * locks and writes this reactor's row and moves the counters, in the lock order every write follows.
 * Raw SQL: a call of a database function, which the builder does not express.
 */
export async function setReaction(articleId: number, reactorKey: string, kind: ReactionKind | null): Promise<SetReactionResult> {
  if (!REACTOR_KEY.test(reactorKey)) throw new Error('invalid reactor key');
  const userId = reactorKey.startsWith('u:') ? reactorKey.slice(2) : null;
  const db = await getDb();
  const [{ result }] = await queryRows<{ result: SetReactionRow }>(db, sql`select set_reaction(${articleId}, ${reactorKey}, ${userId}, ${kind}) as result`);
  if (result.status === 'restricted') {
    // The database decided (its clock, not this server's); the application words it.
    const reason = result.restriction_reason;
    const restriction: Restriction = result.banned_at ? { kind: 'ban', until: null, reason } : { kind: 'suspension', until: new Date(result.suspended_until!), reason };
    return { status: 'restricted', restriction };
  }
  if (result.status === 'not_found') return { status: 'not_found' };
  announceCounterChange(articleId);
  return { status: 'ok', summary: reactionSummaryOf({ counts: result.counts, mine: kind }) };
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
