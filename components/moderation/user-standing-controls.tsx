import { ActionForm } from '@/components/forms/action-form';
import { resetNameAction, setAlwaysReviewAction, setShadowBanAction } from '@/lib/actions/moderation';

const field = 'rounded border border-zinc-300 bg-white px-2 py-1 dark:border-zinc-700 dark:bg-zinc-900';
const secondary = 'rounded-full border border-zinc-400 px-4 py-1.5 text-sm font-semibold';

/** Always review, shadow ban and name reset for one user. */
export function UserStandingControls({ userId, alwaysReview, shadowBanned }: { userId: string; alwaysReview: boolean; shadowBanned: boolean }) {
  return (
    <div className="flex flex-col gap-3">
      <ActionForm action={setAlwaysReviewAction} submitLabel={alwaysReview ? 'Stop reviewing every comment' : 'Always review this user'} buttonClassName={secondary}>
        <input type="hidden" name="userId" value={userId} />
        <input type="hidden" name="on" value={String(!alwaysReview)} />
      </ActionForm>
      <ActionForm action={setShadowBanAction} submitLabel={shadowBanned ? 'Lift shadow ban' : 'Shadow ban'} buttonClassName={secondary}>
        <input type="hidden" name="userId" value={userId} />
        <input type="hidden" name="on" value={String(!shadowBanned)} />
        {!shadowBanned && (
          <div className="flex flex-col gap-1">
            <label htmlFor={`shadow-note-${userId}`} className="text-sm font-medium">
              Why (staff only; for repeat spammers: their new comments are seen only by them)
            </label>
            <input id={`shadow-note-${userId}`} name="note" maxLength={500} className={field} />
          </div>
        )}
      </ActionForm>
      <ActionForm action={resetNameAction} submitLabel="Reset name" buttonClassName={secondary}>
        <input type="hidden" name="userId" value={userId} />
        <div className="flex flex-col gap-1">
          <label htmlFor={`reset-reason-${userId}`} className="text-sm font-medium">
            Reset the display name to a neutral one, because
          </label>
          <input id={`reset-reason-${userId}`} name="reason" required minLength={3} maxLength={300} className={field} />
        </div>
      </ActionForm>
    </div>
  );
}
