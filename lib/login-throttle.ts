import 'server-only';
import { hitRateLimits, refundRateLimits } from '@/lib/dal/rate-limits';
import { normalizeEmail } from '@/lib/dal/users';
import { signNewId, verifySignedId } from '@/lib/signed-ids';

// Sign-in attempts are counted before the password is checked, in one atomic statement, so parallel
// guesses cannot all slip in before the first is counted; a successful one is taken back afterwards. What an attacker can do (README, Security):
// - guess one account's password from one address: LIMITS.pair attempts per window, then refused;
// - spread over many addresses: every address counts toward the account's limit; past it, the account
//   accepts sign-ins only from browsers it signed in on before (the device cookie below). The owner
//   keeps signing in from those, so nobody can lock an owner out of a device they already use;
// - guess many accounts from one address: LIMITS.address attempts per window across all of them.
const WINDOW_SECONDS = 15 * 60;
export const LOGIN_LIMITS = { pair: 10, address: 30, account: 50, device: 10 } as const;

/** Set after a successful sign-in: this browser has signed in to this account before. */
export const DEVICE_COOKIE = 'hallyu_device';

const key = {
  pair: (email: string, ip: string) => `login:pair:${normalizeEmail(email)}|${ip}`,
  address: (ip: string) => `login:ip:${ip}`,
  account: (email: string) => `login:acct:${normalizeEmail(email)}`,
  device: (device: string) => `login:device:${device}`,
};

// A device cookie is signed for one account: it opens no other.
const devicePurpose = (email: string) => `device:${normalizeEmail(email)}`;

/** A device cookie value for `email`: a random id and its signature, bound to the account. */
export function deviceCookieFor(email: string): string {
  return signNewId(devicePurpose(email)).value;
}

/** The device's id when the cookie is a valid one for `email`, else null. */
export function knownDevice(email: string, cookie: string | undefined): string | null {
  return verifySignedId(devicePurpose(email), cookie);
}

export type LoginAdmission = { allowed: true } | { allowed: false; reason: 'address' | 'account'; retryAfterSeconds: number };

/**
 * Counts one sign-in attempt and says whether its password may be checked. From a known device the
 * attempt counts only against that device; otherwise against the (account, address) pair, the address
 * and the account.
 */
export async function admitLoginAttempt(email: string, ip: string, device: string | null): Promise<LoginAdmission> {
  if (device) {
    const [own] = await hitRateLimits([{ key: key.device(device), limit: LOGIN_LIMITS.device }], WINDOW_SECONDS);
    return own.allowed ? { allowed: true } : { allowed: false, reason: 'address', retryAfterSeconds: own.retryAfterSeconds };
  }
  const [pair, address, account] = await hitRateLimits(
    [
      { key: key.pair(email, ip), limit: LOGIN_LIMITS.pair },
      { key: key.address(ip), limit: LOGIN_LIMITS.address },
      { key: key.account(email), limit: LOGIN_LIMITS.account },
    ],
    WINDOW_SECONDS,
  );
  if (!pair.allowed || !address.allowed) {
    return { allowed: false, reason: 'address', retryAfterSeconds: Math.max(pair.retryAfterSeconds, address.retryAfterSeconds) };
  }
  if (!account.allowed) return { allowed: false, reason: 'account', retryAfterSeconds: account.retryAfterSeconds };
  return { allowed: true };
}

/**
 * After a correct password: the attempt is taken back from every counter it was counted against, so
 * the limits count failed (and in-flight) attempts only; many people signing in behind one address
 * never add up to a block.
 */
export async function loginSucceeded(email: string, ip: string, device: string | null): Promise<void> {
  await refundRateLimits(device ? [key.device(device)] : [key.pair(email, ip), key.address(ip), key.account(email)]);
}
