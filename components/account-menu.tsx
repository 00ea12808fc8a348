import Link from 'next/link';
import { connection } from 'next/server';
import { AccountNav, PersonalAccountMenu } from '@/components/account-nav';
import { countUnreadOf } from '@/lib/dal/notifications';
import { orFallback } from '@/lib/unavailable';
import { getViewer } from '@/lib/viewer';

export async function AccountMenu() {
  await connection(); // Auth.js touches crypto before it reads the cookies: keep it out of any prerender
  // If the database is down, show the signed-out menu rather than failing every page.
  const viewer = await orFallback(() => getViewer(), null, 'account menu');
  const unread = viewer ? await orFallback(() => countUnreadOf(viewer.id), undefined, 'notification count') : undefined;
  if (viewer) return <AccountNav viewer={{ name: viewer.name, role: viewer.role }} unread={unread} />;
  return (
    <PersonalAccountMenu>
      <div className="flex items-center gap-3 text-sm font-semibold">
        <Link href="/signin" className="hover:underline">
          Sign in
        </Link>
        <Link href="/signup" className="rounded-full bg-brand-600 px-4 py-1.5 text-white hover:bg-brand-700">
          Sign up
        </Link>
      </div>
    </PersonalAccountMenu>
  );
}
