import 'server-only';
import { sql, type SQLWrapper } from 'drizzle-orm';

// Keyset cursors on (created_at, id). The timestamp travels as the database's own microsecond value:
// a JS Date keeps only milliseconds, and a truncated cursor would repeat rows on the next page.

/** A timestamp column as cursor text (to_char: the builder has no words for formatting a timestamp). */
export const cursorAt = (column: SQLWrapper) => sql<string>`to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US')`;

/** Selects `c.created_at` as cursor text, aliased cursor_at, for raw queries whose comments are aliased `c`. */
export const cursorAtColumn = sql`${cursorAt(sql.raw('c.created_at'))} as cursor_at`;

/** "<cursor_at>_<id>" as parts, or null for anything else. */
export function parseTimestampCursor(cursor: string | undefined): { at: ReturnType<typeof sql>; id: number } | null {
  const match = cursor ? /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6})_(\d{1,10})$/.exec(cursor) : null;
  return match ? { at: sql`(${match[1]}::timestamp at time zone 'UTC')`, id: Number(match[2]) } : null;
}
