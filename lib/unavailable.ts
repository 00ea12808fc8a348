import 'server-only';

export const UNAVAILABLE = 'We could not reach the database. Please try again in a moment; nothing was saved.';

/** The error's message, and its cause's (drizzle wraps the driver's error: "Failed query: …"). */
function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const first = error.message.split('\n')[0].slice(0, 200);
  return error.cause instanceof Error ? `${first} (${error.cause.message})` : first;
}

/**
 * Runs a database read or write for a live part of a page or an action; if the database cannot answer,
 * logs it and returns `fallback` instead of failing the whole page or throwing at the visitor.
 */
export async function orFallback<T, F>(work: () => Promise<T>, fallback: F, where: string): Promise<T | F> {
  try {
    return await work();
  } catch (error) {
    console.error(`[${where}] database unavailable:`, describe(error));
    return fallback;
  }
}
