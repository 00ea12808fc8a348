import 'server-only';

export const UNAVAILABLE = 'We could not reach the database. Please try again in a moment; nothing was saved.';

// What a real outage looks like: the connection cannot be made or was lost, the server is shutting down
// or refusing connections, or a statement ran out of time (it was rolled back). Anything else is a bug.
const OUTAGE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', '57014', '53300']);
const OUTAGE_SQLSTATE = /^(08|57P)/; // connection exceptions; operator intervention (shutdown, cannot connect now)
const OUTAGE_MESSAGE = /Connection terminated|timeout exceeded when trying to connect|Query read timeout|Client has encountered a connection error|the database system is (starting up|shutting down)|is locked by process/i;

/** True when the error (or one it wraps: drizzle wraps the driver's) says the database could not answer. */
export function isOutage(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e instanceof Error && depth < 5; e = e.cause, depth++) {
    const code = (e as Error & { code?: unknown }).code;
    if (typeof code === 'string' && (OUTAGE_CODES.has(code) || OUTAGE_SQLSTATE.test(code))) return true;
    if (OUTAGE_MESSAGE.test(e.message)) return true;
    if (e instanceof AggregateError && e.errors.some(isOutage)) return true;
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
 * Runs a database read for a live part of a page; if the database cannot answer, logs it and returns
 * `fallback`, so the rest of the page still renders. Any other error is a bug and is thrown.
 */
export async function orFallback<T, F>(work: () => Promise<T>, fallback: F, where: string): Promise<T | F> {
  try {
    return await work();
  } catch (error) {
    if (!isOutage(error)) throw error;
    console.error(`[${where}] database unavailable:`, describeError(error));
    return fallback;
  }
}
