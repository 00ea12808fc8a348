'use client';

import { useActionState } from 'react';
import { FormMessage, FormSuccess } from '@/components/forms/form-message';
import { SubmitButton } from '@/components/forms/submit-button';
import { TextField } from '@/components/forms/text-field';
import { idle } from '@/lib/action-state';
import { saveProfile } from '@/lib/actions/profile';

export function ProfileForm({ name }: { name: string }) {
  const [state, action] = useActionState(saveProfile, idle<{ name?: string }>({ name }));
  return (
    <form action={action} className="flex max-w-sm flex-col gap-3" noValidate>
      <TextField name="name" label="Display name" autoComplete="nickname" defaultValue={state.data?.name ?? name} errors={state.fieldErrors?.name} hint="Shown next to your comments." />
      <FormMessage state={state} />
      <FormSuccess state={state} />
      <div>
        <SubmitButton pendingLabel="Saving…">Save name</SubmitButton>
      </div>
    </form>
  );
}
