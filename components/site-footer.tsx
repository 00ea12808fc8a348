import Link from 'next/link';

export function SiteFooter() {
  return (
    <footer className="mt-12 border-t border-zinc-200 text-sm text-zinc-600 dark:border-zinc-800 dark:text-zinc-400">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-4 px-4 py-6">
        <p>Hallyu: news and conversation for K-drama and K-pop fans. All demo stories are fiction.</p>
        <nav aria-label="Footer">
          <ul className="flex gap-4">
            <li>
              <Link href="/" className="hover:underline">
                Home
              </Link>
            </li>
            <li>
              <Link href="/search" className="hover:underline">
                Search
              </Link>
            </li>
            <li>
              <a href="/feed.xml" className="hover:underline">
                RSS feed
              </a>
            </li>
            <li>
              <a href="/api/health" className="hover:underline">
                Status
              </a>
            </li>
          </ul>
        </nav>
      </div>
    </footer>
  );
}
