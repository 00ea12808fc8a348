import 'server-only';
import { cookies } from 'next/headers';
import { adoptReactions } from '@/lib/dal/reactions';
import { requestIsHttps, signNewId, verifySignedId } from '@/lib/signed-ids';

// Anonymous visitors react through a signed, http-only cookie holding a random id.
export const REACTOR_COOKIE = 'hallyu_rid';
const TWO_YEARS = 2 * 365 * 24 * 3600;

const PURPOSE = 'reactor';

/** The anonymous id in a cookie value, or null when it is missing, malformed or forged. */
export function decodeReactorCookie(value: string | undefined): string | null {
  return verifySignedId(PURPOSE, value);
}

export const userReactorKey = (userId: string) => `u:${userId}`;
export const anonymousReactorKey = (id: string) => `a:${id}`;

/** The anonymous reactor key of this browser, if it has one (readable anywhere on the server). */
export async function readAnonymousReactorKey(): Promise<string | null> {
  const id = decodeReactorCookie((await cookies()).get(REACTOR_COOKIE)?.value);
  return id ? anonymousReactorKey(id) : null;
}

/** A new anonymous reactor for this browser: sets its cookie (server actions only) and returns its key. */
export async function startAnonymousReactor(): Promise<string> {
  const { id, value } = signNewId(PURPOSE);
  (await cookies()).set(REACTOR_COOKIE, value, {
    httpOnly: true,
    sameSite: 'lax',
    // Secure whenever the request came over HTTPS (always, in a production deployment behind TLS).
    secure: await requestIsHttps(),
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
