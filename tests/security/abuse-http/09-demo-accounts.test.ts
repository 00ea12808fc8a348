// Item 9: outside development, demo accounts never get the passwords printed in the README.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { demoPassword, freshAddress, signIn } from './client';

const productionEnv = (dir: string): NodeJS.ProcessEnv => ({
  ...process.env,
  NODE_ENV: 'production' as const,
  DATABASE_URL: '',
  PGLITE_DATA_DIR: path.join(dir, 'pglite'),
  SITE_URL: 'http://127.0.0.1:3292',
  AUTH_SECRET: 'abuse-suite-secret',
  SEED_DEMO_DATA: 'true',
  DEMO_PASSWORD: '',
  NEXT_TELEMETRY_DISABLED: '1',
});

describe('demo accounts in production', () => {
  it('the documented admin password does not open the demo admin of a production server', async () => {
    expect((await signIn('admin@hallyu.test', 'admin-hallyu-2026', freshAddress())).signedIn).toBe(false);
    expect((await signIn('admin@hallyu.test', demoPassword(), freshAddress())).signedIn).toBe(true);
  });

  it('a production server asked for demo content without DEMO_PASSWORD refuses to start, and says why', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hallyu-demo-'));
    try {
      const run = spawnSync(process.execPath, ['node_modules/next/dist/bin/next', 'start', '-H', '127.0.0.1', '-p', '3292'], { env: productionEnv(dir), encoding: 'utf8', timeout: 60_000 });
      expect(run.status).toBe(1);
      expect(run.stderr + run.stdout).toMatch(/Cannot start: SEED_DEMO_DATA is on, but Demo content outside development needs DEMO_PASSWORD/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('npm run db:seed refuses in production without DEMO_PASSWORD, and with the README password', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hallyu-demo-'));
    try {
      const seed = (extra: Record<string, string>) =>
        spawnSync(process.execPath, ['--import', 'tsx', 'scripts/seed.ts'], { env: { ...productionEnv(dir), ...extra }, encoding: 'utf8', timeout: 60_000 });
      const without = seed({});
      expect(without.status).toBe(1);
      expect(without.stderr).toMatch(/Nothing was seeded\. Demo content outside development needs DEMO_PASSWORD/);
      const documented = seed({ DEMO_PASSWORD: 'admin-hallyu-2026' });
      expect(documented.status).toBe(1);
      expect(documented.stderr).toMatch(/must not be one of the passwords printed in the README/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
