'use client';

import Link from 'next/link';
import { useCallback, useOptimistic, useState, useTransition } from 'react';
import { usePersonalView, viewForArticle } from '@/components/personal-view';
import type { PersonalView } from '@/lib/personal-view';
import { idle } from '@/lib/action-state';
import { loadMoreComments } from '@/lib/actions/comments';
import type { CommentSort } from '@/lib/comment-sorts';
import type { CommentPage, CommentView } from '@/lib/dal/comments';
import { ArticleControlsForm } from '@/components/moderation/article-controls-form';
import { CommentForm } from './comment-form';
import { CommentItem } from './comment-item';
import { useLiveThread, withLatest, type LiveThread } from './use-live-thread';
import { isModerator, type ThreadControls, type ThreadViewer } from './types';


type Props = {
  articleId: number;
  sort: CommentSort;
  firstPage: CommentPage;
  viewer: ThreadViewer;
  now: string;
  loadMoreHref: string | null;
  closed: boolean;
  live: LiveThread;
};
type Gate = { restrictionNote: string | null; signInHref: string; signUpHref: string; controls: ThreadControls };
type Shown = CommentView & { optimistic?: boolean };

let optimisticId = -1;

function withOptimistic(comments: Shown[], next: { body: string; hasSpoilers: boolean; parentId: number | null; viewer: NonNullable<ThreadViewer>; now: string }): Shown[] {
  const draft: Shown = {
    id: optimisticId--,
    parentId: next.parentId,
    // The handle arrives with the saved comment; until then the name is not a link.
    author: { id: next.viewer.id, name: next.viewer.name, badges: [], handle: '', avatar: null },
    body: next.body,
    mentions: [],
    hasSpoilers: next.hasSpoilers,
    status: 'published',
    statusReason: null,
    createdAt: next.now,
    editedAt: null,
    likeCount: 0,
    replyCount: 0,
    reportCount: 0,
    likedByViewer: false,
    mutedByViewer: false,
    replyTo: null,
    pinned: false,
    staffPick: false,
    replies: [],
    optimistic: true,
  };
  if (next.parentId === null) return [draft, ...comments];
  // A reply to a reply joins the thread it is in, as the server will place it.
  const inThread = (c: Shown) => c.id === next.parentId || c.replies.some((r) => r.id === next.parentId);
  return comments.map((c) => (inThread(c) ? { ...c, replies: [...c.replies, { ...draft, parentId: c.id }] } : c));
}

type PersonalThread = NonNullable<PersonalView['article']>['thread'];

/**
 * Everyone's first page as this visitor sees it: their likes marked with current counts, their own
 * hidden comments shown to them with the reason, their held ones in place.
 */
function withPersonalView(shared: CommentPage, thread: PersonalThread, viewerId: string | undefined): CommentPage {
  if (!thread) return shared;
  if (thread.kind === 'page') return thread.page; // a moderator's own page
  const likes = new Map(thread.liked.map((l) => [l.id, l.likeCount]));
  const own = new Map(thread.own.map((c) => [c.id, c]));
  const mine = new Set(thread.mine);
  const muted = new Set(thread.muted);
  const onPage = new Set(shared.comments.flatMap((c) => [c.id, ...c.replies.map((r) => r.id)]));
  const held = thread.own.filter((c) => !onPage.has(c.id)); // held for review: not on everyone's page
  const personal = (c: CommentView): CommentView => {
    const base = own.get(c.id) ?? c;
    const author = mine.has(c.id) && viewerId ? { ...base.author, id: viewerId } : base.author;
    return {
      ...base,
      author,
      likedByViewer: likes.has(c.id),
      likeCount: likes.get(c.id) ?? base.likeCount,
      mutedByViewer: muted.has(c.id),
      replies: c.replies.map(personal),
    };
  };
  const comments = shared.comments.map((c) => {
    const shown = personal(c);
    return { ...shown, replies: [...shown.replies, ...held.filter((r) => r.parentId === c.id)] };
  });
  // Their own comments awaiting review go first: they are theirs, and recent.
  return { ...shared, comments: [...held.filter((c) => c.parentId === null), ...comments] };
}

/**
 * The thread, with the sign-in invitation or the restriction notice above it. `personalized`: the
 * server rendered it knowing the visitor; when it did not (the shared copy), the visitor's own view of
 * the first page (their likes, their pending comments, a moderator's controls) comes from their
 * personal view.
 */
