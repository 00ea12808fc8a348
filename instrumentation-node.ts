// Start-up of a server process, in this order: validate every setting (a bad one stops the server at
// once with a message naming it), open the database (taking the embedded folder's lock and applying
// migrations), and load the demo content where configured. Problems show at start-up, not on the first
// request.
import { config, ConfigError, type Config } from './lib/config';

function stop(message: string): never {
  console.error(`\n[hallyu] Cannot start: ${message}\n`);
  process.exit(1);
}

/** Demo content on an empty database: in development on the embedded database, or when SEED_DEMO_DATA=true; never silently in production. */
export function shouldSeedDemo(kind: 'pglite' | 'postgres', settings: Config): boolean {
  return settings.seedDemoData ?? (kind === 'pglite' && settings.nodeEnv === 'development');
}

export async function startServer(): Promise<void> {
  let settings: Config;
  try {
    settings = config();
  } catch (error) {
    if (error instanceof ConfigError) stop(error.message);
    throw error;
  }
  // Loaded only once the settings are known to be valid: some of these read them as they load.
  const [{ getDb, getDbKind }, { DatabaseLockedError }, { describeDemoAccounts, seedDemoContent }, { listenForPageChanges }] = await Promise.all([
    import('./db/client'),
    import('./db/lock'),
    import('./db/seed'),
    import('./lib/dal/page-changes'),
  ]);
  void listenForPageChanges(); // other instances' writes drop this one's cached pages (PostgreSQL only)
  try {
    const db = await getDb();
    if (!shouldSeedDemo(await getDbKind(), settings)) return;
    const summary = await seedDemoContent(db);
    if (summary) console.log(`[db] Seeded ${summary.articles} demo articles and their conversation. Demo accounts:\n${describeDemoAccounts()}`);
  } catch (error) {
    if (error instanceof DatabaseLockedError) stop(error.message);
    // Anything else (PostgreSQL not reachable yet) is retried on the next request; /api/health says so.
    console.error('[hallyu] Database not ready at start-up:', error instanceof Error ? error.message : error);
  }
}
