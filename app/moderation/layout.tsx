import Link from 'next/link';
import { notFound, redirect } from 'next/navigation';
import { connection } from 'next/server';
import { staffRole } from '@/lib/dal/staff';
import { getViewer } from '@/lib/viewer';

// Moderators and admins only: visitors are sent to sign in; readers get a 404 (the area does not exist
// for them). Every page and action below checks again on its own.
export default async function ModerationLayout({ children }: { children: React.ReactNode }) {
  await connection();
  const viewer = await getViewer();
  if (!viewer) redirect('/signin?callbackUrl=%2Fmoderation');
  const role = await staffRole(viewer.id);
  if (!role) notFound();
  return (
    <div className="flex flex-col gap-6">
      <nav aria-label="Moderation sections" className="flex flex-wrap gap-4 border-b border-zinc-200 pb-3 text-sm font-semibold dark:border-zinc-800">
        <Link href="/moderation" className="hover:underline">
          Queue
        </Link>
        <Link href="/moderation/users" className="hover:underline">
          Users
        </Link>
        <Link href="/moderation/banned-words" className="hover:underline">
          Banned words
        </Link>
        <Link href="/moderation/settings" className="hover:underline">
          Settings
        </Link>
      </nav>
      {children}
    </div>
  );
}
