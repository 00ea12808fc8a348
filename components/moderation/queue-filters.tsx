import type { QueueFilters as Filters, QueueSort, Tab } from '@/lib/dal/moderation-queue';
import { ReasonOptions } from './reason-options';

const field = 'rounded border border-zinc-300 bg-white px-2 py-1 text-sm dark:border-zinc-700 dark:bg-zinc-900';

/** Filter a queue by article, reason and reporters' standing, and choose its order: a plain GET form. */
export function QueueFilters({ tab, sort, sorts, filters }: { tab: Tab; sort: QueueSort; sorts: { value: QueueSort; label: string }[]; filters: Filters }) {
  return (
    <form action="/moderation" role="search" aria-label="Filter the queue" className="flex flex-wrap items-end gap-3 text-sm">
      <input type="hidden" name="tab" value={tab} />
      <div className="flex flex-col gap-1">
        <label htmlFor="filter-article" className="font-medium">
          Article (address)
        </label>
        <input id="filter-article" name="article" defaultValue={filters.article ?? ''} placeholder="e.g. cafe-ondo-episode-2-recap" className={`${field} w-64`} />
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="filter-reason" className="font-medium">
          With reason
        </label>
        <select id="filter-reason" name="reason" defaultValue={filters.reason ?? ''} className={field}>
          <option value="">Any reason</option>
          <ReasonOptions />
        </select>
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="filter-reporters" className="font-medium">
          Reported by
        </label>
        <select id="filter-reporters" name="reporters" defaultValue={filters.reporters ?? ''} className={field}>
          <option value="">Anyone</option>
          <option value="established">Established accounts</option>
          <option value="new">New accounts</option>
        </select>
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="filter-sort" className="font-medium">
          Order
        </label>
        <select id="filter-sort" name="sort" defaultValue={sort} className={field}>
          {sorts.map((s) => (
            <option key={s.value} value={s.value}>
              {s.label}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="rounded-full border border-zinc-400 px-4 py-1.5 font-semibold">
        Apply
      </button>
    </form>
  );
}
