import 'server-only';
import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto';
import { headers } from 'next/headers';
import { authSecret } from '@/lib/auth-secret';

// Cookie values that name something by a random id the server signed: "<uuid>.<hmac>". The purpose
// (what the id is for, and for whom) is part of what is signed, so a value made for one purpose is
// worth nothing for another: a reactor id is not a device id, and a device id for one account opens
// no other.

function mac(purpose: string, id: string): string {
  return createHmac('sha256', authSecret()).update(`${purpose}:${id}`).digest('base64url');
}

/** A new random id and its signature for `purpose`. */
export function signNewId(purpose: string): { id: string; value: string } {
  const id = randomUUID();
  return { id, value: `${id}.${mac(purpose, id)}` };
}

/** The id in a signed value made for `purpose`, or null when it is missing, malformed or forged. */
export function verifySignedId(purpose: string, value: string | undefined): string | null {
  const [id, given] = (value ?? '').split('.');
  if (!id || !given || !/^[0-9a-f-]{36}$/.test(id)) return null;
  const expected = Buffer.from(mac(purpose, id));
  const actual = Buffer.from(given);
  return expected.length === actual.length && timingSafeEqual(expected, actual) ? id : null;
}

/** Whether this request reached the site over HTTPS (cookies set in answer to it are then Secure). */
export async function requestIsHttps(): Promise<boolean> {
  return (await headers()).get('x-forwarded-proto')?.split(',')[0].trim() === 'https';
}
