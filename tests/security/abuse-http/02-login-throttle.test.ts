// Item 2: guesses are counted before the password is checked, per (account, address) and per address;
// an account under a spread-out attack still lets its owner in from a browser that signed in before.
import { describe, expect, it } from 'vitest';
import { freshAddress, signIn, signUp } from './client';

const WRONG = 'not-the-password-at-all';

describe('sign-in throttling', () => {
  it('evaluates at most 10 of 40 parallel guesses, and the owner still signs in from elsewhere', async () => {
    const owner = await signUp(freshAddress());
    const attacker = freshAddress();
    const answers = await Promise.all(Array.from({ length: 40 }, () => signIn(owner.email, WRONG, attacker)));
    const evaluated = answers.filter((a) => /Email or password is incorrect/.test(a.answer.state?.message ?? '')).length;
    const throttled = answers.filter((a) => /Too many sign-in attempts from your network/.test(a.answer.state?.message ?? '')).length;
    console.log(`40 parallel guesses: ${evaluated} evaluated, ${throttled} refused before the password was checked`);
    expect(evaluated).toBe(10);
    expect(throttled).toBe(30);
    // The owner, from a new address and a new browser (no device cookie): not locked out.
    expect((await signIn(owner.email, owner.password, freshAddress())).signedIn).toBe(true);
  });

  it('past the account limit, only browsers that signed in before get in; the owner keeps theirs', async () => {
    const owner = await signUp(freshAddress()); // this browser now has the account's device cookie
    // 6 addresses × 10 guesses: more than the account's 50 across all addresses.
    for (let a = 0; a < 6; a++) {
      const from = freshAddress();
      await Promise.all(Array.from({ length: 10 }, () => signIn(owner.email, WRONG, from)));
    }
    const stranger = await signIn(owner.email, owner.password, freshAddress());
    expect(stranger.signedIn).toBe(false);
    expect(stranger.answer.state?.message).toMatch(/accepts sign-ins only on devices that signed in to it before/);
    const device = owner.cookie.split('; ').find((c) => c.startsWith('hallyu_device='))!;
    expect(device).toBeTruthy();
    const known = await signIn(owner.email, owner.password, freshAddress(), device);
    expect(known.signedIn).toBe(true);
    // A device cookie is bound to its account: it opens no other.
    const other = await signUp(freshAddress());
    for (let a = 0; a < 6; a++) {
      const from = freshAddress();
      await Promise.all(Array.from({ length: 10 }, () => signIn(other.email, WRONG, from)));
    }
    expect((await signIn(other.email, other.password, freshAddress(), device)).signedIn).toBe(false);
  });

  it('refuses an address that guesses across many accounts', async () => {
    const from = freshAddress();
    for (let i = 0; i < 30; i++) await signIn(`spray-${i}-${Date.now()}@example.test`, WRONG, from);
    const owner = await signUp(freshAddress());
    const refused = await signIn(owner.email, owner.password, from);
    expect(refused.answer.state?.message).toMatch(/Too many sign-in attempts from your network/);
  });
});
