import { spawn } from 'node:child_process';
import { expect, test } from './support/test';

test('a second server on the same data folder fails fast with a clear message, leaving the first serving', async ({
  request,
}) => {
  test.setTimeout(120_000);
  const started = Date.now();
  const second = spawn(process.execPath, ['.next/standalone/server.js'], {
    env: { ...process.env, PORT: '3299', HOSTNAME: '127.0.0.1', PGLITE_DATA_DIR: process.env.E2E_DATA_DIR, DATABASE_URL: '', AUTH_TRUST_HOST: 'true', SITE_URL: 'http://127.0.0.1:3299' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  second.stdout.on('data', (d) => (output += d));
  second.stderr.on('data', (d) => (output += d));
  const code = await new Promise<number | null>((resolve) => second.on('exit', resolve));

  expect(code).toBe(1);
  expect(Date.now() - started).toBeLessThan(30_000);
  expect(output).toContain('Cannot start: The embedded database folder is in use by process');
  expect(output).toContain('PGLITE_DATA_DIR');

  const health = await request.get('/api/health');
  expect(health.status()).toBe(200);
  const home = await request.get('/');
  expect(await home.text()).toContain('/articles/');
});
