'use server';

import { refresh } from 'next/cache';
import { failure } from '@/lib/action-state';
import { displayNameProblem, updateDisplayName } from '@/lib/dal/users';
import { NAME_CHANGE_INTERVAL_DAYS } from '@/lib/limits';
import { defineAction, typedFields } from '@/lib/safe-action';
import { avatarSchema, profileSchema } from '@/lib/validation';
import { setAvatar } from '@/lib/dal/profiles';
import { announceSiteWideChange } from '@/lib/dal/page-changes';

export const saveProfile = defineAction<'unrestricted', typeof profileSchema, { name?: string }>({
  name: 'saveProfile',
  access: 'unrestricted',
  schema: profileSchema,
  keep: (raw) => typedFields(raw, ['name'], 200),
  messages: { signedOut: 'Sign in to change your profile.', invalid: 'Your name was not changed.' },
  run: async ({ input, viewer, keep }) => {
    const problem = await displayNameProblem(input.name, viewer.id);
    if (problem) return failure('Your name was not changed.', { name: [problem] }, keep);
    const result = await updateDisplayName(viewer.id, input.name);
    if (result.status === 'too_soon') {
      const when = result.nextAt.toLocaleDateString('en', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
      return failure('Your name was not changed.', { name: [`You can change your name once every ${NAME_CHANGE_INTERVAL_DAYS} days. Your next change is possible on ${when}.`] }, keep);
    }
    refresh();
    return { status: 'success', message: result.changed ? 'Saved.' : 'That is already your name.', data: { name: input.name } };
  },
});

// The avatar is the reader's own business, like muting: any signed-in account may change it.
export const saveAvatar = defineAction({
  name: 'saveAvatar',
  access: 'signed-in',
  schema: avatarSchema,
  messages: { signedOut: 'Sign in to change your avatar.', invalid: 'Choose one of the avatars.' },
  run: async ({ input, viewer }) => {
    await setAvatar(viewer.id, input.avatar);
    await announceSiteWideChange(); // it shows next to their comments on every page
    refresh();
    return { status: 'success', message: 'Avatar saved.' };
  },
});
