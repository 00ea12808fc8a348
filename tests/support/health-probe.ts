// Child process for the health test: asks checkDatabase() about whatever DATABASE_URL points at.
import { closeDb } from '../../db/client';
import { checkDatabase } from '../../lib/dal/health';

const started = Date.now();
checkDatabase().then(async (health) => {
  console.log(JSON.stringify({ health, ms: Date.now() - started }));
  await closeDb();
  process.exit(0);
});
