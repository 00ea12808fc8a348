'use client';

import Link from 'next/link';
import { useActionState } from 'react';
import { idle } from '@/lib/action-state';
import { bulkModerateAction } from '@/lib/actions/moderation';
import type { QueueItem, Tab } from '@/lib/dal/moderation-queue';
import { MODERATION_REASONS, reasonLabel } from '@/lib/moderation-reasons';


export function QueueForm({ tab, items }: { tab: Tab; items: QueueItem[] }) {
  const [state, action, pending] = useActionState(bulkModerateAction, idle());
  return (
    <form action={action} className="flex flex-col gap-4">
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
            <select id="bulk-reason" name="reason" defaultValue="" className="rounded border border-zinc-300 bg-white px-2 py-1 text-sm dark:border-zinc-700 dark:bg-zinc-900">
              <option value="">Choose a reason</option>
              {MODERATION_REASONS.map((r) => (
                <option key={r.code} value={r.code}>
                  {r.label}
                </option>
              ))}
            </select>
            <button name="op" value="hide" disabled={pending} className="rounded-full border border-zinc-400 px-4 py-1.5 text-sm font-semibold">
              Hide selected
            </button>
          </>
        )}
        <span role="status" aria-live="polite" className={`text-sm ${state.status === 'error' ? 'text-red-700 dark:text-red-400' : ''}`}>
          {state.status !== 'idle' ? state.message : ''}
          {state.fieldErrors && ` ${Object.values(state.fieldErrors).flat().filter(Boolean).join(' ')}`}
        </span>
      </div>
      {items.length === 0 ? (
        <p className="text-zinc-600 dark:text-zinc-400">Nothing here. The conversation is healthy.</p>
      ) : (
        <ul className="flex flex-col gap-4">
          {items.map((item) => (
            <li key={item.id} className="flex gap-3 border-b border-zinc-200 pb-4 dark:border-zinc-800">
              <input type="checkbox" name="commentId" value={item.id} id={`select-${item.id}`} className="mt-1 h-4 w-4" />
              <div className="flex flex-1 flex-col gap-1">
                <label htmlFor={`select-${item.id}`} className="text-sm">
                  <span className="font-semibold">{item.author.name}</span> on{' '}
                  <span className="italic">{item.article.title}</span>
                  <span className="sr-only">: select this comment</span>
                </label>
                <p className="whitespace-pre-wrap break-words">{item.body}</p>
                <p className="flex flex-wrap gap-x-3 text-xs text-zinc-600 dark:text-zinc-400">
                  <span className="uppercase">{item.status}</span>
                  {item.statusReason && <span>Reason: {reasonLabel(item.statusReason)}</span>}
                  {item.reportCount > 0 && (
                    <span>
                      {item.reportCount} {item.reportCount === 1 ? 'reporter' : 'reporters'}:{' '}
                      {item.reasons.map((r) => `${reasonLabel(r.reason)} (${r.count})`).join(', ')}
                      {item.newReporters > 0 && (
                        <strong className="ml-1 text-amber-800 dark:text-amber-300">
                          · {item.newReporters === item.reportCount ? (item.reportCount === 1 ? 'a new account' : 'all new accounts') : `${item.newReporters} from new accounts`}
                        </strong>
                      )}
                    </span>
                  )}
                  <Link href={`/moderation/comments/${item.id}`} className="font-semibold underline">
                    History and actions
                  </Link>
                  <Link href={`/articles/${item.article.slug}#comments`} className="underline">
                    In context
                  </Link>
                </p>
              </div>
            </li>
          ))}
        </ul>
      )}
    </form>
  );
}
