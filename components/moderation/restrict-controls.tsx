import { ActionForm } from '@/components/forms/action-form';
import { liftRestrictionAction, restrictUserAction } from '@/lib/actions/moderation';
import { RESTRICTION_KINDS } from '@/lib/restriction-kinds';

type Props = { userId: string; name: string; restricted: boolean; restorable?: number };

/**
 * Suspend for 1, 7 or 30 days, or ban, with a reason the user will see, optionally hiding all their
 * comments; or lift a restriction, optionally restoring what that clean-up hid.
 */
export function RestrictControls({ userId, name, restricted, restorable = 0 }: Props) {
  const prefix = `restrict-${userId.slice(0, 8)}`;
  return (
    <div className="flex flex-col gap-2">
      <ActionForm action={restrictUserAction} submitLabel="Apply" className="flex flex-wrap items-end gap-2">
        <input type="hidden" name="userId" value={userId} />
        <div className="flex flex-col gap-1">
          <label htmlFor={`${prefix}-kind`} className="text-sm font-medium">
            Restrict {name}
          </label>
          <select id={`${prefix}-kind`} name="kind" defaultValue="1d" className="rounded border border-zinc-300 bg-white px-2 py-1 dark:border-zinc-700 dark:bg-zinc-900">
            {RESTRICTION_KINDS.map((k) => (
              <option key={k.value} value={k.value}>
                {k.label}
              </option>
            ))}
          </select>
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor={`${prefix}-reason`} className="text-sm font-medium">
            Reason (shown to the user)
          </label>
          <input id={`${prefix}-reason`} name="reason" required minLength={3} maxLength={300} className="rounded border border-zinc-300 bg-white px-2 py-1 dark:border-zinc-700 dark:bg-zinc-900" />
        </div>
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" name="hideComments" className="h-4 w-4" />
          Also hide all their comments
        </label>
      </ActionForm>
      {restricted && (
        <ActionForm action={liftRestrictionAction} submitLabel="Lift restriction" buttonClassName="rounded-full border border-zinc-400 px-4 py-1.5 text-sm font-semibold">
          <input type="hidden" name="userId" value={userId} />
          {restorable > 0 && (
            <label className="flex items-center gap-2 text-sm">
              <input type="checkbox" name="restoreComments" defaultChecked className="h-4 w-4" />
              Also restore the {restorable} {restorable === 1 ? 'comment' : 'comments'} hidden with the restriction
            </label>
          )}
        </ActionForm>
      )}
    </div>
  );
}
