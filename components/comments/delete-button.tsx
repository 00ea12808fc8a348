'use client';

import { useActionState } from 'react';
import { idle } from '@/lib/action-state';
import { removeComment } from '@/lib/actions/comments';

export function DeleteButton({ commentId }: { commentId: number }) {
  const [state, action, pending] = useActionState(removeComment, idle());
  return (
    <form
      action={action}
      onSubmit={(event) => {
        if (!window.confirm('Delete this comment? Replies stay, and it shows as “Comment deleted”.')) event.preventDefault();
      }}
      className="inline"
    >
      <input type="hidden" name="commentId" value={commentId} />
      <button type="submit" disabled={pending} className="font-medium hover:underline">
        {pending ? 'Deleting…' : 'Delete'}
      </button>
      {state.status === 'error' && (
        <span role="alert" className="ml-2 text-red-700 dark:text-red-400">
          {state.message}
        </span>
      )}
    </form>
  );
}
