import Link from 'next/link';
import { ActionForm } from '@/components/forms/action-form';
import { PublishedTime } from '@/components/ui/published-time';
import { markNotificationReadAction } from '@/lib/actions/notifications';
import type { NotificationView } from '@/lib/dal/notifications';
import { reasonLabel } from '@/lib/moderation-reasons';

/** What happened, in a sentence: who did what to which comment. */
function Sentence({ item }: { item: NotificationView }) {
  const who = item.actor ? (
    <Link href={`/people/${item.actor.handle}`} className="font-semibold hover:underline">
      {item.actor.name}
    </Link>
  ) : (
    <span className="font-semibold">Someone</span>
  );
  switch (item.kind) {
    case 'reply':
      return <>{who} replied to your comment</>;
    case 'mention':
      return <>{who} mentioned you</>;
    case 'like':
      return item.others > 0 ? (
        <>
          {who} and {item.others} {item.others === 1 ? 'other' : 'others'} liked your comment
        </>
      ) : (
        <>{who} liked your comment</>
      );
    case 'hidden':
      return <>A moderator hid your comment{item.reason ? ` (${reasonLabel(item.reason)})` : ''}</>;
    case 'restored':
      return <>A moderator restored your comment</>;
    case 'approved':
      return <>Your comment was approved and is now public</>;
  }
}

export function NotificationItem({ item }: { item: NotificationView }) {
  return (
    <article aria-label={item.read ? 'Notification' : 'Unread notification'} className={`flex flex-col gap-1 py-3 ${item.read ? '' : 'border-l-4 border-brand-600 pl-3'}`}>
      <p>
        <Sentence item={item} /> on{' '}
        <Link href={`/articles/${item.article.slug}#comment-${item.comment.id}`} className="font-medium underline">
          {item.article.title}
        </Link>
      </p>
      {item.comment.snippet && <p className="line-clamp-2 break-words text-zinc-700 dark:text-zinc-300">“{item.comment.snippet}”</p>}
      <div className="flex flex-wrap items-center gap-4 text-sm text-zinc-600 dark:text-zinc-400">
        <PublishedTime date={item.createdAt} />
        {!item.read && (
          <ActionForm action={markNotificationReadAction} submitLabel="Mark as read" pendingLabel="Marking…" className="flex items-center gap-2" buttonClassName="font-medium hover:underline">
            <input type="hidden" name="notificationId" value={item.id} />
          </ActionForm>
        )}
      </div>
    </article>
  );
}
