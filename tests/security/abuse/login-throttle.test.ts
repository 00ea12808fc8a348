// Item 2, in the data layer: attempts are counted atomically before any password is checked.
import { describe, expect, it } from 'vitest';
import { admitLoginAttempt, deviceCookieFor, knownDevice, LOGIN_LIMITS, loginSucceeded } from '@/lib/login-throttle';

const email = () => `Throttle-${crypto.randomUUID()}@example.test`;
const ip = () => `10.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}.1`;

describe('login throttling', () => {
  it('admits exactly the pair limit out of 40 parallel attempts, whatever the case of the email', async () => {
    const account = email();
    const from = ip();
    const answers = await Promise.all(Array.from({ length: 40 }, (_, i) => admitLoginAttempt(i % 2 ? account : account.toLowerCase(), from, null)));
    expect(answers.filter((a) => a.allowed)).toHaveLength(LOGIN_LIMITS.pair);
    expect(answers.find((a) => !a.allowed)).toMatchObject({ reason: 'address' });
  });

  it('counts only failed attempts: successes are taken back; the account limit counts every address', async () => {
    // 100 people behind one address sign in successfully: nobody is refused.
    const office = ip();
    for (let i = 0; i < 100; i++) {
      const person = email();
      expect((await admitLoginAttempt(person, office, null)).allowed).toBe(true);
      await loginSucceeded(person, office, null);
    }
    const account = email();
    const from = ip();
    for (let i = 0; i < LOGIN_LIMITS.pair - 1; i++) await admitLoginAttempt(account, from, null);
    expect((await admitLoginAttempt(account, from, null)).allowed).toBe(true); // the 10th: the right password
    await loginSucceeded(account, from, null);
    expect((await admitLoginAttempt(account, from, null)).allowed).toBe(true);
    expect((await admitLoginAttempt(account, from, null)).allowed).toBe(false);

    const spread = email();
    for (let i = 0; i < LOGIN_LIMITS.account; i++) await admitLoginAttempt(spread, `10.200.${i}.1`, null);
    expect(await admitLoginAttempt(spread, '10.201.0.1', null)).toMatchObject({ allowed: false, reason: 'account' });
    // From a browser that signed in to this account before, the owner is admitted.
    const device = knownDevice(spread, deviceCookieFor(spread));
    expect(device).not.toBeNull();
    expect((await admitLoginAttempt(spread, '10.201.0.1', device)).allowed).toBe(true);
  });

  it('binds a device cookie to its account and refuses forged ones', () => {
    const cookie = deviceCookieFor('owner@example.test');
    expect(knownDevice('OWNER@example.test ', cookie)).not.toBeNull();
    expect(knownDevice('someone-else@example.test', cookie)).toBeNull();
    expect(knownDevice('owner@example.test', `${cookie.split('.')[0]}.forged`)).toBeNull();
    expect(knownDevice('owner@example.test', undefined)).toBeNull();
  });

  it('limits an address across accounts', async () => {
    const from = ip();
    for (let i = 0; i < LOGIN_LIMITS.address; i++) await admitLoginAttempt(email(), from, null);
    expect(await admitLoginAttempt(email(), from, null)).toMatchObject({ allowed: false, reason: 'address' });
    expect((await admitLoginAttempt(email(), ip(), null)).allowed).toBe(true);
  });
});
