import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { ArchiveView } from '@/components/archive-view';
import { UnavailableNotice } from '@/components/unavailable-notice';
import { cachedArchive } from '@/lib/cached-reads';
import type { Archive } from '@/lib/dal/archives';
import { pageNumber } from '@/lib/page-number';
import { orFallback } from '@/lib/unavailable';

// The category, tag and author archives are one page with a different kind: their route files only
// say which kind they are.
export type ArchiveProps = { params: Promise<{ slug: string }>; searchParams: Promise<{ page?: string | string[] }> };

async function load(kind: Archive['kind'], { params, searchParams }: ArchiveProps) {
  await connection();
  const { slug } = await params;
  const page = pageNumber((await searchParams).page);
  return { slug, archive: await orFallback(() => cachedArchive(kind, slug, page), 'unavailable' as const, 'archive') };
}

export async function archiveMetadata(kind: Archive['kind'], props: ArchiveProps): Promise<Metadata> {
  const { slug, archive } = await load(kind, props);
  if (!archive || archive === 'unavailable') return { title: 'Not found', robots: { index: false } };
  const path = `/${kind}/${slug}${archive.page > 1 ? `?page=${archive.page}` : ''}`;
  const title = archive.page > 1 ? `${archive.name} (page ${archive.page})` : archive.name;
  const description = archive.description || `${archive.total} articles about ${archive.name} on Hallyu.`;
  return { title, description, alternates: { canonical: path }, openGraph: { title, description, url: path } };
}

export async function ArchivePage({ kind, ...props }: ArchiveProps & { kind: Archive['kind'] }) {
  const { slug, archive } = await load(kind, props);
  if (archive === 'unavailable') return <UnavailableNotice what="These articles" />;
  if (!archive) notFound();
  return <ArchiveView archive={archive} basePath={`/${kind}/${slug}`} />;
}
