'use client';

import Link from 'next/link';
import { ActionForm } from '@/components/forms/action-form';
import { usePersonalView } from '@/components/personal-view';
import { isModeratorRole, isNewsroomRole, type UserRole } from '@/db/enums';
import { signOutAction } from '@/lib/actions/auth';
import { NotificationBell } from './notification-bell';

/** The header's menu for a signed-in visitor. */
export function AccountNav({ viewer, unread }: { viewer: { name: string; role: UserRole }; unread?: number }) {
  usePersonalView(viewer); // marks this browser as one that runs JavaScript
  return (
    <nav aria-label="Account" className="flex items-center gap-4 text-sm font-semibold">
      {isNewsroomRole(viewer.role) && (
        <Link href="/newsroom" className="hover:underline">
          Newsroom
        </Link>
      )}
      {isModeratorRole(viewer.role) && (
        <Link href="/moderation" className="hover:underline">
          Moderation
        </Link>
      )}
      <NotificationBell unread={unread} />
      <Link href="/profile" className="hover:underline">
        {viewer.name}
      </Link>
      <ActionForm action={signOutAction} submitLabel="Sign out" pendingLabel="Signing out…" className="flex items-center gap-2" buttonClassName="hover:underline" />
    </nav>
  );
}

/** The signed-out menu of the shared copy, replaced by the visitor's own once it is known. */
export function PersonalAccountMenu({ children }: { children: React.ReactNode }) {
  const view = usePersonalView(children);
  return view?.viewer ? <AccountNav viewer={view.viewer} /> : children;
}
