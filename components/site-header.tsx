import Link from 'next/link';
import { AccountMenu } from '@/components/account-menu';
import { CategoryNav } from '@/components/category-nav';

// Rendered with every page (not streamed), so its links and the sign-out form work without JavaScript.
// On phones the categories get a scrolling row of their own under the logo and account menu.
export function SiteHeader() {
  return (
    <header className="border-b border-zinc-200 dark:border-zinc-800">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-3 px-4 py-3 md:py-4">
        <Link href="/" className="text-2xl font-extrabold tracking-tight text-brand-600 dark:text-brand-500">
          Hallyu
        </Link>
        <div className="order-last w-full md:order-none md:w-auto md:flex-1">
          <CategoryNav />
        </div>
        <form role="search" action="/search" className="hidden lg:block">
          <label htmlFor="site-search" className="sr-only">
            Search articles
          </label>
          <input
            id="site-search"
            name="q"
            type="search"
            placeholder="Search"
            className="w-40 rounded-full border border-zinc-300 bg-white px-3 py-1 text-sm dark:border-zinc-700 dark:bg-zinc-900"
          />
        </form>
        <div className="ml-auto md:ml-0">
          <AccountMenu />
        </div>
      </div>
    </header>
  );
}
