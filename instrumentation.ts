// Runs once when a server process starts. The settings are checked first, before any module that reads
// them is loaded: a bad one stops the server at once with a message naming it. The rest of start-up
// (database, demo content) lives in instrumentation-node.ts.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return;
  const { config, ConfigError } = await import('./lib/config');
  try {
    config();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(`\n[hallyu] Cannot start: ${error.message}\n`);
    process.exit(1);
  }
  const { startServer } = await import('./instrumentation-node');
  await startServer();
}
