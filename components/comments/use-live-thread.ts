'use client';

import { useCallback, useEffect, useState } from 'react';
import { idle } from '@/lib/action-state';
import { loadMoreComments } from '@/lib/actions/comments';
import type { CommentSort } from '@/lib/comment-sorts';
import type { CommentView } from '@/lib/dal/comments';
import type { LiveMessage } from '@/lib/live-threads';

export type LiveState = 'connecting' | 'live' | 'off';

/** Everything the live stream taught this page: the latest version of each comment it heard of. */
export type LiveThread = { state: LiveState; latest: Map<number, CommentView>; revealed: Set<number>; reveal: (ids: number[]) => void };

/** Tells the reaction bar of this article the counts the live stream heard (components/reaction-bar.tsx). */
export const REACTIONS_EVENT = 'hallyu:live-reactions';

/**
 * Listens to the article's live stream (app/api/articles/[id]/live) while the page is open. The stream
 * reconnects by itself (EventSource) and, back after a cut, is told to resync: the first page is read
 * once more, so nothing is missed; every update is a comment's whole current state, so nothing counts
 * twice. A refused stream (the server is full) leaves the page as it is: a reload shows what is new.
 */
export function useLiveThread(articleId: number, sort: CommentSort): LiveThread {
  const [state, setState] = useState<LiveState>('connecting');
  const [latest, setLatest] = useState(() => new Map<number, CommentView>());
  const [revealed, setRevealed] = useState(() => new Set<number>());
  const learn = useCallback((comments: CommentView[]) => {
    setLatest((known) => {
      const next = new Map(known);
      for (const c of comments) {
        next.set(c.id, c);
        for (const r of c.replies) next.set(r.id, r);
      }
      return next;
    });
  }, []);

  useEffect(() => {
    const events = new EventSource(`/api/articles/${articleId}/live`);
    events.onopen = () => setState('live');
    events.onerror = () => setState(events.readyState === EventSource.CLOSED ? 'off' : 'connecting');
    events.addEventListener('comments', (e) => learn((JSON.parse((e as MessageEvent).data) as Extract<LiveMessage, { type: 'comments' }>).comments));
    events.addEventListener('reactions', (e) => {
      const { counts } = JSON.parse((e as MessageEvent).data) as Extract<LiveMessage, { type: 'reactions' }>;
      window.dispatchEvent(new CustomEvent(REACTIONS_EVENT, { detail: { articleId, counts } }));
    });
    events.addEventListener('resync', () => {
      void loadMoreComments(idle(), { articleId, sort, cursor: '' }).then((result) => {
        if (result.status === 'success' && result.data) learn(result.data.comments);
      });
    });
    return () => events.close();
  }, [articleId, sort, learn]);

  const reveal = useCallback((ids: number[]) => setRevealed((shown) => new Set([...shown, ...ids])), []);
  return { state, latest, revealed, reveal };
}

/**
 * A comment as shown, brought up to date by what the stream heard: its text, status and counts from the
 * public version; what only this viewer knows (their like, their mute, the text of their own or, for
 * staff, hidden comments) kept.
 */
export function withLatest(c: CommentView, latest: Map<number, CommentView>, known: Set<number>, readsHidden: (c: CommentView) => boolean): CommentView {
  const fresh = latest.get(c.id);
  const updated: CommentView = fresh
    ? {
        ...c,
        // The author's current name and badges (a rename, an erased account); the account id stays as
        // this page knew it (the public version names none).
        author: { ...c.author, name: fresh.author.name, handle: fresh.author.handle, badges: fresh.author.badges, avatar: fresh.author.avatar },
        // The public version of a hidden comment has no text; its author and staff still read it.
        body: fresh.body ?? (fresh.status === 'hidden' && readsHidden(c) ? c.body : null),
        mentions: fresh.body !== null ? fresh.mentions : c.mentions,
        status: fresh.status,
        hasSpoilers: fresh.hasSpoilers,
        editedAt: fresh.editedAt,
        likeCount: fresh.likeCount,
        replyCount: fresh.replyCount,
        pinned: fresh.pinned,
        staffPick: fresh.staffPick,
      }
    : c;
  // Replies the stream heard of that this page does not show yet join their thread in place.
  const heard = [...latest.values()].filter((r) => r.parentId === c.id && !known.has(r.id) && r.status === 'published');
  return { ...updated, replies: [...updated.replies.map((r) => withLatest(r, latest, known, readsHidden)), ...heard] };
}
