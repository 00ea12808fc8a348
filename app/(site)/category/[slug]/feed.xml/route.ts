import { connection } from 'next/server';
import { listCategories } from '@/lib/dal/categories';
import { buildRssFeed } from '@/lib/rss';
import { xmlResponse } from '@/lib/xml';

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  await connection();
  const { slug } = await params;
  const category = (await listCategories()).find((c) => c.slug === slug);
  if (!category) return new Response('No such category', { status: 404 });
  return xmlResponse(await buildRssFeed({ categorySlug: slug, title: category.name, path: `/category/${slug}/feed.xml` }), 'application/rss+xml');
}
