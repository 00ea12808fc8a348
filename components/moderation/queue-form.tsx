'use client';

import Link from 'next/link';
import { startTransition, useActionState, useEffect, useRef, useState } from 'react';
import { idle } from '@/lib/action-state';
import { bulkModerateAction } from '@/lib/actions/moderation';
import type { QueuedComment, Tab } from '@/lib/dal/moderation-queue';
import { ReasonOptions } from './reason-options';
import { QueueItemView } from './queue-item';


const typing = (target: EventTarget | null) => target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

/** The queue: bulk actions on the selected comments, and keyboard shortcuts on the current one. */
export function QueueForm({ tab, items }: { tab: Tab; items: QueuedComment[] }) {
  const [state, action, pending] = useActionState(bulkModerateAction, idle());
  const [current, setCurrent] = useState(0);
  const [hint, setHint] = useState('');
  const formRef = useRef<HTMLFormElement>(null);
  const reasonRef = useRef<HTMLSelectElement>(null);
  const at = Math.min(current, Math.max(items.length - 1, 0));

  useEffect(() => {
    document.getElementById(`queue-item-${items[at]?.id}`)?.scrollIntoView({ block: 'nearest' });
  }, [at, items]);

  useEffect(() => {
    const one = (op: 'approve' | 'hide' | 'unhide') => {
      const item = items[at];
      if (!item) return;
      const data = new FormData();
      data.set('op', op);
      data.set('commentId', String(item.id));
      if (op === 'hide') {
        const reason = reasonRef.current?.value;
        if (!reason) {
          setHint('Choose a reason first, then press h again.');
          reasonRef.current?.focus();
          return;
        }
        data.set('reason', reason);
      }
      setHint('');
      startTransition(() => action(data));
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.metaKey || event.ctrlKey || event.altKey || typing(event.target)) return;
      if (event.key === 'j') setCurrent(Math.min(at + 1, items.length - 1));
      else if (event.key === 'k') setCurrent(Math.max(at - 1, 0));
      else if (event.key === 'a' && tab !== 'hidden') one('approve');
      else if (event.key === 'h' && tab !== 'hidden') one('hide');
      else if (event.key === 'x') {
        const box = formRef.current?.querySelector<HTMLInputElement>(`#select-${items[at]?.id}`);
        if (box) box.checked = !box.checked;
      } else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [action, at, items, tab]);

  const hideLabel = tab === 'pending' ? 'Reject selected' : 'Hide selected';
  return (
    <form ref={formRef} action={action} className="flex flex-col gap-4">
      <div className="flex flex-wrap items-end gap-3 rounded-lg bg-zinc-50 p-3 dark:bg-zinc-900">
        {tab === 'hidden' ? (
          <button name="op" value="unhide" disabled={pending} className="rounded-full bg-brand-600 px-4 py-1.5 text-sm font-semibold text-white">
            Unhide selected
          </button>
        ) : (
          <>
            <button name="op" value="approve" disabled={pending} className="rounded-full bg-brand-600 px-4 py-1.5 text-sm font-semibold text-white">
              Approve selected
            </button>
            <label htmlFor="bulk-reason" className="text-sm font-medium">
              Reason
            </label>
            <select ref={reasonRef} id="bulk-reason" name="reason" defaultValue="" className="rounded border border-zinc-300 bg-white px-2 py-1 text-sm dark:border-zinc-700 dark:bg-zinc-900">
              <option value="">Choose a reason</option>
              <ReasonOptions />
            </select>
            <button name="op" value="hide" disabled={pending} className="rounded-full border border-zinc-400 px-4 py-1.5 text-sm font-semibold">
              {hideLabel}
            </button>
          </>
        )}
        <span role="status" aria-live="polite" className={`text-sm ${state.status === 'error' || hint ? 'text-red-700 dark:text-red-400' : ''}`}>
          {hint || (state.status !== 'idle' ? state.message : '')}
          {!hint && state.fieldErrors && ` ${Object.values(state.fieldErrors).flat().filter(Boolean).join(' ')}`}
        </span>
      </div>
      {items.length === 0 ? (
        <p className="text-zinc-600 dark:text-zinc-400">Nothing here. The conversation is healthy.</p>
      ) : (
        <ul className="flex flex-col gap-4">
          {items.map((item, i) => (
            <li
              key={item.id}
              id={`queue-item-${item.id}`}
              aria-current={i === at ? 'true' : undefined}
              onClick={() => setCurrent(i)}
              className={`flex gap-3 rounded-lg border-b border-zinc-200 p-2 pb-4 dark:border-zinc-800 ${i === at ? 'ring-2 ring-brand-500' : ''}`}
            >
              <input type="checkbox" name="commentId" value={item.id} id={`select-${item.id}`} className="mt-1 h-4 w-4" />
              <QueueItemView item={item} />
            </li>
          ))}
        </ul>
      )}
      <p className="text-xs text-zinc-600 dark:text-zinc-400">
        <Link href="#shortcuts" className="underline">
          Keyboard shortcuts
        </Link>{' '}
        work when no field has the focus.
      </p>
    </form>
  );
}
