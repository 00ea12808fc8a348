import type { ThreadControls } from './types';

/**
 * What everyone is told above the thread: the moderators' message, and whether the conversation is
 * closed, slowed down or reviewed before comments appear.
 */
export function ThreadNotices({ controls, now }: { controls: ThreadControls; now: string }) {
  const reviewing = controls.premoderateUntil !== null && controls.premoderateUntil > now;
  if (!controls.message && !controls.closed && controls.slowModeSeconds <= 0 && !reviewing) return null;
  return (
    <div role="note" aria-label="About this conversation" className="mb-6 flex flex-col gap-1 rounded-lg border border-amber-300 bg-amber-50 p-4 text-amber-950 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-100">
      {controls.message && <p className="font-medium">{controls.message}</p>}
      {controls.closed && <p>Comments are closed on this article.</p>}
      {!controls.closed && controls.slowModeSeconds > 0 && <p>Slow mode is on: one comment every {controls.slowModeSeconds} seconds per person.</p>}
      {!controls.closed && reviewing && <p>Comments on this article are reviewed by a moderator before they appear.</p>}
    </div>
  );
}
