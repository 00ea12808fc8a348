// Two production instances (the standalone server) on one scratch PostgreSQL database behind nginx, as a
// deployment runs them: same database, same AUTH_SECRET, TRUSTED_PROXY_HOPS=1, nothing else shared. The
// first instance is restarted when it dies, as a container's restart policy would; the second reaches
// PostgreSQL through PgBouncer in transaction mode (its listener and migrations directly).
import type { TestProject } from 'vitest/node';
import { ensureBuild, startServer, SUITE_DEMO_PASSWORD } from '../../scripts/lib/production-server';
import { createScratchDatabase } from '../../scripts/lib/scratch-database';
import { startBalancer } from './balancer';
import { startPgBouncer } from './pgbouncer';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The instances' own addresses (what the balancer sends to). */
    instances: string[];
    /** The server processes' ids at start, as their PostgreSQL connections name them (application_name). */
    pids: number[];
    databaseUrl: string;
    /** Each instance's Prometheus endpoint (METRICS_PORT). */
    metricsUrls: string[];
    /** PgBouncer's admin console, in front of the second instance's queries. */
    pgbouncerAdminUrl: string;
    /** The balancer: the site's public address. */
    baseUrl: string;
    demoPassword: string;
  }
}

const BALANCER_PORT = 3300;
const PGBOUNCER_PORT = 6433;

export default async function setup(project: TestProject) {
  const base = process.env.DATABASE_URL || process.env.CI_POSTGRES_URL || 'postgres://postgres@127.0.0.1:5432/test';
  ensureBuild();
  const site = `http://127.0.0.1:${BALANCER_PORT}`;
  const shared = { AUTH_SECRET: 'scale-out-suite-secret', TRUSTED_PROXY_HOPS: '1', SITE_URL: site };
  const database = await createScratchDatabase(base, 'hallyu_scale');
  const pgbouncer = await startPgBouncer(PGBOUNCER_PORT, database.url);
  // Both first started at once on the empty database: they migrate and seed it once between them.
  const [first, second] = await Promise.all([
    startServer(3301, { ...shared, DATABASE_URL: database.url, METRICS_PORT: '9301' }, null, { restart: true }),
    startServer(3302, { ...shared, DATABASE_URL: pgbouncer.url, DATABASE_DIRECT_URL: database.url, METRICS_PORT: '9302' }, null),
  ]);
  const logs = first.log() + second.log();
  const seeded = logs.match(/Seeded \d+ demo articles/g) ?? [];
  if (seeded.length !== 1 || /"level":50/.test(logs)) throw new Error(`a simultaneous first start should seed once, without an error:\n${logs}`);
  const balancer = await startBalancer(BALANCER_PORT, ['127.0.0.1:3301', '127.0.0.1:3302']);
  project.provide('instances', [first.url, second.url]);
  project.provide('pids', [first.pid, second.pid]);
  project.provide('databaseUrl', database.url);
  project.provide('pgbouncerAdminUrl', pgbouncer.adminUrl);
  project.provide('metricsUrls', ['http://127.0.0.1:9301/metrics', 'http://127.0.0.1:9302/metrics']);
  project.provide('baseUrl', balancer.url);
  project.provide('demoPassword', SUITE_DEMO_PASSWORD);
  console.log(`scale-out suite: nginx at ${balancer.url} in front of ${first.url} and ${second.url} (through PgBouncer), one PostgreSQL database`);
  return async () => {
    await balancer.stop();
    await second.stop();
    await first.stop();
    await pgbouncer.stop();
    await database.drop();
  };
}
