import 'server-only';
import { requestLog } from '@/lib/request-log';

export const UNAVAILABLE = 'We could not reach the database. Please try again in a moment; nothing was saved.';

// What a real outage looks like: the connection cannot be made or was lost, the server is shutting down
// or refusing connections, or a statement ran out of time (it was rolled back). Anything else is a bug.
const OUTAGE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', '57014', '53300']);
const OUTAGE_SQLSTATE = /^(08|57P)/; // connection exceptions; operator intervention (shutdown, cannot connect now)
// Errors that cross a 'use cache' boundary may keep only their message, so the codes are read there too.
const OUTAGE_MESSAGE =
  /\b(ECONNREFUSED|ECONNRESET|ETIMEDOUT|EPIPE|EHOSTUNREACH|EAI_AGAIN)\b|Connection terminated|timeout exceeded when trying to connect|Query read timeout|Client has encountered a connection error|the database system is (starting up|shutting down)|is locked by process/i;

type ErrorLike = { code?: unknown; message?: unknown; cause?: unknown; errors?: unknown };

/**
 * True when the error (or one it wraps: drizzle wraps the driver's) says the database could not answer.
 * Read from any object, not only Error instances: what a 'use cache' read rethrows may not be one.
 */
export function isOutage(error: unknown): boolean {
  for (let e = error as ErrorLike | null, depth = 0; e && typeof e === 'object' && depth < 5; e = e.cause as ErrorLike | null, depth++) {
    if (typeof e.code === 'string' && (OUTAGE_CODES.has(e.code) || OUTAGE_SQLSTATE.test(e.code))) return true;
    if (typeof e.message === 'string' && OUTAGE_MESSAGE.test(e.message)) return true;
    if (Array.isArray(e.errors) && e.errors.some(isOutage)) return true;
  }
  return false;
}

/** The error's message, and its cause's (drizzle wraps the driver's error: "Failed query: …"). */
export function describeError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const first = error.message.split('\n')[0].slice(0, 200);
  return error.cause instanceof Error ? `${first} (${error.cause.message})` : first;
}

/**
 * A read through 'use cache' fails in production with Next.js's sanitized error: the message withheld,
 * a digest set. Next.js has already logged the original under that digest (so a bug is still seen);
 * the page can only treat it as a read that could not be made.
 */
function isSanitizedRenderError(error: unknown): boolean {
  const e = error as ErrorLike & { digest?: unknown };
  return typeof e?.digest === 'string' && typeof e.message === 'string' && e.message.includes('Server Components render');
}

/**
 * Runs a database read for a live part of a page; if the database cannot answer, logs it and returns
 * `fallback`, so the rest of the page still renders. Any other error is a bug and is thrown.
 */
export async function orFallback<T, F>(work: () => Promise<T>, fallback: F, where: string): Promise<T | F> {
  try {
    return await work();
  } catch (error) {
    if (!isOutage(error) && !isSanitizedRenderError(error)) throw error;
    (await requestLog()).error({ where, error: describeError(error) }, 'database unavailable');
    return fallback;
  }
}
