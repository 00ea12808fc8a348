// Two production servers (the standalone server) on one scratch PostgreSQL database, as two instances behind a
// load balancer would be: same database, same AUTH_SECRET, nothing else shared.
import type { TestProject } from 'vitest/node';
import { ensureBuild, startServer } from '../../scripts/lib/production-server';

declare module 'vitest' {
  export interface ProvidedContext {
    instances: string[];
    /** The server processes' ids, as their PostgreSQL connections name them (application_name). */
    pids: number[];
    databaseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const base = process.env.DATABASE_URL || process.env.CI_POSTGRES_URL || 'postgres://postgres@127.0.0.1:5432/test';
  ensureBuild();
  const shared = { AUTH_SECRET: 'scale-out-suite-secret' };
  const first = await startServer(3301, shared, base);
  const second = await startServer(3302, { ...shared, DATABASE_URL: first.databaseUrl! }, null);
  project.provide('instances', [first.url, second.url]);
  project.provide('pids', [first.pid, second.pid]);
  project.provide('databaseUrl', first.databaseUrl!);
  console.log(`scale-out suite: ${first.url} and ${second.url} on one PostgreSQL database`);
  return async () => {
    await second.stop({ keepData: true });
    await first.stop();
  };
}
