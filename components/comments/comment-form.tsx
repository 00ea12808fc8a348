'use client';

import { startTransition, useActionState, useEffect, useRef, useState } from 'react';
import { idle } from '@/lib/action-state';
import { postComment } from '@/lib/actions/comments';
import type { Mention } from '@/lib/comment-markup';
import { MAX_COMMENT_LENGTH } from '@/lib/limits';
import { CommentBody } from './comment-body';
import { MentionField } from './mention-field';

type Props = {
  articleId: number;
  parentId?: number;
  label: string;
  submitLabel: string;
  onOptimistic?: (body: string, parentId: number | null, hasSpoilers: boolean) => void;
  onPosted?: () => void;
};

// Works as a plain form post without JavaScript. With it, the comment shows at once (optimistic) and the
// text stays in the box until the server confirms it, so nothing typed is lost when posting fails.
// Preview asks the server to read the text back as it will show, saving nothing (with or without
// JavaScript), rendered by the same component as the thread.
export function CommentForm({ articleId, parentId, label, submitLabel, onOptimistic, onPosted }: Props) {
  const [state, action, pending] = useActionState(postComment, idle<{ body?: string; spoilers?: boolean; preview?: boolean; mentions?: Mention[] }>({}));
  const [length, setLength] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);
  const fieldId = parentId ? `reply-${parentId}` : 'new-comment';
  const errors = state.fieldErrors?.body;
  const kept = state.status === 'error' || state.data?.preview ? state.data : undefined;

  useEffect(() => {
    if (state.status !== 'success') return;
    formRef.current?.reset(); // its onReset clears the counter
    onPosted?.();
  }, [state, onPosted]);

  return (
    <form
      ref={formRef}
      action={action}
      onSubmit={(event) => {
        event.preventDefault();
        const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
        const formData = new FormData(event.currentTarget, submitter);
        const body = String(formData.get('body') ?? '').trim();
        const preview = formData.get('intent') === 'preview';
        startTransition(() => {
          if (!preview && body && body.length <= MAX_COMMENT_LENGTH) onOptimistic?.(body, parentId ?? null, formData.get('spoilers') === 'on');
          action(formData);
        });
      }}
      onReset={() => setLength(0)}
      className="flex flex-col gap-2"
    >
      <input type="hidden" name="articleId" value={articleId} />
      {parentId && <input type="hidden" name="parentId" value={parentId} />}
      <label htmlFor={fieldId} className="font-medium">
        {label}
      </label>
      <MentionField
        articleId={articleId}
        id={fieldId}
        name="body"
        rows={parentId ? 2 : 3}
        required
        defaultValue={kept?.body ?? ''}
        onChange={(e) => setLength([...e.target.value].length)} // characters, not UTF-16 units, as the server counts
        aria-invalid={errors ? true : undefined}
        aria-describedby={`${fieldId}-error ${fieldId}-count ${fieldId}-help`}
        className="rounded-lg border border-zinc-300 bg-white px-3 py-2 dark:border-zinc-700 dark:bg-zinc-900"
      />
      <p id={`${fieldId}-help`} className="text-xs text-zinc-600 dark:text-zinc-400">
        **bold**, *italic*, ~~strike~~, `code`, &gt; quote, - list, ||spoiler||, @name
      </p>
      <div className="flex items-center justify-between gap-4 text-sm">
        <p id={`${fieldId}-error`} aria-live="polite" className="text-red-700 dark:text-red-400">
          {state.status === 'error' ? (errors?.join(' ') ?? state.message) : ''}
        </p>
        <p id={`${fieldId}-count`} className={length > MAX_COMMENT_LENGTH ? 'text-red-700 dark:text-red-400' : 'text-zinc-600 dark:text-zinc-400'}>
          {length.toLocaleString('en')} / {MAX_COMMENT_LENGTH.toLocaleString('en')}
        </p>
      </div>
      {state.status === 'success' && state.message && (
        <p role="status" className="text-sm text-green-800 dark:text-green-400">
          {state.message}
        </p>
      )}
      {state.data?.preview && state.data.body && (
        <section aria-label="Preview" className="rounded-lg border border-dashed border-zinc-400 p-3 dark:border-zinc-600">
          <p className="mb-1 text-xs font-semibold uppercase text-zinc-600 dark:text-zinc-400">Preview</p>
          <CommentBody text={state.data.body} spoilers={state.data.spoilers} mentions={state.data.mentions} />
        </section>
      )}
      <div className="flex flex-wrap items-center gap-4">
        <button type="submit" name="intent" value="post" disabled={pending} className="rounded-full bg-brand-600 px-5 py-2 font-semibold text-white hover:bg-brand-700 disabled:opacity-60">
          {pending ? 'Posting…' : submitLabel}
        </button>
        <button type="submit" name="intent" value="preview" disabled={pending} className="font-medium hover:underline">
          Preview
        </button>
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" name="spoilers" defaultChecked={kept?.spoilers ?? false} className="h-4 w-4" />
          {parentId ? 'This reply contains spoilers' : 'This comment contains spoilers'}
        </label>
      </div>
    </form>
  );
}
