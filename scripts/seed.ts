// `npm run db:seed`: loads the demo content into an empty database (embedded or PostgreSQL).
import { closeDb, getDb, getDbKind } from '../db/client';
import { config } from '../lib/config';
import { demoPasswordFor, describeDemoAccounts, seedDemoContent } from '../db/seed';

async function main() {
  const db = await getDb();
  const settings = config();
  const demo = demoPasswordFor({ development: settings.nodeEnv === 'development', embedded: (await getDbKind()) === 'pglite', demoPassword: settings.demoPassword });
  if ('refused' in demo) throw new Error(`Nothing was seeded. ${demo.refused}`);
  const summary = await seedDemoContent(db, { password: demo.password });
  if (!summary) {
    console.log('The database already has articles; nothing was changed.');
  } else {
    console.log(`Seeded ${summary.articles} articles, ${summary.authors} authors, ${summary.categories} categories.`);
    console.log(`Demo accounts:\n${describeDemoAccounts(demo.password)}`);
  }
  await closeDb();
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
