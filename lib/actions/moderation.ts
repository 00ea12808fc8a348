'use server';

import { refresh } from 'next/cache';
import { failure, type ActionState } from '@/lib/action-state';
import {
  addBannedWord,
  approveComment,
  changeRole,
  hideComment,
  liftRestriction,
  removeBannedWord,
  reportComment,
  restrictUser,
  unhideComment,
  type ModResult,
} from '@/lib/dal/moderation';
import {
  approveSchema,
  bannedWordSchema,
  bulkSchema,
  fieldErrorsOf,
  formFields,
  hideSchema,
  reportSchema,
  restrictSchema,
  roleSchema,
  userIdSchema,
} from '@/lib/validation';
import { getViewer, restrictionMessage } from '@/lib/viewer';

const SIGNED_OUT = 'Sign in first.';

function answer(result: ModResult, done: string): ActionState {
  if (result.status === 'forbidden') return failure('You are not allowed to do that.');
  if (result.status === 'not_found') return failure('That comment or user no longer exists.');
  if (result.status === 'invalid') return failure(result.message);
  refresh();
  return { status: 'success', message: result.changed ? done : 'Nothing to change.' };
}

export async function hideCommentAction(_p: ActionState, formData: FormData): Promise<ActionState> {
  const viewer = await getViewer();
  if (!viewer) return failure(SIGNED_OUT);
  const parsed = hideSchema.safeParse(formFields(formData));
  if (!parsed.success) return failure('The comment was not hidden.', fieldErrorsOf(parsed.error));
  return answer(await hideComment(viewer.id, parsed.data.commentId, parsed.data.reason, parsed.data.note), 'Comment hidden.');
}

export async function unhideCommentAction(_p: ActionState, formData: FormData): Promise<ActionState> {
  const viewer = await getViewer();
  if (!viewer) return failure(SIGNED_OUT);
  const parsed = approveSchema.safeParse(formFields(formData));
  if (!parsed.success) return failure('That comment could not be found.');
  return answer(await unhideComment(viewer.id, parsed.data.commentId, parsed.data.note), 'Comment restored.');
}

export async function approveCommentAction(_p: ActionState, formData: FormData): Promise<ActionState> {
  const viewer = await getViewer();
  if (!viewer) return failure(SIGNED_OUT);
  const parsed = approveSchema.safeParse(formFields(formData));
  if (!parsed.success) return failure('That comment could not be found.');
  return answer(await approveComment(viewer.id, parsed.data.commentId, parsed.data.note), 'Comment approved.');
}

export async function bulkModerateAction(_p: ActionState, formData: FormData): Promise<ActionState> {
  const viewer = await getViewer();
  if (!viewer) return failure(SIGNED_OUT);
  const unknown = [...formData.keys()].filter((k) => !['op', 'reason', 'commentId'].includes(k) && !k.startsWith('$ACTION'));
  const parsed = bulkSchema.safeParse({
    op: formData.get('op'),
    reason: formData.get('reason') || undefined,
    commentIds: formData.getAll('commentId'),
    ...Object.fromEntries(unknown.map((k) => [k, formData.get(k)])),
  });
  if (!parsed.success) return failure(fieldErrorsOf(parsed.error).commentIds?.[0] ?? fieldErrorsOf(parsed.error).reason?.[0] ?? 'Nothing was changed.');
  let changed = 0;
  for (const id of parsed.data.commentIds) {
    const { op } = parsed.data;
    const result =
      op === 'approve'
        ? await approveComment(viewer.id, id)
        : op === 'unhide'
          ? await unhideComment(viewer.id, id, null)
          : await hideComment(viewer.id, id, parsed.data.reason!, null);
    if (result.status === 'forbidden') return failure('You are not allowed to do that.');
    if (result.status === 'ok' && result.changed) changed++;
  }
  refresh();
  const verb = { approve: 'Approved', hide: 'Hid', unhide: 'Restored' }[parsed.data.op];
  return { status: 'success', message: `${verb} ${changed} of ${parsed.data.commentIds.length} comments.` };
}

export async function reportCommentAction(_p: ActionState, formData: FormData): Promise<ActionState> {
  const viewer = await getViewer();
  if (!viewer) return failure('Sign in to report a comment.');
  if (viewer.restriction) return failure(restrictionMessage(viewer)!);
  const parsed = reportSchema.safeParse(formFields(formData));
  if (!parsed.success) return failure('The report was not sent.', fieldErrorsOf(parsed.error));
  const result = await reportComment(viewer.id, parsed.data.commentId, parsed.data.reason, parsed.data.note);
  if (result.status === 'restricted') return failure(restrictionMessage({ ...viewer, restriction: result.restriction })!);
  if (result.status === 'not_found') return failure('That comment is no longer available.');
  if (result.status === 'forbidden') return failure(result.message);
  if (result.status === 'already_reported') return { status: 'success', message: 'You already reported this comment. Thank you.' };
  if (result.autoHidden) refresh();
  return { status: 'success', message: 'Thank you. A moderator will look at it.' };
}

export async function restrictUserAction(_p: ActionState, formData: FormData): Promise<ActionState> {
  const viewer = await getViewer();
  if (!viewer) return failure(SIGNED_OUT);
  const parsed = restrictSchema.safeParse(formFields(formData));
  if (!parsed.success) return failure('Nothing was changed.', fieldErrorsOf(parsed.error));
  const { userId, kind, reason } = parsed.data;
  return answer(await restrictUser(viewer.id, userId, kind, reason), kind === 'ban' ? 'User banned.' : 'User suspended.');
}

export async function liftRestrictionAction(_p: ActionState, formData: FormData): Promise<ActionState> {
  const viewer = await getViewer();
  if (!viewer) return failure(SIGNED_OUT);
  const parsed = userIdSchema.safeParse(formFields(formData));
  if (!parsed.success) return failure('That user could not be found.');
  return answer(await liftRestriction(viewer.id, parsed.data.userId), 'Restriction lifted.');
}

export async function changeRoleAction(_p: ActionState, formData: FormData): Promise<ActionState> {
  const viewer = await getViewer();
  if (!viewer) return failure(SIGNED_OUT);
  const parsed = roleSchema.safeParse(formFields(formData));
  if (!parsed.success) return failure('Nothing was changed.');
  return answer(await changeRole(viewer.id, parsed.data.userId, parsed.data.role), 'Role changed.');
}

export async function addBannedWordAction(_p: ActionState, formData: FormData): Promise<ActionState> {
  const viewer = await getViewer();
  if (!viewer) return failure(SIGNED_OUT);
  const parsed = bannedWordSchema.safeParse(formFields(formData));
  if (!parsed.success) return failure('The word was not added.', fieldErrorsOf(parsed.error));
  return answer(await addBannedWord(viewer.id, parsed.data.word), `“${parsed.data.word}” added.`);
}

export async function removeBannedWordAction(_p: ActionState, formData: FormData): Promise<ActionState> {
  const viewer = await getViewer();
  if (!viewer) return failure(SIGNED_OUT);
  const parsed = bannedWordSchema.safeParse(formFields(formData));
  if (!parsed.success) return failure('That word could not be found.');
  return answer(await removeBannedWord(viewer.id, parsed.data.word), `“${parsed.data.word}” removed.`);
}
