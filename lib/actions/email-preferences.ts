'use server';

import { failure } from '@/lib/action-state';
import { setEmailTopic } from '@/lib/dal/email-preferences';
import { validUnsubscribe } from '@/lib/mail/unsubscribe';
import { defineAction } from '@/lib/safe-action';
import { unsubscribeLinkSchema } from '@/lib/validation';

// The unsubscribe page's undo: signed like the link that led there, so it needs no session either.
export const resubscribeAction = defineAction({
  name: 'resubscribe',
  access: 'anyone',
  schema: unsubscribeLinkSchema,
  run: async ({ input }) => {
    if (!validUnsubscribe(input.h, input.t, input.s) || !(await setEmailTopic(input.h, input.t, true))) return failure('This link is not valid.');
    return { status: 'success', message: 'Subscribed again.' };
  },
});
