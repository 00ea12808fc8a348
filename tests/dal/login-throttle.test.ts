import { describe, expect, it } from 'vitest';
import { checkLoginThrottle, recordLoginFailure, recordLoginSuccess } from '@/lib/login-throttle';

describe('login throttling', () => {
  it('slows down after 5 failures for an account and blocks after 10, until a success clears it', async () => {
    const email = `Throttle-${Math.random()}@example.test`;
    const ip = `10.0.0.${Math.floor(Math.random() * 200)}`;
    for (let i = 0; i < 4; i++) await recordLoginFailure(email, ip);
    expect(await checkLoginThrottle(email, ip)).toMatchObject({ blocked: false, delayMs: 0 });
    await recordLoginFailure(email.toLowerCase(), ip); // the same account, however it is typed
    expect((await checkLoginThrottle(email, ip)).delayMs).toBeGreaterThan(0);
    for (let i = 0; i < 5; i++) await recordLoginFailure(email, `10.1.0.${i}`);
    const blocked = await checkLoginThrottle(email, '10.2.0.1');
    expect(blocked.blocked).toBe(true);
    expect(blocked.retryAfterSeconds).toBeGreaterThan(0);
    await recordLoginSuccess(email);
    expect((await checkLoginThrottle(email, '10.2.0.1')).blocked).toBe(false);
  });

  it('blocks an address that fails across many accounts', async () => {
    const ip = `10.9.${Math.floor(Math.random() * 200)}.1`;
    for (let i = 0; i < 30; i++) await recordLoginFailure(`spray-${i}-${Math.random()}@example.test`, ip);
    expect((await checkLoginThrottle('someone-new@example.test', ip)).blocked).toBe(true);
    expect((await checkLoginThrottle('someone-new@example.test', '10.99.0.1')).blocked).toBe(false);
  });
});
