'use client';

import { useActionState } from 'react';
import { idle, type ActionState } from '@/lib/action-state';

type Props = {
  action: (previous: ActionState, formData: FormData) => Promise<ActionState>;
  submitLabel: string;
  pendingLabel?: string;
  children?: React.ReactNode;
  className?: string;
  buttonClassName?: string;
  confirmMessage?: string;
};

// A form for one server action: its fields come as children, its result is announced after the button.
export function ActionForm({ action, submitLabel, pendingLabel, children, className, buttonClassName, confirmMessage }: Props) {
  const [state, formAction, pending] = useActionState(action, idle());
  return (
    <form
      action={formAction}
      onSubmit={confirmMessage ? (e) => !window.confirm(confirmMessage) && e.preventDefault() : undefined}
      className={className ?? 'flex flex-wrap items-end gap-2'}
    >
      {children}
      <button
        type="submit"
        disabled={pending}
        className={buttonClassName ?? 'rounded-full bg-brand-600 px-4 py-1.5 text-sm font-semibold text-white hover:bg-brand-700 disabled:opacity-60'}
      >
        {pending ? (pendingLabel ?? 'Working…') : submitLabel}
      </button>
      <span role="status" aria-live="polite" className={`text-sm ${state.status === 'error' ? 'text-red-700 dark:text-red-400' : 'text-green-800 dark:text-green-400'}`}>
        {state.status !== 'idle' ? state.message : ''}
        {state.fieldErrors && Object.values(state.fieldErrors).flat().filter(Boolean).length > 0 && ` ${Object.values(state.fieldErrors).flat().join(' ')}`}
      </span>
    </form>
  );
}
