'use client';

import { useActionState } from 'react';
import { idle, type ActionState } from '@/lib/action-state';

// One category's, tag's or byline's name (and a category's description, a byline's bio and account): the values stay as typed after an
// answer, and an error stands next to the name.
type Fields = Partial<Record<'name' | 'description', string>>;
type Props = {
  action: (previous: ActionState<Fields>, formData: FormData) => Promise<ActionState<Fields>>;
  id?: number;
  name: string;
  description?: string;
  nameLabel: string;
  descriptionLabel?: string;
  submitLabel: string;
  maxName: number;
  /** A byline's account: the choices, and the one it has. */
  accounts?: { id: string; name: string }[];
  account?: string | null;
};

const INPUT = 'rounded-lg border border-zinc-300 bg-white px-3 py-1.5 dark:border-zinc-700 dark:bg-zinc-900';

export function TaxonomyForm({ action, id, name, description, nameLabel, descriptionLabel, submitLabel, maxName, accounts, account }: Props) {
  const [state, formAction, pending] = useActionState(action, idle<Fields>());
  const typed = state.status === 'error' ? state.data : undefined;
  const nameId = `name-${id ?? 'new'}-${submitLabel.replace(/\W+/g, '')}`;
  return (
    <form action={formAction} className="flex flex-wrap items-end gap-2">
      {id !== undefined && <input type="hidden" name="id" value={id} />}
      <label htmlFor={nameId} className="flex flex-col gap-1 text-sm">
        {nameLabel}
        <input id={nameId} name="name" defaultValue={typed?.name ?? name} maxLength={maxName} aria-invalid={state.fieldErrors?.name ? true : undefined} className={INPUT} />
      </label>
      {descriptionLabel !== undefined && (
        <label className="flex min-w-72 flex-1 flex-col gap-1 text-sm">
          {descriptionLabel}
          <input name="description" defaultValue={typed?.description ?? description ?? ''} maxLength={200} className={INPUT} />
        </label>
      )}
      {accounts && (
        <label className="flex flex-col gap-1 text-sm">
          Account
          <select key={account ?? ''} name="userId" defaultValue={account ?? ''} aria-invalid={state.fieldErrors?.userId ? true : undefined} className={INPUT}>
            <option value="">No account</option>
            {accounts.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </select>
        </label>
      )}
      <button type="submit" disabled={pending} className="rounded-full bg-brand-600 px-4 py-1.5 text-sm font-semibold text-white hover:bg-brand-700 disabled:opacity-60">
        {pending ? 'Saving…' : submitLabel}
      </button>
      <span role="status" aria-live="polite" className={`text-sm ${state.status === 'error' ? 'text-red-700 dark:text-red-400' : 'text-green-800 dark:text-green-400'}`}>
        {state.status !== 'idle' ? state.message : ''}
      </span>
    </form>
  );
}
