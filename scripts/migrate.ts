// Applies the committed migrations (the app does this at start-up too; this is for deploy pipelines).
import { closeDb, getDb } from '../db/client';
import { readDbConfig } from '../db/config';

async function main() {
  await getDb();
  const config = readDbConfig();
  console.log(`Migrations applied (${config.kind === 'postgres' ? 'PostgreSQL' : `PGlite at ${config.dataDir}`}).`);
  await closeDb();
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
