import 'server-only';
// Prometheus metrics of this instance (prom-client), served on a port of their own (METRICS_PORT) that
// the balancer does not expose. Requests are observed at Node's HTTP server (diagnostics channels), so
// everything counts: pages from the page cache, renders, actions, route handlers, static files.
// The registry lives on globalThis: the proxy, the pages and instrumentation are separate bundles.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { subscribe } from 'node:diagnostics_channel';
import client from 'prom-client';
import { poolStats } from '@/db/client';
import { isCacheDeaf } from '@/lib/cache/tag-expiry';
import { FILL_HEADER } from '@/lib/page-cache';

type Metrics = ReturnType<typeof createMetrics>;
const globalForMetrics = globalThis as typeof globalThis & { __hallyuMetrics?: Metrics };

function createMetrics() {
  const registry = new client.Registry();
  client.collectDefaultMetrics({ register: registry });
  const registers = [registry];
  return {
    registry,
    requests: new client.Counter({ name: 'hallyu_http_requests_total', help: 'HTTP requests answered, by route, method and status', labelNames: ['route', 'method', 'status'], registers }),
    duration: new client.Histogram({
      name: 'hallyu_http_request_duration_seconds',
      help: 'Time from the request arriving to the last byte of the answer sent, by route and method',
      labelNames: ['route', 'method'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers,
    }),
    pageCache: new client.Counter({ name: 'hallyu_page_cache_total', help: 'Pages answered from the page cache: hit, stale (served while refreshed) or miss (rendered and stored)', labelNames: ['outcome'], registers }),
    actions: new client.Counter({ name: 'hallyu_actions_total', help: 'Server actions run, by action and outcome (success, error); rate() of reactToArticle and postComment gives reactions and comments per minute', labelNames: ['action', 'outcome'], registers }),
    pool: new client.Gauge({
      name: 'hallyu_db_pool_connections',
      help: "The PostgreSQL pool's connections: total, idle, and requests waiting for one",
      labelNames: ['state'],
      registers,
      collect() {
        const stats = poolStats();
        if (!stats) return;
        for (const [state, value] of Object.entries(stats)) this.set({ state }, value);
      },
    }),
    listener: new client.Gauge({
      name: 'hallyu_change_listener_up',
      help: "1 while this instance hears other instances' changes (PostgreSQL LISTEN); 0 while it is deaf and renders afresh",
      registers,
      collect() {
        this.set(isCacheDeaf() ? 0 : 1);
      },
    }),
  };
}

function metrics(): Metrics {
  return (globalForMetrics.__hallyuMetrics ??= createMetrics());
}

/** Counts one run of a server action (lib/safe-action.ts); nothing when metrics are off (no METRICS_PORT). */
export function countAction(action: string, outcome: 'success' | 'error'): void {
  globalForMetrics.__hallyuMetrics?.actions.inc({ action, outcome });
}

type Matcher = { route: string; pattern: RegExp; specificity: number };
let matchers: Matcher[] | undefined;

/**
 * The app's routes, read from the build's manifest ("/(site)/articles/[slug]/page" matches
 * "/articles/…" and is labelled "/articles/[slug]"): a label per route, never per URL, so the number
 * of series stays small whatever URLs clients invent.
 */
function routeMatchers(): Matcher[] {
  if (matchers) return matchers;
  let entries: string[] = [];
  try {
    entries = Object.keys(JSON.parse(fs.readFileSync(path.join(process.cwd(), '.next', 'server', 'app-paths-manifest.json'), 'utf8')) as object);
  } catch {
    // development server: labels fall back to the first segment
  }
  matchers = entries
    .map((entry) => entry.replace(/\/(page|route)$/, '').replace(/\/\([^/)]+\)/g, '') || '/')
    .filter((route) => !route.startsWith('/_'))
    .map((route) => {
      const segments = route.split('/').filter(Boolean);
      const pattern = segments.map((s) => (s.startsWith('[[...') ? '(?:/.*)?' : s.startsWith('[...') ? '/.+' : s.startsWith('[') ? '/[^/]+' : `/${s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`)).join('');
      return { route, pattern: new RegExp(`^${pattern || '/'}$`), specificity: segments.filter((s) => !s.startsWith('[')).length * 10 - segments.length };
    })
    .sort((a, b) => b.specificity - a.specificity);
  return matchers;
}

export function routeLabel(pathname: string): string {
  if (pathname.startsWith('/_next/static/')) return '/_next/static';
  if (pathname.startsWith('/_next/image')) return '/_next/image';
  const found = routeMatchers().find((m) => m.pattern.test(pathname));
  if (found) return found.route;
  const first = /^\/(images|bench)\//.exec(pathname);
  return first ? `/${first[1]}` : 'other';
}

let observing = false;

/** Observes every request this process's HTTP servers answer, but the metrics server's own. Called once at start-up. */
export function observeRequests(ignore: () => http.Server | null): void {
  if (observing) return;
  observing = true;
  const started = new WeakMap<http.IncomingMessage, bigint>();
  subscribe('http.server.request.start', (message) => {
    const { request, server } = message as { request: http.IncomingMessage; server: http.Server };
    // The page cache's own render requests are part of the miss they fill, not requests of their own.
    if (server !== ignore() && !request.headers[FILL_HEADER]) started.set(request, process.hrtime.bigint());
  });
  subscribe('http.server.response.finish', (message) => {
    const { request, response } = message as { request: http.IncomingMessage; response: http.ServerResponse };
    const start = started.get(request);
    if (start === undefined) return;
    const { requests, duration, pageCache } = metrics();
    const route = routeLabel(new URL(request.url ?? '/', 'http://x').pathname);
    const method = request.method ?? 'GET';
    requests.inc({ route, method, status: String(response.statusCode) });
    duration.observe({ route, method }, Number(process.hrtime.bigint() - start) / 1e9);
    const outcome = response.getHeader(FILL_HEADER);
    if (typeof outcome === 'string') pageCache.inc({ outcome: outcome.split(/[;,]/)[0] });
  });
}

/** Serves GET /metrics on its own port (METRICS_PORT), for Prometheus to scrape each instance. */
export function startMetricsServer(port: number, host: string): http.Server {
  const { registry } = metrics(); // the registry exists only where metrics are served
  const server = http.createServer(async (request, response) => {
    if (request.method !== 'GET' || request.url !== '/metrics') {
      response.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found: metrics are at /metrics\n');
      return;
    }
    try {
      const body = await registry.metrics();
      response.writeHead(200, { 'Content-Type': registry.contentType }).end(body);
    } catch (error) {
      response.writeHead(500, { 'Content-Type': 'text/plain' }).end(`metrics failed: ${String(error)}\n`);
    }
  });
  server.listen(port, host);
  server.unref();
  return server;
}
