'use client';

import { useActionState, useEffect } from 'react';
import { idle } from '@/lib/action-state';
import { updateComment } from '@/lib/actions/comments';
import { MentionField } from './mention-field';

export function EditForm({ commentId, articleId, body, onClose }: { commentId: number; articleId: number; body: string; onClose: () => void }) {
  const [state, action, pending] = useActionState(updateComment, idle<{ body?: string }>({}));
  useEffect(() => {
    if (state.status === 'success') onClose();
  }, [state, onClose]);
  const fieldId = `edit-${commentId}`;
  return (
    <form action={action} className="mt-2 flex flex-col gap-2">
      <input type="hidden" name="commentId" value={commentId} />
      <label htmlFor={fieldId} className="font-medium">
        Edit comment
      </label>
      <MentionField
        articleId={articleId}
        id={fieldId}
        name="body"
        rows={3}
        defaultValue={state.status === 'error' ? state.data?.body : body}
        aria-describedby={`${fieldId}-error`}
        className="rounded-lg border border-zinc-300 bg-white px-3 py-2 dark:border-zinc-700 dark:bg-zinc-900"
      />
      <p id={`${fieldId}-error`} aria-live="polite" className="text-sm text-red-700 dark:text-red-400">
        {state.status === 'error' ? (state.fieldErrors?.body?.join(' ') ?? state.message) : ''}
      </p>
      <div className="flex gap-3">
        <button type="submit" disabled={pending} className="rounded-full bg-brand-600 px-4 py-1.5 font-semibold text-white hover:bg-brand-700">
          {pending ? 'Saving…' : 'Save'}
        </button>
        <button type="button" onClick={onClose} className="font-medium hover:underline">
          Cancel
        </button>
      </div>
    </form>
  );
}
