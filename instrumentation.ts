// Runs once when a server process starts. The Node.js work lives in instrumentation-node.ts.
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs' && process.env.NEXT_PHASE !== 'phase-production-build') {
    const { startServer } = await import('./instrumentation-node');
    await startServer();
  }
}

/** Every error a request ends in, as one log record with the request's id (lib/log.ts). */
export async function onRequestError(
  error: unknown,
  request: { path: string; method: string; headers: Record<string, string | string[] | undefined> },
  context: { routerKind: string; routePath: string; routeType: string },
) {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { log } = await import('./lib/log');
  const digest = (error as { digest?: string } | null)?.digest;
  log.error({ err: error, digest, requestId: request.headers['x-request-id'], method: request.method, path: request.path, route: context.routePath }, 'request failed');
}
