import { cacheLife, cacheTag } from 'next/cache';
import Link from 'next/link';
import { connection } from 'next/server';
import { listCategories } from '@/lib/dal/categories';
import { orFallback } from '@/lib/unavailable';

async function cachedCategories() {
  'use cache';
  cacheLife('hours');
  cacheTag('categories');
  return listCategories();
}

export async function CategoryNav() {
  await connection(); // never read the database while prerendering at build time
  // If the database cannot answer (a server started while it was down), the header goes without them.
  const categories = await orFallback(() => cachedCategories(), [], 'category nav');
  return (
    <nav aria-label="Categories" className="-mx-4 overflow-x-auto px-4 md:mx-0 md:px-0">
      <ul className="flex gap-x-5 whitespace-nowrap text-sm font-medium text-zinc-700 md:flex-wrap dark:text-zinc-300">
        {categories.map((c) => (
          <li key={c.slug}>
            <Link href={`/category/${c.slug}`} className="hover:text-brand-600 dark:hover:text-brand-500">
              {c.name}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
