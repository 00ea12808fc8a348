// Start-up of a server process, in this order: validate every setting (a bad one stops the server at
// once with a message naming it), open the database (taking the embedded folder's lock and applying
// migrations), and load the demo content where configured. Problems show at start-up, not on the first
// request.
import { stampRequests } from './lib/client-ip';
import { config, ConfigError, type Config } from './lib/config';
import { log } from './lib/log';

// A setting or the data folder stops the server: said in plain words on stderr, where whoever started it
// looks, not as a log record.
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
  stampRequests(settings.trustedProxyHops); // rate limits count the socket's address, not a header; every request gets an id
  // Loaded only once the settings are known to be valid: some of these read them as they load.
  const [{ getDb, getDbKind }, { DatabaseLockedError }, { demoPasswordFor, describeDemoAccounts, seedDemoContent }, { listenForPageChanges }, { startHousekeeping }, { observeRequests, startMetricsServer }] = await Promise.all([
    import('./db/client'),
    import('./db/lock'),
    import('./db/seed'),
    import('./lib/dal/page-changes'),
    import('./lib/housekeeping'),
    import('./lib/metrics'),
  ]);
  const { startMailer } = await import('./lib/mail/mailer');
  if (settings.metrics) {
    // Prometheus scrapes each instance on a port the balancer does not expose.
    const server = startMetricsServer(settings.metrics.port, settings.metrics.host);
    observeRequests(() => server);
    server.on('error', (error) => stop(`METRICS_PORT ${settings.metrics!.port}: ${error.message}`));
  }
  void listenForPageChanges(); // other instances' writes drop this one's cached pages (PostgreSQL only)
  startHousekeeping(); // expired rate-limit counters and sessions, now and every few minutes
  startMailer(); // the email outbox: due mail now and every few seconds
  (await import('./lib/newsroom-scheduler')).startScheduledPublishing(); // scheduled articles, on time
  try {
    const db = await getDb();
    const kind = await getDbKind();
    if (!shouldSeedDemo(kind, settings)) return;
    const demo = demoPasswordFor({ development: settings.nodeEnv === 'development', embedded: kind === 'pglite', demoPassword: settings.demoPassword });
    if ('refused' in demo) stop(`SEED_DEMO_DATA is on, but ${demo.refused}`);
    const summary = await seedDemoContent(db, { password: demo.password });
    if (summary) log.info(`Seeded ${summary.articles} demo articles and their conversation. Demo accounts:\n${describeDemoAccounts(demo.password)}`);
  } catch (error) {
    if (error instanceof DatabaseLockedError) stop(error.message);
    // Anything else (PostgreSQL not reachable yet) is retried on the next request; /api/health says so.
    log.error({ err: error }, 'database not ready at start-up');
  }
}
