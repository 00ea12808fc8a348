import 'server-only';
import { log } from '@/lib/log';
import { deleteExpiredRateLimits } from '@/lib/dal/rate-limits';
import { deleteExpiredSessions } from '@/lib/dal/sessions';
import { eraseDueAccounts } from '@/lib/dal/account-deletion';
import { queueDueDigests } from '@/lib/dal/digest';
import { deleteOldEditorStashes } from '@/lib/dal/editor-stash';
import { deleteUnusedUploads } from '@/lib/dal/media';
import { config } from '@/lib/config';

// Rows that only grow unless someone removes them: rate-limit counters whose window ended, sessions
// past their end, the newsroom's day-old form answers (lib/dal/editor-stash.ts) and uploads no article
// used (lib/dal/media.ts); and the daily digests that are due (lib/dal/digest.ts). Every instance sweeps
// every SWEEP_MS (the deletes are idempotent, so instances need not agree on who does it), starting at
// start-up.
const SWEEP_MS = 10 * 60 * 1000;

export async function sweepExpiredRows(): Promise<{ rateLimits: number; sessions: number; digests: number; editorStashes: number; uploads: number }> {
  const [rateLimits, sessions, digests, editorStashes, uploads] = await Promise.all([
    deleteExpiredRateLimits(),
    deleteExpiredSessions(),
    queueDueDigests(),
    deleteOldEditorStashes(),
    deleteUnusedUploads(),
  ]);
  return { rateLimits, sessions, digests, editorStashes, uploads };
}

let timer: NodeJS.Timeout | undefined;
let erasing: NodeJS.Timeout | undefined;

export function startHousekeeping(): void {
  if (timer) return;
  const sweep = () => sweepExpiredRows().catch((error: unknown) => log.warn({ err: error }, 'housekeeping sweep failed'));
  void sweep();
  timer = setInterval(sweep, SWEEP_MS);
  timer.unref();
  // Accounts whose deletion grace period ended are erased within a minute (sooner when the period is
  // short, as in the end-to-end tests); erasing is idempotent, so every instance may look.
  const graceMs = config().accountDeletionGraceSeconds * 1000;
  const erase = () =>
    eraseDueAccounts()
      .then((n) => n > 0 && log.info({ accounts: n }, 'erased accounts whose deletion grace period ended'))
      .catch((error: unknown) => log.warn({ err: error }, 'erasing deleted accounts failed'));
  erasing = setInterval(erase, Math.min(60_000, Math.max(1_000, graceMs / 4)));
  erasing.unref();
}
