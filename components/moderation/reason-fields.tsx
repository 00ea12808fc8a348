import { ReasonOptions } from './reason-options';

// The reason and note fields shared by the hide and report forms. `idPrefix` keeps ids unique per comment.
export function ReasonFields({ idPrefix, noteLabel = 'Note (optional)' }: { idPrefix: string; noteLabel?: string }) {
  return (
    <>
      <div className="flex flex-col gap-1">
        <label htmlFor={`${idPrefix}-reason`} className="text-sm font-medium">
          Reason
        </label>
        <select id={`${idPrefix}-reason`} name="reason" required defaultValue="" className="rounded border border-zinc-300 bg-white px-2 py-1 dark:border-zinc-700 dark:bg-zinc-900">
          <option value="" disabled>
            Choose a reason
          </option>
          <ReasonOptions />
        </select>
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor={`${idPrefix}-note`} className="text-sm font-medium">
          {noteLabel}
        </label>
        <input id={`${idPrefix}-note`} name="note" maxLength={500} className="rounded border border-zinc-300 bg-white px-2 py-1 dark:border-zinc-700 dark:bg-zinc-900" />
      </div>
    </>
  );
}
