import Link from 'next/link';
import { Suspense } from 'react';
import { CategoryNav } from '@/components/category-nav';

export function SiteHeader() {
  return (
    <header className="border-b border-zinc-200 dark:border-zinc-800">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-8 gap-y-2 px-4 py-4">
        <Link href="/" className="text-2xl font-extrabold tracking-tight text-brand-600 dark:text-brand-500">
          Hallyu
        </Link>
        <Suspense fallback={<div className="h-6 flex-1" />}>
          <CategoryNav />
        </Suspense>
        {/* The account menu (sign in, profile, moderation) mounts here. */}
        <div id="account-menu" className="ml-auto" />
      </div>
    </header>
  );
}
