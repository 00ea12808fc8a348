import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { connection } from 'next/server';
import { ActionForm } from '@/components/forms/action-form';
import { NotificationItem } from '@/components/notification-item';
import { markNotificationReadAction } from '@/lib/actions/notifications';
import { countUnreadOf, listNotifications } from '@/lib/dal/notifications';
import { getViewer } from '@/lib/viewer';

// Renders in one pass with its data, like every page (see app/layout.tsx).
export const instant = false;

export const metadata: Metadata = { title: 'Notifications', robots: { index: false } };

type Props = { searchParams: Promise<{ before?: string }> };

export default async function NotificationsPage({ searchParams }: Props) {
  await connection();
  const viewer = await getViewer();
  if (!viewer) redirect('/signin?callbackUrl=%2Fnotifications');
  const { before } = await searchParams;
  const cursor = typeof before === 'string' && before.length <= 60 ? before : undefined;
  const [page, unread] = await Promise.all([listNotifications(viewer.id, cursor), countUnreadOf(viewer.id)]);
  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-6">
      <header className="flex flex-wrap items-center justify-between gap-4">
        <h1 className="text-3xl font-extrabold">Notifications</h1>
        {unread > 0 && <ActionForm action={markNotificationReadAction} submitLabel="Mark all as read" pendingLabel="Marking…" className="flex items-center gap-2" />}
      </header>
      {page.items.length === 0 ? (
        <p className="text-zinc-600 dark:text-zinc-400">{cursor ? 'No older notifications.' : 'Nothing yet. Replies to your comments, mentions, likes and moderators’ decisions show up here.'}</p>
      ) : (
        <ul aria-label="Your notifications" className="flex flex-col divide-y divide-zinc-200 dark:divide-zinc-800">
          {page.items.map((item) => (
            <li key={item.id}>
              <NotificationItem item={item} />
            </li>
          ))}
        </ul>
      )}
      {page.nextCursor && (
        <Link href={`/notifications?before=${encodeURIComponent(page.nextCursor)}`} className="self-start font-semibold underline">
          Older notifications
        </Link>
      )}
    </div>
  );
}
