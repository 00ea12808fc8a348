// `npm run db:seed`: loads the demo content into an empty database (embedded or PostgreSQL).
import { closeDb, getDb } from '../db/client';
import { describeDemoAccounts, seedDemoContent } from '../db/seed';

async function main() {
  const db = await getDb();
  const summary = await seedDemoContent(db);
  if (!summary) {
    console.log('The database already has articles; nothing was changed.');
  } else {
    console.log(`Seeded ${summary.articles} articles, ${summary.authors} authors, ${summary.categories} categories.`);
    console.log(`Demo accounts:\n${describeDemoAccounts()}`);
  }
  await closeDb();
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
