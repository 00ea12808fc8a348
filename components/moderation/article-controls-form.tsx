'use client';

import { ActionForm } from '@/components/forms/action-form';
import type { ThreadControls } from '@/components/comments/types';
import { setArticleControlsAction } from '@/lib/actions/moderation';
import { MAX_SLOW_MODE_SECONDS, MAX_THREAD_MESSAGE_LENGTH } from '@/lib/limits';

const field = 'rounded border border-zinc-300 bg-white px-2 py-1 dark:border-zinc-700 dark:bg-zinc-900';
const REVIEW_PERIODS = [
  { value: '1', label: 'for 1 hour' },
  { value: '6', label: 'for 6 hours' },
  { value: '24', label: 'for 24 hours' },
  { value: '72', label: 'for 3 days' },
  { value: '168', label: 'for 7 days' },
];

/** Staff: close the conversation, slow it down, review everything for a while, say why. */
export function ArticleControlsForm({ articleId, controls, now }: { articleId: number; controls: ThreadControls; now: string }) {
  const id = `controls-${articleId}`;
  const reviewing = controls.premoderateUntil !== null && controls.premoderateUntil > now;
  return (
    <ActionForm action={setArticleControlsAction} submitLabel="Save comment settings" className="flex flex-col items-start gap-3">
      <input type="hidden" name="articleId" value={articleId} />
      <label className="flex items-center gap-2 text-sm font-medium">
        <input type="checkbox" name="closed" defaultChecked={controls.closed} className="h-4 w-4" />
        Close comments (existing comments stay)
      </label>
      <div className="flex flex-col gap-1">
        <label htmlFor={`${id}-slow`} className="text-sm font-medium">
          Slow mode: seconds between two comments of one person (0: off)
        </label>
        <input id={`${id}-slow`} name="slowModeSeconds" type="number" min={0} max={MAX_SLOW_MODE_SECONDS} defaultValue={controls.slowModeSeconds} className={`${field} w-32`} />
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor={`${id}-review`} className="text-sm font-medium">
          Review every new comment before it appears
        </label>
        <select id={`${id}-review`} name="premoderate" defaultValue={reviewing ? 'keep' : 'off'} className={field}>
          {reviewing && <option value="keep">Yes, until {controls.premoderateUntil!.slice(0, 16).replace('T', ' ')} UTC</option>}
          <option value="off">{reviewing ? 'Stop reviewing' : 'No'}</option>
          {REVIEW_PERIODS.map((p) => (
            <option key={p.value} value={p.value}>
              Yes, {p.label}
            </option>
          ))}
        </select>
      </div>
      <div className="flex w-full flex-col gap-1">
        <label htmlFor={`${id}-message`} className="text-sm font-medium">
          Message above the thread (optional)
        </label>
        <input id={`${id}-message`} name="message" maxLength={MAX_THREAD_MESSAGE_LENGTH} defaultValue={controls.message ?? ''} className={`${field} w-full`} />
      </div>
    </ActionForm>
  );
}
