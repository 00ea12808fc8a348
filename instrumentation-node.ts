// Start-up of a server process, once its settings are valid (instrumentation.ts): open the database
// (taking the embedded folder's lock and applying migrations) and load the demo content where
// configured. Problems show at start-up, not on the first request.
import { getDb, getDbKind } from './db/client';
import { DatabaseLockedError } from './db/lock';
import { describeDemoAccounts, seedDemoContent } from './db/seed';
import { config, type Config } from './lib/config';
import { listenForPageChanges } from './lib/dal/page-changes';

function stop(message: string): never {
  console.error(`\n[hallyu] Cannot start: ${message}\n`);
  process.exit(1);
}

/** Demo content on an empty database: in development on the embedded database, or when SEED_DEMO_DATA=true; never silently in production. */
export function shouldSeedDemo(kind: 'pglite' | 'postgres', settings: Config): boolean {
  return settings.seedDemoData ?? (kind === 'pglite' && settings.nodeEnv === 'development');
}

async function seedIfWanted(settings: Config): Promise<void> {
  const db = await getDb();
  if (!shouldSeedDemo(await getDbKind(), settings)) return;
  const summary = await seedDemoContent(db);
  if (summary) console.log(`[db] Seeded ${summary.articles} demo articles and their conversation. Demo accounts:\n${describeDemoAccounts()}`);
}

export async function startServer(): Promise<void> {
  const settings = config();
  void listenForPageChanges(); // other instances' writes drop this one's cached pages (PostgreSQL only)
  try {
    await seedIfWanted(settings);
  } catch (error) {
    if (error instanceof DatabaseLockedError) stop(error.message);
    // Anything else (PostgreSQL not reachable yet) is retried on the next request; /api/health says so.
    console.error('[hallyu] Database not ready at start-up:', error instanceof Error ? error.message : error);
  }
}
