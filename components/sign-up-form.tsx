'use client';

import { useActionState } from 'react';
import { FormMessage } from '@/components/forms/form-message';
import { SubmitButton } from '@/components/forms/submit-button';
import { TextField } from '@/components/forms/text-field';
import { idle } from '@/lib/action-state';
import { signUpAction } from '@/lib/actions/auth';
import { MIN_PASSWORD_LENGTH } from '@/lib/limits';

export function SignUpForm({ callbackUrl }: { callbackUrl: string }) {
  const [state, action] = useActionState(signUpAction, idle<{ name?: string; email?: string }>({}));
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <TextField name="name" label="Name" autoComplete="nickname" defaultValue={state.data?.name} errors={state.fieldErrors?.name} hint="Shown next to your comments." />
      <TextField name="email" label="Email" type="email" autoComplete="email" defaultValue={state.data?.email} errors={state.fieldErrors?.email} />
      <TextField
        name="password"
        label="Password"
        type="password"
        autoComplete="new-password"
        errors={state.fieldErrors?.password}
        hint={`At least ${MIN_PASSWORD_LENGTH} characters. Not your email, not a common password.`}
      />
      <label className="flex items-start gap-2 text-sm">
        <input type="checkbox" name="replyEmails" className="mt-0.5 h-4 w-4" />
        <span>Email me when someone replies to my comments (you can change this any time).</span>
      </label>
      <FormMessage state={state} />
      <div>
        <SubmitButton pendingLabel="Creating account…">Create account</SubmitButton>
      </div>
    </form>
  );
}
