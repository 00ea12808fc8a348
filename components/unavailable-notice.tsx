// What a page shows in place of content it could not read because the database did not answer.
// data-unavailable marks the page as degraded, so the page cache never keeps it (lib/page-cache.ts).
export function UnavailableNotice({ what }: { what: string }) {
  return (
    <div role="status" data-unavailable="" className="mx-auto max-w-xl rounded-lg border border-dashed border-zinc-300 p-8 text-center dark:border-zinc-700">
      <p className="text-lg font-semibold">{what} are unavailable right now</p>
      <p className="mt-2 text-zinc-600 dark:text-zinc-400">We could not reach the database. Please try again in a moment.</p>
    </div>
  );
}
