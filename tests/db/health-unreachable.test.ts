import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

describe('health with the database unreachable', () => {
  it('reports the failure within a few seconds instead of hanging', () => {
    const out = execFileSync(process.execPath, ['--conditions=react-server', '--import', 'tsx', 'tests/support/health-probe.ts'], {
      // Nothing listens on port 1: the connection is refused or times out.
      env: { ...process.env, DATABASE_URL: 'postgres://postgres@127.0.0.1:1/nowhere', SEED_DEMO_DATA: 'false' },
      encoding: 'utf8',
      timeout: 20_000,
    });
    const { health, ms } = JSON.parse(out.trim().split('\n').at(-1)!);
    expect(health).toMatchObject({ ok: false });
    expect(health.error).toBeTruthy();
    expect(ms).toBeLessThan(5_000);
  });
});
