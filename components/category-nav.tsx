import { cacheLife, cacheTag } from 'next/cache';
import Link from 'next/link';
import { connection } from 'next/server';
import { listCategories } from '@/lib/dal/categories';

async function cachedCategories() {
  'use cache';
  cacheLife('hours');
  cacheTag('categories');
  return listCategories();
}

export async function CategoryNav() {
  await connection(); // never read the database while prerendering at build time
  const categories = await cachedCategories();
  return (
    <nav aria-label="Categories" className="flex-1">
      <ul className="flex flex-wrap gap-x-5 gap-y-1 text-sm font-medium text-zinc-700 dark:text-zinc-300">
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
