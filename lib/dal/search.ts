import 'server-only';
import { MAX_QUERY_LENGTH } from '@/lib/limits';
import { sql } from 'drizzle-orm';
import { getDb, queryRows } from '@/db/client';
import { summaryFromRow, summaryJoinSql, summarySelectSql, type SummaryRow } from './article-columns';
import type { ArticleSummary } from './articles';

export const SEARCH_PAGE_SIZE = 10;

// Highlight markers that cannot appear in stored text (control characters are never stored), so the
// page can wrap matches in <mark> without ever treating text as HTML.
export const MARK_START = '\u0002';
export const MARK_END = '\u0003';

export type SearchHit = ArticleSummary & { titleHighlight: string; excerpt: string; rank: number };
export type SearchResults = { query: string; total: number; page: number; pageCount: number; hits: SearchHit[] };

/** Full-text search over titles, deks and bodies (PostgreSQL's own, so PGlite has it too). */
export async function searchArticles(rawQuery: string, requestedPage = 1): Promise<SearchResults> {
  const query = rawQuery.toWellFormed().replace(/[\u0000-\u001F\u007F]/g, ' ').trim().slice(0, MAX_QUERY_LENGTH);
  const page = Number.isInteger(requestedPage) && requestedPage >= 1 ? Math.min(requestedPage, 100) : 1;
  if (!query) return { query, total: 0, page: 1, pageCount: 0, hits: [] };
  const db = await getDb();
  const options = `StartSel=${MARK_START}, StopSel=${MARK_END}, MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "`;
  const rows = await queryRows<SummaryRow & { rank: number; title_hl: string; excerpt: string; total: number }>(
    db,
    sql`with q as (select websearch_to_tsquery('english', ${query}) as tsq),
        matches as (
          select a.id, ts_rank_cd(a.search_vector, q.tsq) as rank, count(*) over () as total
          from articles a, q
          where a.status = 'published' and a.search_vector @@ q.tsq
          order by rank desc, a.published_at desc, a.id desc
          limit ${SEARCH_PAGE_SIZE} offset ${(page - 1) * SEARCH_PAGE_SIZE}
        )
        select ${summarySelectSql}, m.rank, m.total::int as total,
          ts_headline('english', a.title, q.tsq, ${`StartSel=${MARK_START}, StopSel=${MARK_END}, HighlightAll=true`}) as title_hl,
          ts_headline('english', a.dek || ' ' || a.body, q.tsq, ${options}) as excerpt
        from matches m join articles a on a.id = m.id ${summaryJoinSql}, q
        order by m.rank desc, a.published_at desc, a.id desc`,
  );
  const total = rows[0]?.total ?? 0;
  return {
    query,
    total,
    page,
    pageCount: Math.ceil(total / SEARCH_PAGE_SIZE),
    hits: rows.map((row) => ({
      ...summaryFromRow(row),
      rank: row.rank,
      titleHighlight: row.title_hl,
      excerpt: row.excerpt.replace(/[#>*_`|]+/g, ' ').replace(/\s+/g, ' ').trim(),
    })),
  };
}
