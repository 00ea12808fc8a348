import { spawn } from 'node:child_process';
import { expect, test } from '@playwright/test';

// A production server with a bad setting stops at once and names it, instead of running on a guess.
async function startWith(env: Record<string, string>): Promise<{ code: number | null; output: string; ms: number }> {
  const started = Date.now();
  const server = spawn(process.execPath, ['node_modules/next/dist/bin/next', 'start', '-H', '127.0.0.1', '-p', '3298'], {
    env: { ...process.env, NODE_ENV: 'production', DATABASE_URL: '', PGLITE_DATA_DIR: 'memory://', AUTH_TRUST_HOST: 'true', SITE_URL: 'http://127.0.0.1:3298', ...env },
  });
  let output = '';
  server.stdout.on('data', (chunk) => (output += chunk));
  server.stderr.on('data', (chunk) => (output += chunk));
  const timer = setTimeout(() => server.kill('SIGKILL'), 20_000);
  const code = await new Promise<number | null>((resolve) => server.on('exit', resolve));
  clearTimeout(timer);
  return { code, output, ms: Date.now() - started };
}

test('a production server refuses TRUSTED_PROXY_HOPS=abc and a missing SITE_URL, naming the variable', async () => {
  const badHops = await startWith({ TRUSTED_PROXY_HOPS: 'abc' });
  expect(badHops.code).toBe(1);
  expect(badHops.output).toContain('Cannot start');
  expect(badHops.output).toContain('TRUSTED_PROXY_HOPS="abc"');

  const noSite = await startWith({ SITE_URL: '' });
  expect(noSite.code).toBe(1);
  expect(noSite.output).toContain('SITE_URL is required in production');
});
