import 'server-only';
import { log } from '@/lib/log';
import { sql } from 'drizzle-orm';
import { getDb, getDbKind } from '@/db/client';

export type DatabaseHealth =
  | { ok: true; kind: 'pglite' | 'postgres'; latencyMs: number }
  | { ok: false; error: string };

const TIMEOUT_MS = 3_000;

/** Asks the database a trivial question, giving up after a few seconds rather than hanging. */
export async function checkDatabase(): Promise<DatabaseHealth> {
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  try {
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer within ${TIMEOUT_MS} ms`)), TIMEOUT_MS);
    });
    const probe = (async () => {
      const db = await getDb();
      await db.execute(sql`select 1`);
      return getDbKind();
    })();
    const kind = await Promise.race([probe, timeout]);
    return { ok: true, kind, latencyMs: Math.round(performance.now() - started) };
  } catch (error) {
    // The name of the failure is enough for operators; connection strings and stacks stay in the log.
    log.error({ err: error }, 'database health check failed');
    const message = error instanceof Error ? error.message.split('\n')[0] : 'unknown error';
    return { ok: false, error: message.slice(0, 200) };
  } finally {
    clearTimeout(timer);
  }
}
