// Runs once when a server process starts. The Node.js work lives in instrumentation-node.ts.
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs' && process.env.NEXT_PHASE !== 'phase-production-build') {
    const { startServer } = await import('./instrumentation-node');
    await startServer();
  }
}
