'use client';

import Link from 'next/link';
import { ActionForm } from '@/components/forms/action-form';
import { ReasonFields } from '@/components/moderation/reason-fields';
import { hideCommentAction, pinCommentAction, reportCommentAction, staffPickAction, unhideCommentAction } from '@/lib/actions/moderation';
import type { CommentView } from '@/lib/dal/comments';
import { isModerator, type ThreadViewer } from './types';

const summaryClass = 'cursor-pointer list-none font-medium hover:underline [&::-webkit-details-marker]:hidden';

/** Hide / Unhide / History for moderators, Report for other signed-in readers. */
export function ModerationControls({ comment, viewer }: { comment: CommentView; viewer: ThreadViewer }) {
  if (!viewer) return null;
  if (isModerator(viewer)) {
    return (
      <>
        {comment.status === 'hidden' ? (
          <ActionForm action={unhideCommentAction} submitLabel="Unhide" buttonClassName="font-medium hover:underline" className="inline-flex items-center gap-2">
            <input type="hidden" name="commentId" value={comment.id} />
          </ActionForm>
        ) : (
          comment.status !== 'deleted' && (
            <details className="group">
              <summary className={summaryClass}>Hide</summary>
              <ActionForm action={hideCommentAction} submitLabel="Hide comment" className="mt-2 flex flex-wrap items-end gap-3 rounded-lg border border-zinc-200 p-3 dark:border-zinc-700">
                <input type="hidden" name="commentId" value={comment.id} />
                <ReasonFields idPrefix={`hide-${comment.id}`} />
              </ActionForm>
            </details>
          )
        )}
        {comment.status === 'published' && comment.parentId === null && (
          <ActionForm action={pinCommentAction} submitLabel={comment.pinned ? 'Unpin' : 'Pin'} buttonClassName="font-medium hover:underline" className="inline-flex items-center gap-2">
            <input type="hidden" name="commentId" value={comment.id} />
            <input type="hidden" name="on" value={String(!comment.pinned)} />
          </ActionForm>
        )}
        {(comment.status === 'published' || comment.staffPick) && (
          <ActionForm action={staffPickAction} submitLabel={comment.staffPick ? 'Remove staff pick' : 'Staff pick'} buttonClassName="font-medium hover:underline" className="inline-flex items-center gap-2">
            <input type="hidden" name="commentId" value={comment.id} />
            <input type="hidden" name="on" value={String(!comment.staffPick)} />
          </ActionForm>
        )}
        <Link href={`/moderation/comments/${comment.id}`} className="font-medium hover:underline">
          History
        </Link>
      </>
    );
  }
  if (viewer.id === comment.author.id || viewer.restricted || comment.status !== 'published') return null;
  return (
    <details>
      <summary className={summaryClass}>Report</summary>
      <ActionForm action={reportCommentAction} submitLabel="Report comment" className="mt-2 flex flex-wrap items-end gap-3 rounded-lg border border-zinc-200 p-3 dark:border-zinc-700">
        <input type="hidden" name="commentId" value={comment.id} />
        <ReasonFields idPrefix={`report-${comment.id}`} noteLabel="Tell the moderators more (optional)" />
      </ActionForm>
    </details>
  );
}
