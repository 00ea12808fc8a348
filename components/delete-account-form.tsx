'use client';

import { useActionState } from 'react';
import { FormMessage } from '@/components/forms/form-message';
import { SubmitButton } from '@/components/forms/submit-button';
import { TextField } from '@/components/forms/text-field';
import { idle } from '@/lib/action-state';
import { deleteAccountAction } from '@/lib/actions/account';

export function DeleteAccountForm({ hasPassword, graceDays }: { hasPassword: boolean; graceDays: number }) {
  const [state, action] = useActionState(deleteAccountAction, idle());
  return (
    <form action={action} className="flex max-w-md flex-col gap-3" noValidate>
      <label className="flex items-start gap-2">
        <input type="checkbox" name="confirm" className="mt-1 h-4 w-4" aria-describedby="confirm-error" />
        <span>
          Delete my account. It is erased after {graceDays} {graceDays === 1 ? 'day' : 'days'} unless I sign in before then: my name, email, likes and reactions go, and my comments stay
          in their threads as “[deleted]”, without their text.
        </span>
      </label>
      <p id="confirm-error" aria-live="polite" className="text-sm text-red-700 dark:text-red-400">
        {state.fieldErrors?.confirm?.join(' ')}
      </p>
      {hasPassword && <TextField id="delete-current-password" name="currentPassword" label="Your password" type="password" autoComplete="current-password" errors={state.fieldErrors?.currentPassword} />}
      <FormMessage state={state} />
      <div>
        <SubmitButton pendingLabel="Deleting…">Delete my account</SubmitButton>
      </div>
    </form>
  );
}
