'use client';

import { useState, useSyncExternalStore } from 'react';

const noSubscription = () => () => undefined;

// The time to publish at, in the editor's own time zone. The browser sends its offset beside the
// value; without JavaScript there is none, the time is read as UTC, and the label says so.
type Props = { defaultValue: string; scheduledIso: string | null; errors?: string[] };

const localValue = (date: Date) => {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
};

export function ScheduleField({ defaultValue, scheduledIso, errors }: Props) {
  // The browser's zone, once hydrated (the server cannot know it: there it is null).
  const offset = useSyncExternalStore(noSubscription, () => new Date().getTimezoneOffset(), () => null);
  const [typed, setTyped] = useState<string | null>(defaultValue || null);
  const value = typed ?? (scheduledIso ? (offset === null ? scheduledIso.slice(0, 16) : localValue(new Date(scheduledIso))) : '');
  const zone = offset === null ? 'UTC' : Intl.DateTimeFormat().resolvedOptions().timeZone;
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor="scheduledAt" className="font-medium">
        Publish at <span className="font-normal text-zinc-600 dark:text-zinc-400">({zone})</span>
      </label>
      <input
        id="scheduledAt"
        name="scheduledAt"
        type="datetime-local"
        value={value}
        onChange={(e) => setTyped(e.currentTarget.value)}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby="scheduledAt-error"
        className="w-fit rounded-lg border border-zinc-300 bg-white px-3 py-2 dark:border-zinc-700 dark:bg-zinc-900"
      />
      {offset !== null && <input type="hidden" name="timezoneOffset" value={offset} />}
      <p id="scheduledAt-error" aria-live="polite" className="text-sm text-red-700 dark:text-red-400">
        {errors?.join(' ')}
      </p>
    </div>
  );
}
