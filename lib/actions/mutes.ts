'use server';

import { refresh } from 'next/cache';
import { failure } from '@/lib/action-state';
import { muteAuthorOf, unmuteUser } from '@/lib/dal/mutes';
import { defineAction } from '@/lib/safe-action';
import { commentIdSchema, userIdSchema } from '@/lib/validation';

// Muting is the reader's own business: any signed-in account may mute or unmute, restricted or not.

export const muteAuthorAction = defineAction({
  name: 'muteAuthor',
  access: 'signed-in',
  schema: commentIdSchema,
  messages: { signedOut: 'Sign in to mute someone.', invalid: 'That comment could not be found.' },
  run: async ({ input, viewer }) => {
    const result = await muteAuthorOf(viewer.id, input.commentId);
    if (result.status === 'not_found') return failure('That comment is no longer available.');
    if (result.status === 'forbidden') return failure(result.message);
    refresh();
    return { status: 'success', message: `${result.name} is muted. Unmute them on your profile.` };
  },
});

export const unmuteAction = defineAction({
  name: 'unmute',
  access: 'signed-in',
  schema: userIdSchema,
  messages: { signedOut: 'Sign in first.', invalid: 'That person could not be found.' },
  run: async ({ input, viewer }) => {
    const result = await unmuteUser(viewer.id, input.userId);
    if (result.status !== 'ok') return failure('That person could not be found.');
    refresh();
    return { status: 'success', message: `${result.name} is no longer muted.` };
  },
});
