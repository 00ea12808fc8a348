'use client';

import { useCallback, useRef } from 'react';
import type { AuthorBadge, CommentView } from '@/lib/dal/comments';
import { EDIT_WINDOW_MS } from '@/lib/limits';
import { reasonLabel } from '@/lib/moderation-reasons';
import { ActionForm } from '@/components/forms/action-form';
import { muteAuthorAction } from '@/lib/actions/mutes';
import { Avatar } from '@/components/ui/avatar';
import { CommentBody } from './comment-body';
import { CommentForm } from './comment-form';
import { DeleteButton } from './delete-button';
import { EditForm } from './edit-form';
import { LikeButton } from './like-button';
import { ModerationControls } from './moderation-controls';
import { RelativeTime } from './relative-time';
import { isModerator, type ThreadViewer } from './types';

type Props = {
  comment: CommentView & { optimistic?: boolean };
  viewer: ThreadViewer;
  articleId: number;
  now: string;
  onOptimistic: (body: string, parentId: number | null, hasSpoilers: boolean) => void;
  /** Comments are closed on the article: no replies. */
  closed?: boolean;
};


function Placeholder({ comment, viewer }: { comment: CommentView; viewer: ThreadViewer }) {
  if (comment.status === 'deleted') return <p className="italic text-zinc-600 dark:text-zinc-400">Comment deleted</p>;
  if (comment.status === 'hidden' && comment.body === null) {
    return <p className="italic text-zinc-600 dark:text-zinc-400">This comment was hidden by a moderator.</p>;
  }
  if (comment.status === 'hidden' && viewer?.id === comment.author.id) {
    return (
      <p className="text-sm font-medium text-amber-800 dark:text-amber-400">
        A moderator hid your comment ({comment.statusReason ? reasonLabel(comment.statusReason) : 'Other'}). Only you and moderators can see it.
      </p>
    );
  }
  if (comment.status === 'pending') {
    return <p className="text-sm font-medium text-amber-800 dark:text-amber-400">Awaiting review: only you and moderators can see this comment.</p>;
  }
  return null;
}

const BADGE_LABEL: Record<AuthorBadge, string> = { staff: 'Staff', author: 'Author', new: 'New member' };

const SUMMARY = 'cursor-pointer list-none font-medium hover:underline [&::-webkit-details-marker]:hidden';

