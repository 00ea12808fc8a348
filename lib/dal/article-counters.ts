import 'server-only';
import { sql } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { articleActivityDaily, articleStats } from '@/db/schema';

// Which columns count what: the article's total (shown on cards) and the day's activity (trending).
const COUNTERS = {
  comments: { total: 'commentCount', today: 'comments' },
  reactions: { total: 'reactionCount', today: 'reactions' },
} as const;

/**
 * Moves an article's total and today's activity by `delta`, for comments or reactions: one upsert each,
 * never read-modify-write.
 *
 * Lock order. Every write that changes counters takes its rows in this order, so concurrent writes wait
 * for each other instead of deadlocking: comment rows (a reply before its parent), then the article's
 * reaction count rows (kinds sorted), then its article_stats row, then its article_activity_daily row
 * (both here). With several articles, articles in id order. The reaction itself follows the same order
 * inside the database function set_reaction (db/migrations/0004_reaction_in_one_statement.sql).
 */
export async function moveArticleCounters(tx: Tx, articleId: number, what: keyof typeof COUNTERS, delta: number): Promise<void> {
  const { total, today } = COUNTERS[what];
  await tx
    .insert(articleStats)
    .values({ articleId, [total]: delta })
    .onConflictDoUpdate({ target: articleStats.articleId, set: { [total]: sql`${articleStats[total]} + ${delta}` } });
  await tx
    .insert(articleActivityDaily)
    .values({ articleId, day: sql`current_date`, [today]: delta })
    .onConflictDoUpdate({
      target: [articleActivityDaily.articleId, articleActivityDaily.day],
      set: { [today]: sql`${articleActivityDaily[today]} + ${delta}` },
    });
}
