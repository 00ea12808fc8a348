import type { ModeratorActivity } from '@/lib/dal/moderation-log';
import { ACTION_LABEL } from './log-table';

/** Who did how much in the last 7 days. */
export function ActivityTable({ rows }: { rows: ModeratorActivity[] }) {
  return (
    <section aria-labelledby="activity-heading" className="flex flex-col gap-2">
      <h2 id="activity-heading" className="text-xl font-bold">
        This week
      </h2>
      {rows.length === 0 ? (
        <p className="text-sm text-zinc-600 dark:text-zinc-400">No moderator has acted in the last 7 days.</p>
      ) : (
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Actions per moderator in the last 7 days</caption>
          <thead>
            <tr className="border-b border-zinc-300 dark:border-zinc-700">
              <th scope="col" className="py-2 pr-3">Moderator</th>
              <th scope="col" className="py-2 pr-3">Actions</th>
              <th scope="col" className="py-2 pr-3">Of which</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.actorId} className="border-b border-zinc-200 align-top dark:border-zinc-800">
                <td className="py-2 pr-3 font-semibold">{r.name}</td>
                <td className="py-2 pr-3 tabular-nums">{r.total}</td>
                <td className="py-2 pr-3">
                  {Object.entries(r.byAction)
                    .sort((a, b) => b[1] - a[1])
                    .map(([action, n]) => `${ACTION_LABEL[action as keyof typeof ACTION_LABEL] ?? action}: ${n}`)
                    .join(' · ')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
