import Link from 'next/link';
import type { QueuedComment } from '@/lib/dal/moderation-queue';
import { reasonLabel } from '@/lib/moderation-reasons';

/** One queued comment: who, where, what it says (and what was reported, if it changed), why it is here. */
export function QueueItemView({ item }: { item: QueuedComment }) {
  const reportedOther = [...new Set(item.reports.map((r) => r.reportedBody).filter((b): b is string => b !== null && b !== item.body))];
  return (
    <div className="flex flex-1 flex-col gap-1">
      <label htmlFor={`select-${item.id}`} className="text-sm">
        <span className="font-semibold">{item.author.name}</span> on <span className="italic">{item.article.title}</span>
        <span className="sr-only">: select this comment</span>
      </label>
      <p className="whitespace-pre-wrap break-words">{item.body}</p>
      {reportedOther.map((text, i) => (
        <div key={i} className="rounded border-l-4 border-amber-400 bg-amber-50 p-2 text-sm dark:bg-amber-950">
          <p className="font-semibold">Text when reported (edited since):</p>
          <p className="whitespace-pre-wrap break-words">{text}</p>
        </div>
      ))}
      <p className="flex flex-wrap gap-x-3 text-xs text-zinc-600 dark:text-zinc-400">
        <span className="uppercase">{item.status}</span>
        {item.statusReason && <span>Reason: {reasonLabel(item.statusReason)}</span>}
        {item.reportCount > 0 && (
          <span>
            {item.reportCount} {item.reportCount === 1 ? 'reporter' : 'reporters'}: {item.reasons.map((r) => `${reasonLabel(r.reason)} (${r.count})`).join(', ')}
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
        <Link href={`/moderation/users/${item.author.id}`} className="underline">
          The author
        </Link>
        <Link href={`/articles/${item.article.slug}#comments`} className="underline">
          In context
        </Link>
      </p>
      <p className="text-xs">
        <span className="font-semibold">Risk {item.risk.score}</span>
        {item.risk.reasons.length > 0 ? `: ${item.risk.reasons.join(', ')}` : ': no signals'}
      </p>
      {item.reports.some((r) => r.note) && (
        <ul aria-label="Reporters' notes" className="text-xs text-zinc-700 dark:text-zinc-300">
          {item.reports
            .filter((r) => r.note)
            .map((r, i) => (
              <li key={i}>
                {r.reporter}
                {r.newAccount && ' (new account)'} – {reasonLabel(r.reason)}: “{r.note}”
              </li>
            ))}
        </ul>
      )}
    </div>
  );
}
