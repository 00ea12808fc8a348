import path from 'node:path';
import { defineConfig } from 'vitest/config';

// The abuse suite (npm run test:abuse): each attack of tests/security/abuse-http against a production
// build (the standalone server) with production limits, on a fresh PGlite folder, or on a scratch PostgreSQL
// database when DATABASE_URL is set. Clients are told apart by their loopback source address
// (127.x.y.z), never by a header they could write.
export default defineConfig({
  resolve: { alias: { '@': path.resolve(import.meta.dirname) } },
  test: {
    include: ['tests/security/abuse-http/**/*.test.ts'],
    globalSetup: ['tests/security/abuse-http/server.ts'],
    pool: 'forks',
    maxWorkers: 1,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
