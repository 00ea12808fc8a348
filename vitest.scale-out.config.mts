import path from 'node:path';
import { defineConfig } from 'vitest/config';

// The scale-out suite (npm run test:scale-out; needs PostgreSQL (DATABASE_URL or the CI default), nginx
// and pgbouncer): two standalone instances on one PostgreSQL database behind nginx, the second through
// PgBouncer; what one instance or a script changes must be seen through every one within a second.
export default defineConfig({
  resolve: { alias: { '@': path.resolve(import.meta.dirname) } },
  test: {
    include: ['tests/scale-out/**/*.test.ts'],
    globalSetup: ['tests/scale-out/instances.ts'],
    pool: 'forks',
    maxWorkers: 1,
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
});
