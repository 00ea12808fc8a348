'use server';

import { refresh } from 'next/cache';
import { failure } from '@/lib/action-state';
import { displayNameProblem, updateDisplayName } from '@/lib/dal/users';
import { defineAction, typedFields } from '@/lib/safe-action';
import { profileSchema } from '@/lib/validation';

export const saveProfile = defineAction<'unrestricted', typeof profileSchema, { name?: string }>({
  name: 'saveProfile',
  access: 'unrestricted',
  schema: profileSchema,
  keep: (raw) => typedFields(raw, ['name'], 200),
  messages: { signedOut: 'Sign in to change your profile.', invalid: 'Your name was not changed.' },
  run: async ({ input, viewer, keep }) => {
    const problem = await displayNameProblem(input.name, viewer.id);
    if (problem) return failure('Your name was not changed.', { name: [problem] }, keep);
    await updateDisplayName(viewer.id, input.name);
    refresh();
    return { status: 'success', message: 'Saved.', data: { name: input.name } };
  },
});
