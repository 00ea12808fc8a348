'use server';

import { refresh } from 'next/cache';
import type { z } from 'zod';
import { failure, type ActionState } from '@/lib/action-state';
import { approveComment, hideComment, moderateComments, reportComment, unhideComment } from '@/lib/dal/moderation';
import type { ModResult } from '@/lib/dal/staff';
import { readArticleControls, setArticleControls, setPinnedComment, setStaffPick } from '@/lib/dal/article-controls';
import { saveModerationSettings } from '@/lib/dal/moderation-settings';
import { addBannedWord, changeRole, liftRestriction, removeBannedWord, restrictUser } from '@/lib/dal/user-moderation';
import { addUserNote, resetDisplayName, setAlwaysReview, setShadowBan } from '@/lib/dal/user-standing';
import { defineAction, NOT_ALLOWED } from '@/lib/safe-action';
import {
  approveSchema,
  articleControlsSchema,
  bannedWordSchema,
  bulkSchema,
  commentSwitchSchema,
  hideSchema,
  liftSchema,
  moderationSettingsSchema,
  reportSchema,
  resetNameSchema,
  restrictSchema,
  roleSchema,
  switchSchema,
  userNoteSchema,
} from '@/lib/validation';
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
function staffAction<S extends z.ZodType, R extends ModResult>(spec: {
  name: string;
  access: 'staff' | 'admin';
  schema: S;
  invalid: string;
  call: (actorId: string, input: z.output<S>) => Promise<R>;
  done: (input: z.output<S>, result: R) => string;
}) {
  return defineAction({
    name: spec.name,
    access: spec.access,
    schema: spec.schema,
    messages: { invalid: spec.invalid },
    run: async ({ input, viewer }) => {
      const result = await spec.call(viewer.id, input);
      return answer(result, spec.done(input, result));
    },
  });
}

const count = (n: number | undefined, what: string) => `${n ?? 0} ${what}${n === 1 ? '' : 's'}`;

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
  call: (actor, i) => restrictUser(actor, i.userId, i.kind, i.reason, { hideComments: i.hideComments }),
  done: (i, r) => `${i.kind === 'ban' ? 'User banned.' : 'User suspended.'}${i.hideComments ? ` ${count(r.hidden, 'comment')} hidden.` : ''}`,
});

export const liftRestrictionAction = staffAction({
  name: 'liftRestriction',
  access: 'staff',
  schema: liftSchema,
  invalid: 'That user could not be found.',
  call: (actor, i) => liftRestriction(actor, i.userId, { restoreComments: i.restoreComments }),
  done: (i, r) => `Restriction lifted.${i.restoreComments ? ` ${count(r.restored, 'comment')} restored.` : ''}`,
});

export const setAlwaysReviewAction = staffAction({
  name: 'setAlwaysReview',
  access: 'staff',
  schema: switchSchema,
  invalid: 'Nothing was changed.',
  call: (actor, i) => setAlwaysReview(actor, i.userId, i.on),
  done: (i) => (i.on ? 'Every comment of this user will be held for review.' : 'This user’s comments are no longer all held.'),
});

export const setShadowBanAction = staffAction({
  name: 'setShadowBan',
  access: 'staff',
  schema: switchSchema,
  invalid: 'Nothing was changed.',
  call: (actor, i) => setShadowBan(actor, i.userId, i.on, i.note),
  done: (i) => (i.on ? 'Shadow ban on: their new comments are seen only by them and staff.' : 'Shadow ban lifted.'),
});

export const resetNameAction = staffAction({
  name: 'resetName',
  access: 'staff',
  schema: resetNameSchema,
  invalid: 'The name was not reset.',
  call: (actor, i) => resetDisplayName(actor, i.userId, i.reason),
  done: () => 'Name reset to a neutral one.',
});

export const addUserNoteAction = staffAction({
  name: 'addUserNote',
  access: 'staff',
  schema: userNoteSchema,
  invalid: 'The note was not saved.',
  call: (actor, i) => addUserNote(actor, i.userId, i.body),
  done: () => 'Note saved.',
});

export const saveModerationSettingsAction = staffAction({
  name: 'saveModerationSettings',
  access: 'admin',
  schema: moderationSettingsSchema,
  invalid: 'The settings were not saved.',
  call: (actor, i) => saveModerationSettings(actor, i),
  done: () => 'Settings saved.',
});

export const pinCommentAction = staffAction({
  name: 'pinComment',
  access: 'staff',
  schema: commentSwitchSchema,
  invalid: 'That comment could not be found.',
  call: (actor, i) => setPinnedComment(actor, i.commentId, i.on),
  done: (i) => (i.on ? 'Pinned to the top of the thread.' : 'Unpinned.'),
});

export const staffPickAction = staffAction({
  name: 'staffPick',
  access: 'staff',
  schema: commentSwitchSchema,
  invalid: 'That comment could not be found.',
  call: (actor, i) => setStaffPick(actor, i.commentId, i.on),
  done: (i) => (i.on ? 'Marked as a staff pick.' : 'No longer a staff pick.'),
});

const HOUR_MS = 3_600_000;

export const setArticleControlsAction = staffAction({
  name: 'setArticleControls',
  access: 'staff',
  schema: articleControlsSchema,
  invalid: 'The comment settings were not saved.',
  call: async (actor, i) => {
    const current = await readArticleControls(i.articleId);
    const premoderateUntil = i.premoderate === 'keep' ? current.premoderateUntil : i.premoderate === 'off' ? null : new Date(Date.now() + Number(i.premoderate) * HOUR_MS);
    return setArticleControls(actor, i.articleId, { closed: i.closed, slowModeSeconds: i.slowModeSeconds, premoderateUntil, message: i.message });
  },
  done: () => 'Comment settings saved.',
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
