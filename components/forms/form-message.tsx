import type { ActionState } from '@/lib/action-state';

export function FormMessage({ state }: { state: ActionState<unknown> }) {
  return (
    <p role="status" aria-live="polite" className={state.status === 'error' ? 'text-sm text-red-700 dark:text-red-400' : 'sr-only'}>
      {state.status === 'error' ? state.message : ''}
    </p>
  );
}
