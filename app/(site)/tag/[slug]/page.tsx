import { ArchivePage, archiveMetadata, type ArchiveProps } from '@/components/archive-page';

// Renders in one pass with its data, like every page (see app/layout.tsx).
export const instant = false;

export function generateMetadata(props: ArchiveProps) {
  return archiveMetadata('tag', props);
}

export default function Page(props: ArchiveProps) {
  return <ArchivePage kind="tag" {...props} />;
}
