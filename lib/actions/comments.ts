'use server';

import { refresh } from 'next/cache';
import { failure, type ActionState } from '@/lib/action-state';
import { createComment, deleteComment, editComment, setCommentLike, type WriteRefusal } from '@/lib/dal/comment-writes';
import { listComments, type CommentPage } from '@/lib/dal/comments';
import { hitRateLimit } from '@/lib/dal/rate-limits';
import { commentIdSchema, editCommentSchema, fieldErrorsOf, formFields, likeSchema, loadMoreSchema, postCommentSchema } from '@/lib/validation';
import { orFallback, UNAVAILABLE } from '@/lib/unavailable';
import { getViewer, restrictionMessage } from '@/lib/viewer';

type Typed = { body?: string };
const SIGNED_OUT = 'Sign in to join the conversation.';
const DAY_MS = 24 * 3600 * 1000;
// Seconds between two comments by one account; longer for accounts younger than a day.
const INTERVAL = Number(process.env.COMMENT_INTERVAL_SECONDS ?? 5);
const NEW_ACCOUNT_INTERVAL = Number(process.env.NEW_ACCOUNT_COMMENT_INTERVAL_SECONDS ?? 30);

function typedBody(formData: FormData): Typed {
  const body = formData.get('body');
  return { body: typeof body === 'string' ? body.slice(0, 10_000) : undefined };
}

function refusal<T>(result: WriteRefusal, viewer: NonNullable<Awaited<ReturnType<typeof getViewer>>>, keep?: T): ActionState<T> {
  if (result.status === 'restricted') return failure(restrictionMessage({ ...viewer, restriction: result.restriction })!, undefined, keep);
  if (result.status === 'not_found') return failure('That comment or article is no longer available.', undefined, keep);
  return failure(result.message, undefined, keep);
}

export async function postComment(_previous: ActionState<Typed>, formData: FormData): Promise<ActionState<Typed>> {
  const keep = typedBody(formData);
  const viewer = await orFallback(() => getViewer(), 'unavailable' as const, 'comments');
  if (viewer === 'unavailable') return failure(UNAVAILABLE, undefined, keep);
  if (!viewer) return failure(SIGNED_OUT, undefined, keep);
  if (viewer.restriction) return failure(restrictionMessage(viewer)!, undefined, keep);

  const parsed = postCommentSchema.safeParse(formFields(formData));
  if (!parsed.success) return failure('Your comment was not posted.', fieldErrorsOf(parsed.error), keep);

  // New accounts wait longer between comments: most spam comes from accounts made minutes ago.
  const isNew = Date.now() - viewer.createdAt.getTime() < DAY_MS;
  const windowSeconds = isNew ? NEW_ACCOUNT_INTERVAL : INTERVAL;
  const limit = await orFallback(() => hitRateLimit(`comment:${viewer.id}`, 1, windowSeconds), null, 'comments');
  if (!limit) return failure(UNAVAILABLE, undefined, keep);
  if (!limit.allowed) {
    return failure(`You are commenting too fast. Wait ${limit.retryAfterSeconds} seconds and post again.`, undefined, keep);
  }

  const result = await orFallback(() => createComment({ ...parsed.data, authorId: viewer.id }), null, 'comments');
  if (!result) return failure(UNAVAILABLE, undefined, keep);
  if (result.status !== 'ok') return refusal(result, viewer, keep);
  refresh();
  return {
    status: 'success',
    message: result.commentStatus === 'pending' ? 'Your comment is awaiting review by a moderator.' : 'Comment posted.',
    data: {},
  };
}

export async function updateComment(_previous: ActionState<Typed>, formData: FormData): Promise<ActionState<Typed>> {
  const keep = typedBody(formData);
  const viewer = await getViewer();
  if (!viewer) return failure(SIGNED_OUT, undefined, keep);
  const parsed = editCommentSchema.safeParse(formFields(formData));
  if (!parsed.success) return failure('Your edit was not saved.', fieldErrorsOf(parsed.error), keep);
  const result = await editComment(parsed.data.commentId, viewer.id, parsed.data.body);
  if (result.status !== 'ok') return refusal(result, viewer, keep);
  refresh();
  return { status: 'success', message: result.commentStatus === 'pending' ? 'Saved. Your comment is awaiting review.' : 'Saved.', data: {} };
}

export async function removeComment(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const viewer = await getViewer();
  if (!viewer) return failure(SIGNED_OUT);
  const parsed = commentIdSchema.safeParse(formFields(formData));
  if (!parsed.success) return failure('That comment could not be found.');
  const result = await deleteComment(parsed.data.commentId, viewer.id);
  if (result.status !== 'ok') return refusal<undefined>(result, viewer);
  refresh();
  return { status: 'success', message: 'Comment deleted.' };
}

export async function likeComment(_previous: ActionState<{ liked: boolean; likeCount: number }>, formData: FormData) {
  const viewer = await getViewer();
  if (!viewer) return failure<{ liked: boolean; likeCount: number }>(SIGNED_OUT);
  const parsed = likeSchema.safeParse(formFields(formData));
  if (!parsed.success) return failure<{ liked: boolean; likeCount: number }>('That like could not be understood.');
  const limit = await hitRateLimit(`like:${viewer.id}`, 60, 60);
  if (!limit.allowed) return failure<{ liked: boolean; likeCount: number }>(`Slow down a little: try again in ${limit.retryAfterSeconds} seconds.`);
  const result = await setCommentLike(parsed.data.commentId, viewer.id, parsed.data.like);
  if (result.status !== 'ok') return refusal<{ liked: boolean; likeCount: number }>(result, viewer);
  return { status: 'success' as const, data: { liked: result.liked, likeCount: result.likeCount } };
}

/** The next page of comments for "Load more" (read-only; anyone may call it). */
export async function loadMoreComments(input: { articleId: number; sort: string; cursor: string }): Promise<CommentPage> {
  const parsed = loadMoreSchema.safeParse(input);
  if (!parsed.success) return { comments: [], nextCursor: null };
  const viewer = await getViewer();
  return listComments(parsed.data.articleId, viewer && { id: viewer.id, role: viewer.role }, {
    sort: parsed.data.sort,
    cursor: parsed.data.cursor,
  });
}
