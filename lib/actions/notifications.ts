'use server';

import { refresh } from 'next/cache';
import { markNotificationsRead } from '@/lib/dal/notifications';
import { defineAction } from '@/lib/safe-action';
import { markReadSchema } from '@/lib/validation';

// Reading one's notifications is one's own business: any signed-in account, restricted or not.

export const markNotificationReadAction = defineAction({
  name: 'markNotificationRead',
  access: 'signed-in',
  schema: markReadSchema,
  messages: { signedOut: 'Sign in to see your notifications.', invalid: 'That notification could not be found.' },
  run: async ({ input, viewer }) => {
    const marked = await markNotificationsRead(viewer.id, input.notificationId);
    refresh();
    return { status: 'success', message: input.notificationId === undefined ? `Marked ${marked} as read.` : 'Marked as read.' };
  },
});
