// Reading a stopped server's database from a script, and the checks that every stored counter equals the
// rows it counts. Shared by the concurrency suite and the soak.
import { PGlite } from '@electric-sql/pglite';
import { Client } from 'pg';

export type Query = (<T>(sql: string, params?: unknown[]) => Promise<T[]>) & { close: () => Promise<void> };

/** Opens a PostgreSQL URL or a PGlite folder (whose server must be stopped: PGlite is single-user). */
export async function openDatabase(where: string): Promise<Query> {
  if (where.startsWith('postgres')) {
    const client = new Client({ connectionString: where });
    await client.connect();
    return Object.assign(async <T,>(sql: string, params: unknown[] = []) => (await client.query(sql, params)).rows as T[], { close: () => client.end() });
  }
  const db = await PGlite.create({ dataDir: where });
  return Object.assign(async <T,>(sql: string, params: unknown[] = []) => (await db.query<T>(sql, params)).rows, { close: () => db.close() });
}

// Each query counts the rows whose counter disagrees with what it counts; all must answer 0.
const COUNTER_CHECKS: [string, string][] = [
  ['reaction counts per kind', `select count(*)::int as n from article_reaction_counts k where k.count <> (select count(*) from article_reactions r where r.article_id = k.article_id and r.kind = k.kind)`],
  ['reaction kinds without a counter row', `select count(*)::int as n from (select distinct article_id, kind from article_reactions) r where not exists (select 1 from article_reaction_counts k where k.article_id = r.article_id and k.kind = r.kind)`],
  ['reaction totals per article', `select count(*)::int as n from article_stats s where s.reaction_count <> (select count(*) from article_reactions r where r.article_id = s.article_id)`],
  ['comment totals per article', `select count(*)::int as n from article_stats s where s.comment_count <> (select count(*) from comments c where c.article_id = s.article_id and c.status = 'published')`],
  ['reply counts', `select count(*)::int as n from comments p where p.reply_count <> (select count(*) from comments c where c.parent_id = p.id and c.status = 'published')`],
  ['like counts', `select count(*)::int as n from comments c where c.like_count <> (select count(*) from comment_likes l where l.comment_id = c.id)`],
  ['open report counts', `select count(*)::int as n from comments c where c.report_count <> (select count(*) from comment_reports r where r.comment_id = c.id and r.resolved_at is null)`],
];

/** Every counter check with the number of rows that disagree. */
export async function counterMismatches(query: Query): Promise<{ what: string; rows: number }[]> {
  const results = [];
  for (const [what, sql] of COUNTER_CHECKS) {
    const [{ n }] = await query<{ n: number }>(sql);
    results.push({ what, rows: n });
  }
  return results;
}
