'use server';

import { refresh } from 'next/cache';
import type { z } from 'zod';
import { failure, type ActionState } from '@/lib/action-state';
import { approveComment, hideComment, moderateComments, reportComment, unhideComment, type ModResult } from '@/lib/dal/moderation';
import { addBannedWord, changeRole, liftRestriction, removeBannedWord, restrictUser } from '@/lib/dal/user-moderation';
import { defineAction, NOT_ALLOWED } from '@/lib/safe-action';
import { approveSchema, bannedWordSchema, bulkSchema, hideSchema, reportSchema, restrictSchema, roleSchema, userIdSchema } from '@/lib/validation';
import { restrictionMessage } from '@/lib/viewer';

/** What a moderation result means to the moderator. */
function answer(result: ModResult, done: string): ActionState {
  if (result.status === 'forbidden') return failure(NOT_ALLOWED);
  if (result.status === 'not_found') return failure('That comment or user no longer exists.');
  if (result.status === 'invalid') return failure(result.message);
  refresh();
  return { status: 'success', message: result.changed ? done : 'Nothing to change.' };
}

// Every staff action has the same shape: the wrapper admits staff (or admins), the data layer checks the
// actor's role again in the database, and the answer says what changed.
function staffAction<S extends z.ZodType>(spec: {
  name: string;
  access: 'staff' | 'admin';
  schema: S;
  invalid: string;
  call: (actorId: string, input: z.output<S>) => Promise<ModResult>;
  done: (input: z.output<S>) => string;
}) {
  return defineAction({
    name: spec.name,
    access: spec.access,
    schema: spec.schema,
    messages: { invalid: spec.invalid },
    run: async ({ input, viewer }) => answer(await spec.call(viewer.id, input), spec.done(input)),
  });
}

export const hideCommentAction = staffAction({
  name: 'hideComment',
  access: 'staff',
  schema: hideSchema,
  invalid: 'The comment was not hidden.',
  call: (actor, i) => hideComment(actor, i.commentId, i.reason, i.note),
  done: () => 'Comment hidden.',
});

export const unhideCommentAction = staffAction({
  name: 'unhideComment',
  access: 'staff',
  schema: approveSchema,
  invalid: 'That comment could not be found.',
  call: (actor, i) => unhideComment(actor, i.commentId, i.note),
  done: () => 'Comment restored.',
});

export const approveCommentAction = staffAction({
  name: 'approveComment',
  access: 'staff',
  schema: approveSchema,
  invalid: 'That comment could not be found.',
  call: (actor, i) => approveComment(actor, i.commentId, i.note),
  done: () => 'Comment approved.',
});

export const restrictUserAction = staffAction({
  name: 'restrictUser',
  access: 'staff',
  schema: restrictSchema,
  invalid: 'Nothing was changed.',
  call: (actor, i) => restrictUser(actor, i.userId, i.kind, i.reason),
  done: (i) => (i.kind === 'ban' ? 'User banned.' : 'User suspended.'),
});

export const liftRestrictionAction = staffAction({
  name: 'liftRestriction',
  access: 'staff',
  schema: userIdSchema,
  invalid: 'That user could not be found.',
  call: (actor, i) => liftRestriction(actor, i.userId),
  done: () => 'Restriction lifted.',
});

export const changeRoleAction = staffAction({
  name: 'changeRole',
  access: 'admin',
  schema: roleSchema,
  invalid: 'Nothing was changed.',
  call: (actor, i) => changeRole(actor, i.userId, i.role),
  done: () => 'Role changed.',
});

export const addBannedWordAction = staffAction({
  name: 'addBannedWord',
  access: 'admin',
  schema: bannedWordSchema,
  invalid: 'The word was not added.',
  call: (actor, i) => addBannedWord(actor, i.word),
  done: (i) => `“${i.word}” added.`,
});

export const removeBannedWordAction = staffAction({
  name: 'removeBannedWord',
  access: 'admin',
  schema: bannedWordSchema,
  invalid: 'That word could not be found.',
  call: (actor, i) => removeBannedWord(actor, i.word),
  done: (i) => `“${i.word}” removed.`,
});

export const bulkModerateAction = defineAction({
  name: 'bulkModerate',
  access: 'staff',
  schema: bulkSchema,
  messages: { invalid: 'Nothing was changed.' },
  run: async ({ input, viewer }) => {
    const op = input.op === 'hide' ? { op: 'hide' as const, reason: input.reason! } : { op: input.op };
    const result = await moderateComments(viewer.id, op, input.commentId);
    if (result.status === 'forbidden') return failure(NOT_ALLOWED);
    refresh();
    const verb = { approve: 'Approved', hide: 'Hid', unhide: 'Restored' }[input.op];
    return { status: 'success', message: `${verb} ${result.changed} of ${input.commentId.length} comments.` };
  },
});

export const reportCommentAction = defineAction({
  name: 'reportComment',
  access: 'unrestricted',
  schema: reportSchema,
  messages: { signedOut: 'Sign in to report a comment.', invalid: 'The report was not sent.' },
  run: async ({ input, viewer }) => {
    const result = await reportComment(viewer.id, input.commentId, input.reason, input.note);
    if (result.status === 'restricted') return failure(restrictionMessage({ ...viewer, restriction: result.restriction })!);
    if (result.status === 'not_found') return failure('That comment is no longer available.');
    if (result.status === 'forbidden') return failure(result.message);
    if (result.status === 'already_reported') return { status: 'success', message: 'You already reported this comment. Thank you.' };
    if (result.autoHidden) refresh();
    return { status: 'success', message: 'Thank you. A moderator will look at it.' };
  },
});
