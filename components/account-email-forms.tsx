'use client';

import { useActionState } from 'react';
import { FormMessage, FormSuccess } from '@/components/forms/form-message';
import { SubmitButton } from '@/components/forms/submit-button';
import { TextField } from '@/components/forms/text-field';
import { idle } from '@/lib/action-state';
import { changeEmailAction, changePasswordAction, saveEmailPreferencesAction } from '@/lib/actions/account';
import type { EmailPreferences } from '@/lib/dal/email-preferences';
import { MIN_PASSWORD_LENGTH } from '@/lib/limits';

export function ChangeEmailForm() {
  const [state, action] = useActionState(changeEmailAction, idle<{ email?: string }>({}));
  return (
    <form action={action} className="flex max-w-sm flex-col gap-3" noValidate>
      <TextField id="new-email" name="email" label="New email" type="email" autoComplete="email" defaultValue={state.data?.email} errors={state.fieldErrors?.email} />
      <TextField id="email-current-password" name="currentPassword" label="Current password" type="password" autoComplete="current-password" errors={state.fieldErrors?.currentPassword} />
      <FormMessage state={state} />
      <FormSuccess state={state} />
      <div>
        <SubmitButton pendingLabel="Sending…">Change email</SubmitButton>
      </div>
    </form>
  );
}

export function ChangePasswordForm() {
  const [state, action] = useActionState(changePasswordAction, idle());
  return (
    <form action={action} className="flex max-w-sm flex-col gap-3" noValidate>
      <TextField id="password-current" name="currentPassword" label="Current password" type="password" autoComplete="current-password" errors={state.fieldErrors?.currentPassword} />
      <TextField
        id="password-new"
        name="password"
        label="New password"
        type="password"
        autoComplete="new-password"
        errors={state.fieldErrors?.password}
        hint={`At least ${MIN_PASSWORD_LENGTH} characters. Not your email, not a common password.`}
      />
      <FormMessage state={state} />
      <FormSuccess state={state} />
      <div>
        <SubmitButton pendingLabel="Saving…">Change password</SubmitButton>
      </div>
    </form>
  );
}

const TOPICS: { name: keyof EmailPreferences; label: string }[] = [
  { name: 'replies', label: 'When someone replies to my comment' },
  { name: 'mentions', label: 'When someone mentions me' },
  { name: 'moderation', label: 'When a moderator hides, restores or approves my comment' },
  { name: 'digest', label: 'Once a day: a digest of my unread notifications' },
];

export function EmailPreferencesForm({ preferences, verified }: { preferences: EmailPreferences; verified: boolean }) {
  const [state, action] = useActionState(saveEmailPreferencesAction, idle());
  return (
    <form action={action} className="flex flex-col gap-3">
      <fieldset className="flex flex-col gap-2">
        <legend className="mb-1 font-medium">Email me</legend>
        {TOPICS.map((t) => (
          <label key={t.name} className="flex items-center gap-2">
            <input type="checkbox" name={t.name} defaultChecked={preferences[t.name]} className="h-4 w-4" />
            {t.label}
          </label>
        ))}
      </fieldset>
      {!verified && <p className="text-sm text-amber-800 dark:text-amber-400">Emails start once your address is confirmed.</p>}
      <FormMessage state={state} />
      <FormSuccess state={state} />
      <div>
        <SubmitButton pendingLabel="Saving…">Save email choices</SubmitButton>
      </div>
    </form>
  );
}
