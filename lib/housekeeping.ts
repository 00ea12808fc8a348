import 'server-only';
import { log } from '@/lib/log';
import { deleteExpiredRateLimits } from '@/lib/dal/rate-limits';
import { deleteExpiredSessions } from '@/lib/dal/sessions';

// Rows that only grow unless someone removes them: rate-limit counters whose window ended, and sessions
// past their end. Every instance sweeps every SWEEP_MS (the deletes are idempotent, so instances need
// not agree on who does it), starting at start-up.
const SWEEP_MS = 10 * 60 * 1000;

export async function sweepExpiredRows(): Promise<{ rateLimits: number; sessions: number }> {
  const [rateLimits, sessions] = await Promise.all([deleteExpiredRateLimits(), deleteExpiredSessions()]);
  return { rateLimits, sessions };
}

let timer: NodeJS.Timeout | undefined;

export function startHousekeeping(): void {
  if (timer) return;
  const sweep = () => sweepExpiredRows().catch((error: unknown) => log.warn({ err: error }, 'housekeeping sweep failed'));
  void sweep();
  timer = setInterval(sweep, SWEEP_MS);
  timer.unref();
}
