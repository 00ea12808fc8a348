// What happens the first time a process opens an empty database: demo content in development on the
// embedded database, or when SEED_DEMO_DATA=true says so; never silently in production.
import type { Db } from './client';
import { describeDemoAccounts, isEmpty, seedDemoContent } from './seed';

export function shouldSeedDemo(kind: 'pglite' | 'postgres', env: NodeJS.ProcessEnv = process.env): boolean {
  if (env.SEED_DEMO_DATA === 'true') return true;
  if (env.SEED_DEMO_DATA === 'false') return false;
  return kind === 'pglite' && env.NODE_ENV === 'development';
}

export async function seedOnFirstStart(db: Db, kind: 'pglite' | 'postgres'): Promise<void> {
  if (!(await isEmpty(db))) return;
  if (!shouldSeedDemo(kind)) {
    console.warn('[db] The database has no articles. Load the demo content with `npm run db:seed` (server stopped), or start once with SEED_DEMO_DATA=true.');
    return;
  }
  const summary = await seedDemoContent(db);
  console.log(`[db] Seeded ${summary.articles} demo articles. Demo accounts:\n${describeDemoAccounts()}`);
}
