'use client';

import { useActionState } from 'react';
import { FormMessage } from '@/components/forms/form-message';
import { SubmitButton } from '@/components/forms/submit-button';
import { TextField } from '@/components/forms/text-field';
import { idle } from '@/lib/action-state';
import { requestPasswordResetAction } from '@/lib/actions/account';

export function ForgotPasswordForm() {
  const [state, action] = useActionState(requestPasswordResetAction, idle<{ email?: string }>({}));
  if (state.status === 'success') {
    return (
      <p role="status" className="rounded-lg bg-green-50 p-4 text-green-900 dark:bg-green-950 dark:text-green-200">
        {state.message}
      </p>
    );
  }
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      <TextField name="email" label="Email" type="email" autoComplete="email" defaultValue={state.data?.email} errors={state.fieldErrors?.email} />
      <FormMessage state={state} />
      <div>
        <SubmitButton pendingLabel="Sending…">Send me a link</SubmitButton>
      </div>
    </form>
  );
}
