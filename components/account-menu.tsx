import Link from 'next/link';
import { connection } from 'next/server';
import { ActionForm } from '@/components/forms/action-form';
import { signOutAction } from '@/lib/actions/auth';
import { orFallback } from '@/lib/unavailable';
import { getViewer } from '@/lib/viewer';

export async function AccountMenu() {
  await connection(); // Auth.js touches crypto before it reads the cookies: keep it out of any prerender
  // If the database is down, show the signed-out menu rather than failing every page.
  const viewer = await orFallback(() => getViewer(), null, 'account menu');
  if (!viewer) {
    return (
      <div className="flex items-center gap-3 text-sm font-semibold">
        <Link href="/signin" className="hover:underline">
          Sign in
        </Link>
        <Link href="/signup" className="rounded-full bg-brand-600 px-4 py-1.5 text-white hover:bg-brand-700">
          Sign up
        </Link>
      </div>
    );
  }
  return (
    <nav aria-label="Account" className="flex items-center gap-4 text-sm font-semibold">
      {viewer.role !== 'reader' && (
        <Link href="/moderation" className="hover:underline">
          Moderation
        </Link>
      )}
      <Link href="/profile" className="hover:underline">
        {viewer.name}
      </Link>
      <ActionForm action={signOutAction} submitLabel="Sign out" pendingLabel="Signing out…" className="flex items-center gap-2" buttonClassName="hover:underline" />
    </nav>
  );
}
