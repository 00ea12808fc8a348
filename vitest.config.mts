import path from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    alias: {
      '@': path.resolve(import.meta.dirname),
      // 'server-only' throws outside React server bundles; the DAL is exercised directly here.
      'server-only': path.resolve(import.meta.dirname, 'tests/support/server-only-stub.ts'),
    },
  },
  test: {
    include: ['tests/**/*.test.ts'],
    // The abuse suite attacks a running production server: npm run test:abuse (vitest.abuse.config.mts).
    // The scale-out suite runs two servers on PostgreSQL: npm run test:scale-out.
    exclude: ['**/node_modules/**', '**/.git/**', 'tests/security/abuse-http/**', 'tests/scale-out/**'],
    setupFiles: ['tests/support/setup.ts'],
    // next-auth imports 'next/server' without an extension, which Node's ESM loader cannot resolve.
    server: { deps: { inline: ['next-auth'] } },
    pool: 'forks',
    // PGlite boots in about a second per file; two cores, so keep it to two workers.
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