export function CommentThread(props: Omit<Props, 'closed' | 'live'> & Gate & { personalized: boolean }) {
  // One stream per page, whoever turns out to be reading it (the thread below remounts once the
  // visitor is known).
  const live = useLiveThread(props.articleId, props.sort);
  const personal = viewForArticle(usePersonalView(props.firstPage), props.articleId, props.personalized);
  const viewer: ThreadViewer = personal ? personal.viewer : props.viewer;
  const restrictionNote = personal ? (personal.viewer?.restrictionNote ?? null) : props.restrictionNote;
  return (
    <>
      {isModerator(viewer) && (
        <details className="mb-6 rounded-lg border border-zinc-200 p-3 dark:border-zinc-700">
          <summary className="cursor-pointer text-sm font-semibold">Comment settings for this article</summary>
          <div className="mt-3">
            <ArticleControlsForm articleId={props.articleId} controls={props.controls} now={props.now} />
          </div>
        </details>
      )}
      {!viewer && !props.controls.closed && (
        <p className="mb-6 rounded-lg bg-zinc-50 p-4 dark:bg-zinc-900">
          Sign in to join the conversation.{' '}
          <Link href={props.signInHref} className="font-semibold text-brand-700 underline dark:text-brand-500">
            Sign in
          </Link>{' '}
          or{' '}
          <Link href={props.signUpHref} className="font-semibold text-brand-700 underline dark:text-brand-500">
            create an account
          </Link>
          .
        </p>
      )}
      {restrictionNote && (
        <p role="note" className="mb-6 rounded-lg bg-amber-50 p-4 text-amber-900 dark:bg-amber-950 dark:text-amber-200">
          {restrictionNote}
        </p>
      )}
      <Thread
        key={personal ? 'personal' : 'page'}
        articleId={props.articleId}
        sort={props.sort}
        firstPage={personal ? withPersonalView(props.firstPage, personal.article.thread, personal.viewer?.id) : props.firstPage}
        viewer={viewer}
        now={props.now}
        loadMoreHref={props.loadMoreHref}
        closed={props.controls.closed}
        live={live}
      />
    </>
  );
}

function Thread({ articleId, sort, firstPage, viewer, now, loadMoreHref, closed, live }: Props) {
  // Later pages are appended here; the first page always comes fresh from the server.
  const [more, setMore] = useState<CommentPage[]>([]);
  const [loading, startLoading] = useTransition();
  const nextCursor = (more.at(-1) ?? firstPage).nextCursor;
  const loaded = [...firstPage.comments, ...more.flatMap((p) => p.comments)];
  // New comments the live stream brought wait behind a button, so the page does not jump under the
  // reader; once revealed they show first. Everything shown is brought up to date as the stream hears.
  const known = new Set(loaded.flatMap((c) => [c.id, ...c.replies.map((r) => r.id)]));
  const heard = [...live.latest.values()]
    // A revealed comment stays in its place when it is hidden or deleted later, as a placeholder.
    .filter((c) => c.parentId === null && (c.status === 'published' || live.revealed.has(c.id)) && !known.has(c.id) && (sort !== 'featured' || c.staffPick))
    .sort((a, b) => b.id - a.id);
  const waiting = heard.filter((c) => !live.revealed.has(c.id));
  const readsHidden = (c: CommentView) => isModerator(viewer) || (viewer !== null && c.author.id === viewer.id);
  const all = [...heard.filter((c) => live.revealed.has(c.id)), ...loaded].map((c) => withLatest(c, live.latest, known, readsHidden));
  const [shown, addOptimistic] = useOptimistic(all, withOptimistic);
  const onOptimistic = useCallback(
    (body: string, parentId: number | null, hasSpoilers: boolean) => viewer && addOptimistic({ body, hasSpoilers, parentId, viewer, now: new Date().toISOString() }),
    [viewer, addOptimistic],
  );

  return (
    <div data-live={live.state} className="flex flex-col gap-6">
      {viewer && !viewer.restricted && !closed && <CommentForm articleId={articleId} label="Add a comment" submitLabel="Post comment" onOptimistic={onOptimistic} />}
      <div aria-live="polite" className="flex justify-center empty:hidden">
        {waiting.length > 0 && (
        <button
          type="button"
          onClick={() => live.reveal(waiting.map((c) => c.id))}
          className="rounded-full bg-brand-600 px-5 py-2 font-semibold text-white hover:bg-brand-700"
        >
          {waiting.length === 1 ? 'Show 1 new comment' : `Show ${waiting.length} new comments`}
        </button>
        )}
      </div>
      {live.state === 'off' && <p className="text-sm text-zinc-600 dark:text-zinc-400">Live updates are paused: reload the page to see new comments.</p>}
      {shown.length === 0 ? (
        <p className="text-zinc-600 dark:text-zinc-400">{sort === 'featured' ? 'No staff picks yet.' : 'No comments yet. Start the conversation.'}</p>
      ) : (
        <ol aria-label="Comments" className="flex flex-col gap-6">
          {shown.map((comment) => (
            <li key={comment.id}>
              <CommentItem comment={comment} viewer={viewer} articleId={articleId} now={now} onOptimistic={onOptimistic} closed={closed} />
            </li>
          ))}
        </ol>
      )}
      {nextCursor && loadMoreHref && (
        <a
          href={loadMoreHref.replace('__CURSOR__', encodeURIComponent(nextCursor))}
          onClick={(event) => {
            event.preventDefault();
            const href = event.currentTarget.href;
            startLoading(async () => {
              const result = await loadMoreComments(idle(), { articleId, sort, cursor: nextCursor });
              // If the action could not answer, the link still can: follow it as a page load.
              if (result.status === 'success' && result.data) setMore((pages) => [...pages, result.data!]);
              else window.location.assign(href);
            });
          }}
          aria-busy={loading}
          className="self-center rounded-full border border-zinc-300 px-5 py-2 font-semibold hover:border-brand-500 dark:border-zinc-700"
        >
          {loading ? 'Loading…' : 'Load more comments'}
        </a>
      )}
    </div>
  );
}
