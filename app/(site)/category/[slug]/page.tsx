import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { ArchiveView } from '@/components/archive-view';
import { UnavailableNotice } from '@/components/unavailable-notice';
import { cachedArchive } from '@/lib/cached-reads';
import { pageNumber } from '@/lib/page-number';
import { orFallback } from '@/lib/unavailable';

// Renders in one pass with its data, like every page (see app/layout.tsx).
export const instant = false;

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ page?: string | string[] }> };

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  await connection();
  const { slug } = await params;
  const page = pageNumber((await searchParams).page);
  const archive = await orFallback(() => cachedArchive('category', slug, page), null, 'archive');
  if (!archive) return { title: 'Not found', robots: { index: false } };
  const path = `/category/${slug}${archive.page > 1 ? `?page=${archive.page}` : ''}`;
  const title = archive.page > 1 ? `${archive.name} (page ${archive.page})` : archive.name;
  const description = archive.description || `${archive.total} articles about ${archive.name} on Hallyu.`;
  return { title, description, alternates: { canonical: path }, openGraph: { title, description, url: path } };
}

export default async function Page({ params, searchParams }: Props) {
  await connection();
  const { slug } = await params;
  const page = pageNumber((await searchParams).page);
  const archive = await orFallback(() => cachedArchive('category', slug, page), 'unavailable' as const, 'archive');
  if (archive === 'unavailable') return <UnavailableNotice what="These articles" />;
  if (!archive) notFound();
  return <ArchiveView archive={archive} basePath={`/category/${slug}`} />;
}
