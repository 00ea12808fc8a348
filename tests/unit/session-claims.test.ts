// The session token is read by decrypting the cookie with Auth.js's own `decode` (lib/auth.ts), not by
// running Auth.js's session endpoint: it must accept exactly the tokens Auth.js issued with our secret,
// under the cookie name they were made for, and nothing else. (The database check that follows is
// tested with the actions and by the abuse suite.)
import { encode } from 'next-auth/jwt';
import { describe, expect, it, vi } from 'vitest';

const SECRET = 'session-claims-test-secret-0123456789';
process.env.AUTH_SECRET = SECRET;
const { sessionClaims } = await import('@/lib/auth');

const NAME = 'authjs.session-token';
const token = (claims: Record<string, unknown>, options: { salt?: string; secret?: string; maxAge?: number } = {}) =>
  encode({ token: claims, secret: options.secret ?? SECRET, salt: options.salt ?? NAME, maxAge: options.maxAge });
const jar = (cookies: Record<string, string>) => (name: string) => cookies[name];

describe('session claims', () => {
  it('reads the user and session ids of a token Auth.js issued', async () => {
    expect(await sessionClaims(jar({ [NAME]: await token({ sub: 'user-1', sid: 'session-1' }) }))).toEqual({ userId: 'user-1', sessionId: 'session-1' });
    const secure = `__Secure-${NAME}`;
    expect(await sessionClaims(jar({ [secure]: await token({ sub: 'user-2', sid: 'session-2' }, { salt: secure }) }))).toEqual({ userId: 'user-2', sessionId: 'session-2' });
  });

  it('joins a token split into chunks, in order', async () => {
    const whole = await token({ sub: 'user-3', sid: 'session-3' });
    const third = Math.ceil(whole.length / 3);
    const chunks = { [`${NAME}.0`]: whole.slice(0, third), [`${NAME}.1`]: whole.slice(third, 2 * third), [`${NAME}.2`]: whole.slice(2 * third) };
    expect(await sessionClaims(jar(chunks))).toEqual({ userId: 'user-3', sessionId: 'session-3' });
    expect(await sessionClaims(jar({ ...chunks, [`${NAME}.1`]: chunks[`${NAME}.2`], [`${NAME}.2`]: chunks[`${NAME}.1`] }))).toBeNull();
  });

  it('refuses forged, foreign, expired and incomplete tokens', async () => {
    const good = await token({ sub: 'user-4', sid: 'session-4' });
    const flipped = good.slice(0, 60) + (good[60] === 'A' ? 'B' : 'A') + good.slice(61);
    expect(await sessionClaims(jar({ [NAME]: flipped }))).toBeNull();
    expect(await sessionClaims(jar({ [NAME]: 'not-a-token' }))).toBeNull();
    expect(await sessionClaims(jar({ [NAME]: await token({ sub: 'user-4', sid: 'session-4' }, { secret: 'another-secret-0123456789abcdef' }) }))).toBeNull();
    // Made for the other cookie name: the name is part of the key.
    expect(await sessionClaims(jar({ [NAME]: await token({ sub: 'user-4', sid: 'session-4' }, { salt: `__Secure-${NAME}` }) }))).toBeNull();
    expect(await sessionClaims(jar({ [NAME]: await token({ sub: 'user-4', sid: 'session-4' }, { maxAge: -60 }) }))).toBeNull();
    expect(await sessionClaims(jar({ [NAME]: await token({ sub: 'user-4' }) }))).toBeNull();
    expect(await sessionClaims(jar({}))).toBeNull();
  });

  it('answers a token it decoded before from memory, but not once it has expired', async () => {
    const soon = await token({ sub: 'user-5', sid: 'session-5' }, { maxAge: 30 });
    expect(await sessionClaims(jar({ [NAME]: soon }))).toEqual({ userId: 'user-5', sessionId: 'session-5' });
    expect(await sessionClaims(jar({ [NAME]: soon }))).toEqual({ userId: 'user-5', sessionId: 'session-5' });
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(Date.now() + 60_000); // past its expiry and Auth.js's 15 s of clock tolerance
      expect(await sessionClaims(jar({ [NAME]: soon }))).toBeNull();
    } finally {
      vi.useRealTimers();
    }
  });
});