export function CommentItem({ comment, viewer, articleId, now, onOptimistic, closed = false }: Props) {
  // Reply and Edit are <details>: they open without JavaScript too; with it, they close once saved.
  const replyRef = useRef<HTMLDetailsElement>(null);
  const editRef = useRef<HTMLDetailsElement>(null);
  const closeReply = useCallback(() => replyRef.current?.removeAttribute('open'), []);
  const closeEdit = useCallback(() => editRef.current?.removeAttribute('open'), []);
  const mine = viewer?.id === comment.author.id;
  const live = comment.status === 'published' && !comment.optimistic;
  const canEdit = mine && !comment.optimistic && (comment.status === 'published' || comment.status === 'pending') && new Date(now).getTime() - new Date(comment.createdAt).getTime() < EDIT_WINDOW_MS;

  if (comment.mutedByViewer && !mine) {
    return (
      <article aria-label={`Comment by ${comment.author.name}`} className="flex flex-col gap-1">
        <details>
          <summary className="cursor-pointer text-sm italic text-zinc-600 dark:text-zinc-400">Comment from a muted user. Show it</summary>
          <div className="mt-2">
            <CommentItem comment={{ ...comment, mutedByViewer: false }} viewer={viewer} articleId={articleId} now={now} onOptimistic={onOptimistic} closed={closed} />
          </div>
        </details>
      </article>
    );
  }

  return (
    <article id={`comment-${comment.id}`} aria-label={`Comment by ${comment.author.name}`} className={`flex scroll-mt-6 flex-col gap-1 ${comment.optimistic ? 'opacity-60' : ''}`}>
      <header className="flex flex-wrap items-baseline gap-x-2 text-sm">
        {comment.pinned && <span className="rounded bg-brand-600 px-1.5 text-xs font-semibold uppercase text-white">Pinned</span>}
        {comment.author.handle ? (
          <a href={`/people/${comment.author.handle}`} className="inline-flex items-center gap-1.5 self-center font-semibold hover:underline">
            <Avatar name={comment.author.name} handle={comment.author.handle} choice={comment.author.avatar} size={22} />
            {comment.author.name}
          </a>
        ) : (
          <span className="font-semibold">{comment.author.name}</span>
        )}
        {comment.author.badges.map((b) => (
          <span key={b} className="rounded border border-zinc-400 px-1.5 text-xs font-semibold dark:border-zinc-500">
            {BADGE_LABEL[b]}
          </span>
        ))}
        {comment.staffPick && <span className="rounded bg-amber-200 px-1.5 text-xs font-semibold text-amber-950">Staff pick</span>}
        {comment.replyTo && (
          <a href={`#comment-${comment.replyTo.id}`} className="text-zinc-600 underline dark:text-zinc-400">
            in reply to @{comment.replyTo.name}
          </a>
        )}
        <span className="text-zinc-600 dark:text-zinc-400">
          {comment.optimistic ? 'Posting…' : <RelativeTime iso={comment.createdAt} now={now} />}
          {comment.editedAt && comment.status !== 'deleted' && <> · edited</>}
        </span>
        {isModerator(viewer) && comment.status !== 'published' && (
          <span className="rounded bg-zinc-200 px-1.5 text-xs uppercase dark:bg-zinc-700">{comment.status === 'shadowed' ? 'shadow banned' : comment.status}</span>
        )}
      </header>
      <Placeholder comment={comment} viewer={viewer} />
      {comment.body !== null && comment.status !== 'deleted' && <CommentBody text={comment.body} spoilers={comment.hasSpoilers} mentions={comment.mentions} />}
      {!comment.optimistic && comment.status !== 'deleted' && (
        <div className="flex flex-wrap items-center gap-x-4 text-sm text-zinc-700 dark:text-zinc-300">
          {live && <LikeButton commentId={comment.id} liked={comment.likedByViewer} likeCount={comment.likeCount} disabled={!viewer || viewer.restricted} />}
          {live && viewer && !viewer.restricted && !closed && (
            <details ref={replyRef} className="open:basis-full">
              <summary className={SUMMARY}>Reply</summary>
              <div className="mt-2 border-l-2 border-zinc-200 pl-4 dark:border-zinc-700">
                <CommentForm articleId={articleId} parentId={comment.id} label={`Reply to ${comment.author.name}`} submitLabel="Post reply" onOptimistic={onOptimistic} onPosted={closeReply} />
              </div>
            </details>
          )}
          {canEdit && comment.body !== null && (
            <details ref={editRef} className="open:basis-full">
              <summary className={SUMMARY}>Edit</summary>
              <EditForm key={comment.body} commentId={comment.id} articleId={articleId} body={comment.body} onClose={closeEdit} />
            </details>
          )}
          {mine && <DeleteButton commentId={comment.id} />}
          {viewer && !mine && (
            <ActionForm action={muteAuthorAction} submitLabel="Mute" buttonClassName="font-medium hover:underline" className="inline-flex items-center gap-2">
              <input type="hidden" name="commentId" value={comment.id} />
            </ActionForm>
          )}
          <ModerationControls comment={comment} viewer={viewer} />
        </div>
      )}
      {comment.replies.length > 0 && (
        <ul aria-label={`Replies to ${comment.author.name}`} className="mt-3 flex flex-col gap-4 border-l-2 border-zinc-200 pl-4 dark:border-zinc-700">
          {comment.replies.map((reply) => (
            <li key={reply.id}>
              <CommentItem comment={reply} viewer={viewer} articleId={articleId} now={now} onOptimistic={onOptimistic} />
            </li>
          ))}
        </ul>
      )}
    </article>
  );
}
