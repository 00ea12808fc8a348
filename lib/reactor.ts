import 'server-only';
import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto';
import { cookies, headers } from 'next/headers';
import { authSecret } from '@/lib/auth-secret';
import { adoptReactions } from '@/lib/dal/reactions';

// Anonymous visitors react through a signed, http-only cookie holding a random id.
export const REACTOR_COOKIE = 'hallyu_rid';
const TWO_YEARS = 2 * 365 * 24 * 3600;

function sign(id: string): string {
  return createHmac('sha256', authSecret()).update(`reactor:${id}`).digest('base64url');
}

export function encodeReactorCookie(id: string): string {
  return `${id}.${sign(id)}`;
}

/** The anonymous id in a cookie value, or null when it is missing, malformed or forged. */
export function decodeReactorCookie(value: string | undefined): string | null {
  if (!value) return null;
  const [id, mac] = value.split('.');
  if (!id || !mac || !/^[0-9a-f-]{36}$/.test(id)) return null;
  const expected = Buffer.from(sign(id));
  const given = Buffer.from(mac);
  return expected.length === given.length && timingSafeEqual(expected, given) ? id : null;
}

export const userReactorKey = (userId: string) => `u:${userId}`;
export const anonymousReactorKey = (id: string) => `a:${id}`;

/** The anonymous reactor key of this browser, if it has one (readable anywhere on the server). */
export async function readAnonymousReactorKey(): Promise<string | null> {
  const id = decodeReactorCookie((await cookies()).get(REACTOR_COOKIE)?.value);
  return id ? anonymousReactorKey(id) : null;
}

/** This browser's anonymous reactor key, creating the cookie if needed (server actions only). */
export async function ensureAnonymousReactorKey(): Promise<string> {
  const existing = await readAnonymousReactorKey();
  if (existing) return existing;
  const id = randomUUID();
  (await cookies()).set(REACTOR_COOKIE, encodeReactorCookie(id), {
    httpOnly: true,
    sameSite: 'lax',
    // Secure whenever the request came over HTTPS (always, in a production deployment behind TLS).
    secure: (await headers()).get('x-forwarded-proto')?.split(',')[0].trim() === 'https',
    maxAge: TWO_YEARS,
    path: '/',
  });
  return anonymousReactorKey(id);
}

/** After sign-in: this browser's anonymous reactions become the account's. */
export async function adoptAnonymousReactions(userId: string): Promise<void> {
  const anonymous = await readAnonymousReactorKey();
  if (anonymous) await adoptReactions(anonymous, userReactorKey(userId));
}
