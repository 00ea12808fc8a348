import Link from 'next/link';

export default function NotFound() {
  return (
    <div className="mx-auto flex max-w-xl flex-col items-center gap-4 py-16 text-center">
      <p className="text-sm font-semibold uppercase tracking-wide text-brand-700 dark:text-brand-500">404</p>
      <h1 className="text-3xl font-extrabold">We could not find that page</h1>
      <p className="text-zinc-700 dark:text-zinc-300">
        The story may have moved, or the link may have a typo. The latest news is always on the front page.
      </p>
      <Link href="/" className="rounded-full bg-brand-600 px-5 py-2 font-semibold text-white hover:bg-brand-700">
        Back to the front page
      </Link>
    </div>
  );
}
