import Link from 'next/link';
import { AccountMenu } from '@/components/account-menu';
import { CategoryNav } from '@/components/category-nav';

// Rendered with every page (not streamed), so its links and the sign-out form work without JavaScript.
export function SiteHeader() {
  return (
    <header className="border-b border-zinc-200 dark:border-zinc-800">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-8 gap-y-2 px-4 py-4">
        <Link href="/" className="text-2xl font-extrabold tracking-tight text-brand-600 dark:text-brand-500">
          Hallyu
        </Link>
        <CategoryNav />
        <div className="ml-auto">
          <AccountMenu />
        </div>
      </div>
    </header>
  );
}
