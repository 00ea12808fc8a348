'use client';

import { useActionState } from 'react';
import { FormMessage } from '@/components/forms/form-message';
import { SubmitButton } from '@/components/forms/submit-button';
import { TextField } from '@/components/forms/text-field';
import { idle } from '@/lib/action-state';
import { resetPasswordAction } from '@/lib/actions/account';
import { MIN_PASSWORD_LENGTH } from '@/lib/limits';

export function ResetPasswordForm({ token }: { token: string }) {
  const [state, action] = useActionState(resetPasswordAction, idle());
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      <input type="hidden" name="token" value={token} />
      <TextField
        name="password"
        label="New password"
        type="password"
        autoComplete="new-password"
        errors={state.fieldErrors?.password}
        hint={`At least ${MIN_PASSWORD_LENGTH} characters. Not a common password.`}
      />
      <FormMessage state={state} />
      <div>
        <SubmitButton pendingLabel="Saving…">Save my new password</SubmitButton>
      </div>
    </form>
  );
}
