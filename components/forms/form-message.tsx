import type { ActionState } from '@/lib/action-state';

export function FormMessage({ state }: { state: ActionState<unknown> }) {
  return (
    <p role="status" aria-live="polite" className={state.status === 'error' ? 'text-sm text-red-700 dark:text-red-400' : 'sr-only'}>
      {state.status === 'error' ? state.message : ''}
    </p>
  );
}

/** The success message of a form that stays on the page after saving. */
export function FormSuccess({ state }: { state: ActionState<unknown> }) {
  return state.status === 'success' && state.message ? (
    <p role="status" className="text-sm text-green-800 dark:text-green-400">
      {state.message}
    </p>
  ) : null;
}
