import Link from 'next/link';
import { PublishedTime } from '@/components/ui/published-time';
import type { ModerationActionKind } from '@/db/enums';
import type { LogEntry } from '@/lib/dal/moderation-log';
import { reasonLabel } from '@/lib/moderation-reasons';

export const ACTION_LABEL: Record<ModerationActionKind, string> = {
  hide: 'Hid comment',
  unhide: 'Unhid comment',
  approve: 'Approved comment',
  hold: 'Held for review',
  auto_hide: 'Auto-hid comment',
  suspend: 'Suspended user',
  ban: 'Banned user',
  lift_restriction: 'Lifted restriction',
  change_role: 'Changed role',
  add_banned_word: 'Added banned word',
  remove_banned_word: 'Removed banned word',
  reject: 'Rejected comment',
  shadow_ban: 'Shadow banned user',
  lift_shadow_ban: 'Lifted shadow ban',
  set_review: 'Changed review of user',
  reset_name: 'Reset name',
  rename: 'Renamed themselves',
  add_user_note: 'Added note on user',
  change_settings: 'Changed site settings',
  article_controls: 'Changed article comment settings',
  pin: 'Pinned comment',
  unpin: 'Unpinned comment',
  staff_pick: 'Marked staff pick',
  remove_staff_pick: 'Removed staff pick',
  article_create: 'Created article',
  article_submit: 'Submitted article for review',
  article_schedule: 'Scheduled article',
  article_publish: 'Published article',
  article_unpublish: 'Unpublished article',
  article_restore: 'Restored article revision',
  article_slug_change: 'Changed article slug',
  article_withdraw: 'Moved article to drafts',
  category_create: 'Added category',
  category_change: 'Changed category',
  tag_rename: 'Renamed tag',
  byline_create: 'Added byline',
  byline_change: 'Changed byline',
};

export function LogTable({ entries }: { entries: LogEntry[] }) {
  if (entries.length === 0) return <p className="text-zinc-600 dark:text-zinc-400">No moderation actions yet.</p>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Moderation log, newest first</caption>
        <thead>
          <tr className="border-b border-zinc-300 dark:border-zinc-700">
            <th scope="col" className="py-2 pr-3">When</th>
            <th scope="col" className="py-2 pr-3">Who</th>
            <th scope="col" className="py-2 pr-3">What</th>
            <th scope="col" className="py-2 pr-3">Target</th>
            <th scope="col" className="py-2 pr-3">Status</th>
            <th scope="col" className="py-2 pr-3">Reason and note</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => (
            <tr key={e.id} className="border-b border-zinc-200 align-top dark:border-zinc-800">
              <td className="py-2 pr-3 whitespace-nowrap">
                <PublishedTime date={new Date(e.createdAt)} /> {new Date(e.createdAt).toISOString().slice(11, 16)}
              </td>
              <td className="py-2 pr-3">{e.actor}</td>
              <td className="py-2 pr-3">{ACTION_LABEL[e.action as ModerationActionKind] ?? e.action}</td>
              <td className="py-2 pr-3">
                {e.commentId ? <Link href={`/moderation/comments/${e.commentId}`} className="underline">Comment {e.commentId}</Link> : null}
                {e.target && e.targetId && (
                  <Link href={`/moderation/users/${e.targetId}`} className="block underline">
                    {e.target}
                  </Link>
                )}
                {e.article && !e.commentId && (
                  <Link href={`/articles/${e.article.slug}`} className="block underline">
                    {e.article.title}
                  </Link>
                )}
                {e.causeId && <span className="block text-xs text-zinc-600 dark:text-zinc-400">with entry {e.causeId}</span>}
              </td>
              <td className="py-2 pr-3">{e.from || e.to ? `${e.from ?? '–'} → ${e.to ?? '–'}` : ''}</td>
              <td className="py-2 pr-3">
                {e.reason && <span className="block">{reasonLabel(e.reason)}</span>}
                {e.note}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
