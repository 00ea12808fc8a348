import 'server-only';
import { clearRateLimit, hitRateLimit, peekRateLimit } from '@/lib/dal/rate-limits';
import { normalizeEmail } from '@/lib/dal/users';

// Failed sign-ins within WINDOW: from SLOW_AFTER on each attempt waits longer; from BLOCK_AFTER (per
// account) or IP_BLOCK_AFTER (per address) attempts are refused until the window ends.
const WINDOW_SECONDS = 15 * 60;
const SLOW_AFTER = 5;
const BLOCK_AFTER = 10;
const IP_BLOCK_AFTER = 30;

const accountKey = (email: string) => `login-fail:acct:${normalizeEmail(email)}`;
const ipKey = (ip: string) => `login-fail:ip:${ip}`;

export type LoginThrottle = { blocked: boolean; retryAfterSeconds: number; delayMs: number };

export async function checkLoginThrottle(email: string, ip: string): Promise<LoginThrottle> {
  const [account, address] = await Promise.all([
    peekRateLimit(accountKey(email), WINDOW_SECONDS),
    peekRateLimit(ipKey(ip), WINDOW_SECONDS),
  ]);
  if (account.count >= BLOCK_AFTER || address.count >= IP_BLOCK_AFTER) {
    return { blocked: true, retryAfterSeconds: Math.max(account.retryAfterSeconds, address.retryAfterSeconds), delayMs: 0 };
  }
  const failures = Math.max(account.count, Math.floor(address.count / 3));
  const delayMs = failures >= SLOW_AFTER ? Math.min(1_000 * (failures - SLOW_AFTER + 1), 5_000) : 0;
  return { blocked: false, retryAfterSeconds: 0, delayMs };
}

export async function recordLoginFailure(email: string, ip: string): Promise<void> {
  await Promise.all([hitRateLimit(accountKey(email), BLOCK_AFTER, WINDOW_SECONDS), hitRateLimit(ipKey(ip), IP_BLOCK_AFTER, WINDOW_SECONDS)]);
}

export async function recordLoginSuccess(email: string): Promise<void> {
  await clearRateLimit(accountKey(email));
}
