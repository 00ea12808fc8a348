'use client';

import { useActionState } from 'react';
import { FormMessage, FormSuccess } from '@/components/forms/form-message';
import { SubmitButton } from '@/components/forms/submit-button';
import { Avatar, AVATAR_CHOICES } from '@/components/ui/avatar';
import { idle } from '@/lib/action-state';
import { saveAvatar } from '@/lib/actions/profile';

/** Picks one of the generated avatars (radio buttons, so it works from the keyboard and without JavaScript). */
export function AvatarPicker({ name, handle, current }: { name: string; handle: string; current: number | null }) {
  const [state, action] = useActionState(saveAvatar, idle());
  return (
    <form action={action} className="flex flex-col gap-3">
      <fieldset>
        <legend className="mb-2 font-medium">Your avatar</legend>
        <div className="flex flex-wrap gap-3">
          {Array.from({ length: AVATAR_CHOICES }, (_, i) => (
            <label key={i} className="cursor-pointer rounded-full p-1 has-[:checked]:ring-2 has-[:checked]:ring-brand-600 has-[:focus-visible]:outline has-[:focus-visible]:outline-2">
              <input type="radio" name="avatar" value={i} defaultChecked={current === i} className="sr-only" />
              <span className="sr-only">Colour {i + 1}</span>
              <Avatar name={name} handle={handle} choice={i} size={40} />
            </label>
          ))}
        </div>
      </fieldset>
      <FormMessage state={state} />
      <FormSuccess state={state} />
      <div>
        <SubmitButton pendingLabel="Saving…">Save avatar</SubmitButton>
      </div>
    </form>
  );
}
