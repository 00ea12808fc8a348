// The one shape every server action returns to its form.
import type { FieldErrors } from '@/lib/validation';

export type ActionState<T = undefined> = {
  status: 'idle' | 'success' | 'error';
  message?: string;
  fieldErrors?: FieldErrors;
  data?: T;
};

export const idle = <T,>(data?: T): ActionState<T> => ({ status: 'idle', data });
export const failure = <T,>(message: string, fieldErrors?: FieldErrors, data?: T): ActionState<T> => ({
  status: 'error',
  message,
  fieldErrors,
  data,
});
