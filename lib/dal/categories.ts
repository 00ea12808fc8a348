import 'server-only';
import { asc } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { categories } from '@/db/schema';

export type CategoryLink = { slug: string; name: string };

export async function listCategories(): Promise<CategoryLink[]> {
  const db = await getDb();
  return db.select({ slug: categories.slug, name: categories.name }).from(categories).orderBy(asc(categories.position));
}
