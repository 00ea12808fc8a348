'use server';

import { refresh } from 'next/cache';
import { failure, type ActionState } from '@/lib/action-state';
import { config } from '@/lib/config';
import { createComment, deleteComment, editComment, setCommentLike, type WriteRefusal } from '@/lib/dal/comment-writes';
import { listComments, type CommentPage } from '@/lib/dal/comments';
import { previewMentions } from '@/lib/dal/mentions';
import type { Mention } from '@/lib/comment-markup';
import { hitRateLimit } from '@/lib/dal/rate-limits';
import type { Viewer } from '@/lib/dal/users';
import { defineAction, typedFields } from '@/lib/safe-action';
import { commentIdSchema, editCommentSchema, likeSchema, loadMoreSchema, postCommentSchema } from '@/lib/validation';
import { restrictionMessage } from '@/lib/viewer';

/** What the comment form gets back: the text kept after a refusal, or the text to preview. */
type Typed = { body?: string; spoilers?: boolean; preview?: boolean; mentions?: Mention[] };
type LikeState = { liked: boolean; likeCount: number };
const keepBody = (raw: unknown): Typed => ({ ...typedFields(raw, ['body']), ...(raw instanceof FormData && raw.get('spoilers') === 'on' ? { spoilers: true } : {}) });
const SIGNED_OUT = 'Sign in to join the conversation.';
const DAY_MS = 24 * 3600 * 1000;

/** What the data layer's refusal means to the person who tried. */
function refusal<T>(result: WriteRefusal, viewer: Viewer, keep?: T): ActionState<T> {
  if (result.status === 'restricted') return failure(restrictionMessage({ ...viewer, restriction: result.restriction })!, undefined, keep);
  if (result.status === 'not_found') return failure('That comment or article is no longer available.', undefined, keep);
  return failure(result.message, undefined, keep);
}

export const postComment = defineAction({
  name: 'postComment',
  access: 'unrestricted',
  schema: postCommentSchema,
  keep: keepBody,
  messages: { signedOut: SIGNED_OUT, invalid: 'Your comment was not posted.' },
  run: async ({ input, viewer, keep }) => {
    // Preview: the text as it will show, saved nowhere (this is how the form previews without JavaScript).
    if (input.intent === 'preview') {
      const mentions = await previewMentions(input.articleId, input.body, input.pickedHandles);
      return { status: 'idle', data: { body: input.body, spoilers: input.hasSpoilers, preview: true, mentions } };
    }
    // New accounts wait longer between comments: most spam comes from accounts made minutes ago.
    const { commentIntervalSeconds, newAccountCommentIntervalSeconds } = config().limits;
    const isNew = Date.now() - viewer.createdAt.getTime() < DAY_MS;
    const limit = await hitRateLimit(`comment:${viewer.id}`, 1, isNew ? newAccountCommentIntervalSeconds : commentIntervalSeconds);
    if (!limit.allowed) return failure(`You are commenting too fast. Wait ${limit.retryAfterSeconds} seconds and post again.`, undefined, keep);
    const result = await createComment({ articleId: input.articleId, parentId: input.parentId, body: input.body, hasSpoilers: input.hasSpoilers, pickedHandles: input.pickedHandles, authorId: viewer.id });
    if (result.status !== 'ok') return refusal(result, viewer, keep);
    refresh();
    return { status: 'success', message: result.commentStatus === 'pending' ? 'Your comment is awaiting review by a moderator.' : 'Comment posted.', data: {} };
  },
});

export const updateComment = defineAction({
  name: 'updateComment',
  access: 'unrestricted',
  schema: editCommentSchema,
  keep: keepBody,
  messages: { signedOut: SIGNED_OUT, invalid: 'Your edit was not saved.' },
  run: async ({ input, viewer, keep }) => {
    const result = await editComment(input.commentId, viewer.id, input.body, new Date(), input.mention);
    if (result.status !== 'ok') return refusal(result, viewer, keep);
    refresh();
    return { status: 'success', message: result.commentStatus === 'pending' ? 'Saved. Your comment is awaiting review.' : 'Saved.', data: {} };
  },
});

// Authors may delete their own comments even while suspended or banned.
export const removeComment = defineAction({
  name: 'removeComment',
  access: 'signed-in',
  schema: commentIdSchema,
  messages: { signedOut: SIGNED_OUT, invalid: 'That comment could not be found.' },
  run: async ({ input, viewer }) => {
    const result = await deleteComment(input.commentId, viewer.id);
    if (result.status !== 'ok') return refusal<undefined>(result, viewer);
    refresh();
    return { status: 'success', message: 'Comment deleted.' };
  },
});

export const likeComment = defineAction<'unrestricted', typeof likeSchema, LikeState>({
  name: 'likeComment',
  access: 'unrestricted',
  schema: likeSchema,
  // A refused like rolls the button back to the last confirmed state.
  keep: (_raw, previous) => previous.data,
  messages: { signedOut: SIGNED_OUT, invalid: 'That like could not be understood.' },
  run: async ({ input, viewer, keep }) => {
    const limit = await hitRateLimit(`like:${viewer.id}`, 60, 60);
    if (!limit.allowed) return failure(`Slow down a little: try again in ${limit.retryAfterSeconds} seconds.`, undefined, keep);
    const result = await setCommentLike(input.commentId, viewer.id, input.like);
    if (result.status !== 'ok') return refusal(result, viewer, keep);
    return { status: 'success', data: { liked: result.liked, likeCount: result.likeCount } };
  },
});

/** The next page of comments for "Load more" (read-only; anyone may call it). */
export const loadMoreComments = defineAction<'anyone', typeof loadMoreSchema, CommentPage, { articleId: number; sort: string; cursor: string }>({
  name: 'loadMoreComments',
  access: 'anyone',
  schema: loadMoreSchema,
  run: async ({ input, viewer }) => {
    const page = await listComments(input.articleId, viewer && { id: viewer.id, role: viewer.role }, { sort: input.sort, cursor: input.cursor });
    return { status: 'success', data: page };
  },
});
