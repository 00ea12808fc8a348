'use client';

import { useCallback, useOptimistic, useState, useTransition } from 'react';
import { idle } from '@/lib/action-state';
import { loadMoreComments } from '@/lib/actions/comments';
import type { CommentSort } from '@/lib/comment-sorts';
import type { CommentPage, CommentView } from '@/lib/dal/comments';
import { CommentForm } from './comment-form';
import { CommentItem } from './comment-item';
import type { ThreadViewer } from './types';

type Props = { articleId: number; sort: CommentSort; firstPage: CommentPage; viewer: ThreadViewer; now: string; loadMoreHref: string | null };
type Shown = CommentView & { optimistic?: boolean };

let optimisticId = -1;

function withOptimistic(comments: Shown[], next: { body: string; parentId: number | null; viewer: NonNullable<ThreadViewer>; now: string }): Shown[] {
  const draft: Shown = {
    id: optimisticId--,
    parentId: next.parentId,
    author: { id: next.viewer.id, name: next.viewer.name },
    body: next.body,
    status: 'published',
    statusReason: null,
    createdAt: next.now,
    editedAt: null,
    likeCount: 0,
    replyCount: 0,
    reportCount: 0,
    likedByViewer: false,
    replies: [],
    optimistic: true,
  };
  if (next.parentId === null) return [draft, ...comments];
  return comments.map((c) => (c.id === next.parentId ? { ...c, replies: [...c.replies, draft] } : c));
}

export function CommentThread({ articleId, sort, firstPage, viewer, now, loadMoreHref }: Props) {
  // Later pages are appended here; the first page always comes fresh from the server.
  const [more, setMore] = useState<CommentPage[]>([]);
  const [loading, startLoading] = useTransition();
  const nextCursor = (more.at(-1) ?? firstPage).nextCursor;
  const all = [...firstPage.comments, ...more.flatMap((p) => p.comments)];
  const [shown, addOptimistic] = useOptimistic(all, withOptimistic);
  const onOptimistic = useCallback(
    (body: string, parentId: number | null) => viewer && addOptimistic({ body, parentId, viewer, now: new Date().toISOString() }),
    [viewer, addOptimistic],
  );

  return (
    <div className="flex flex-col gap-6">
      {viewer && !viewer.restricted && <CommentForm articleId={articleId} label="Add a comment" submitLabel="Post comment" onOptimistic={onOptimistic} />}
      {shown.length === 0 ? (
        <p className="text-zinc-600 dark:text-zinc-400">No comments yet. Start the conversation.</p>
      ) : (
        <ol aria-label="Comments" className="flex flex-col gap-6">
          {shown.map((comment) => (
            <li key={comment.id}>
              <CommentItem comment={comment} viewer={viewer} articleId={articleId} now={now} onOptimistic={onOptimistic} />
            </li>
          ))}
        </ol>
      )}
      {nextCursor && loadMoreHref && (
        <a
          href={loadMoreHref.replace('__CURSOR__', encodeURIComponent(nextCursor))}
          onClick={(event) => {
            event.preventDefault();
            const href = event.currentTarget.href;
            startLoading(async () => {
              const result = await loadMoreComments(idle(), { articleId, sort, cursor: nextCursor });
              // If the action could not answer, the link still can: follow it as a page load.
              if (result.status === 'success' && result.data) setMore((pages) => [...pages, result.data!]);
              else window.location.assign(href);
            });
          }}
          aria-busy={loading}
          className="self-center rounded-full border border-zinc-300 px-5 py-2 font-semibold hover:border-brand-500 dark:border-zinc-700"
        >
          {loading ? 'Loading…' : 'Load more comments'}
        </a>
      )}
    </div>
  );
}
