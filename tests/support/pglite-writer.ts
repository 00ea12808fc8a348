// A child process for the lock and crash tests: opens the embedded database in PGLITE_DATA_DIR and
// either holds it ("hold") or writes categories one by one, printing each committed id ("write").
import { closeDb, getDb } from '../../db/client';
import { categories } from '../../db/schema';

async function main() {
  const mode = process.argv[2];
  const db = await getDb();
  console.log('ready');
  if (mode === 'hold') {
    setInterval(() => undefined, 1_000);
    return;
  }
  for (let i = 0; ; i++) {
    const [row] = await db.insert(categories).values({ slug: `crash-${process.pid}-${i}`, name: `Crash ${i}` }).returning();
    console.log(`committed ${row.id}`);
    // A server turns its event loop between requests; PGlite's answers alone are promise callbacks that
    // would not let a signal (npm run db:backup's request) be handled.
    await new Promise((r) => setImmediate(r));
    if (mode === 'write-once' && i === 4) break;
  }
  await closeDb();
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
