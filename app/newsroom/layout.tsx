import Link from 'next/link';
import { notFound, redirect } from 'next/navigation';
import { connection } from 'next/server';
import { newsroomActor } from '@/lib/dal/newsroom-access';
import { getViewer } from '@/lib/viewer';

// Writers, editors and admins only: visitors are sent to sign in (proxy.ts, with a real redirect);
// everyone else gets a 404. Every page and action below checks again on its own.
export default async function NewsroomLayout({ children }: { children: React.ReactNode }) {
  await connection();
  const viewer = await getViewer();
  if (!viewer) redirect('/signin?callbackUrl=%2Fnewsroom');
  const actor = await newsroomActor(viewer.id);
  if (!actor) notFound();
  return (
    <div className="flex flex-col gap-6">
      <nav aria-label="Newsroom sections" className="flex flex-wrap items-center gap-4 border-b border-zinc-200 pb-3 text-sm font-semibold dark:border-zinc-800">
        <span className="text-brand-700 dark:text-brand-500">Newsroom</span>
        <Link href="/newsroom" className="hover:underline">
          Articles
        </Link>
        <Link href="/newsroom/articles/new" className="hover:underline">
          New article
        </Link>
        {actor.editor && (
          <Link href="/newsroom/categories" className="hover:underline">
            Categories, bylines and tags
          </Link>
        )}
      </nav>
      {children}
    </div>
  );
}
