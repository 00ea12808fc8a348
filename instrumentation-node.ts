// Opens the database when the server starts (taking the embedded folder's lock, applying migrations and
// seeding demo content where configured), so a problem shows at start-up, not on the first request.
import { getDb } from './db/client';
import { DatabaseLockedError } from './db/lock';
import { listenForPageChanges } from './lib/dal/page-changes';

export async function openDatabaseAtStartup(): Promise<void> {
  void listenForPageChanges(); // other instances' writes drop this one's cached pages (PostgreSQL only)
  try {
    await getDb();
  } catch (error) {
    if (error instanceof DatabaseLockedError) {
      console.error(`\n[hallyu] Cannot start: ${error.message}\n`);
      process.exit(1);
    }
    // Anything else (PostgreSQL not reachable yet) is retried on the next request; /api/health says so.
    console.error('[hallyu] Database not ready at start-up:', error instanceof Error ? error.message : error);
  }
}
