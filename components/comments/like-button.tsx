'use client';

import { startTransition, useActionState, useOptimistic } from 'react';
import { idle } from '@/lib/action-state';
import { likeComment } from '@/lib/actions/comments';

export function LikeButton({ commentId, liked, likeCount, disabled }: { commentId: number; liked: boolean; likeCount: number; disabled: boolean }) {
  const [state, action] = useActionState(likeComment, idle({ liked, likeCount }));
  const confirmed = state.status === 'success' && state.data ? state.data : { liked, likeCount };
  const [shown, setShown] = useOptimistic(confirmed, (_current, next: { liked: boolean; likeCount: number }) => next);
  return (
    <form
      action={action}
      onSubmit={(event) => {
        event.preventDefault();
        const formData = new FormData(event.currentTarget);
        startTransition(() => {
          setShown({ liked: !shown.liked, likeCount: shown.likeCount + (shown.liked ? -1 : 1) });
          action(formData);
        });
      }}
      className="inline"
    >
      <input type="hidden" name="commentId" value={commentId} />
      <input type="hidden" name="like" value={String(!shown.liked)} />
      <button
        type="submit"
        disabled={disabled}
        aria-pressed={shown.liked}
        className={`font-medium hover:underline disabled:no-underline disabled:opacity-60 ${shown.liked ? 'text-brand-700 dark:text-brand-500' : ''}`}
      >
        Like ({shown.likeCount})
      </button>
      {state.status === 'error' && (
        <span role="alert" className="ml-2 text-red-700 dark:text-red-400">
          {state.message}
        </span>
      )}
    </form>
  );
}
