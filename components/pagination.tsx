import Link from 'next/link';

type Props = { page: number; pageCount: number; hrefFor: (page: number) => string; label: string };

export function Pagination({ page, pageCount, hrefFor, label }: Props) {
  if (pageCount <= 1) return null;
  const linkClass = 'rounded-full border border-zinc-300 px-4 py-1.5 font-semibold hover:border-brand-500 dark:border-zinc-700';
  return (
    <nav aria-label={label} className="mt-10 flex items-center justify-between gap-4 text-sm">
      {page > 1 ? (
        <Link href={hrefFor(page - 1)} rel="prev" className={linkClass}>
          ← Newer
        </Link>
      ) : (
        <span />
      )}
      <span className="text-zinc-600 dark:text-zinc-400">
        Page {page} of {pageCount}
      </span>
      {page < pageCount ? (
        <Link href={hrefFor(page + 1)} rel="next" className={linkClass}>
          Older →
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
