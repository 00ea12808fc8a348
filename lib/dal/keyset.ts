import 'server-only';
import { sql } from 'drizzle-orm';

// Keyset cursors on (created_at, id). The timestamp travels as the database's own microsecond value:
// a JS Date keeps only milliseconds, and a truncated cursor would repeat rows on the next page.

/** Selects `c.created_at` as cursor text, aliased cursor_at (the table must be aliased `c`). */
export const cursorAtColumn = sql`to_char(c.created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US') as cursor_at`;

/** "<cursor_at>_<id>" as parts, or null for anything else. */
export function parseTimestampCursor(cursor: string | undefined): { at: ReturnType<typeof sql>; id: number } | null {
  const match = cursor ? /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6})_(\d{1,10})$/.exec(cursor) : null;
  return match ? { at: sql`(${match[1]}::timestamp at time zone 'UTC')`, id: Number(match[2]) } : null;
}
