import 'server-only';
import { isModeratorRole, type UserRole } from '@/db/enums';
import { listComments, listOwnThreadState, type CommentPage, type OwnThreadState } from '@/lib/dal/comments';
import { getReactionSummary, type ReactionSummary } from '@/lib/dal/reactions';
import { readAnonymousReactorKey, userReactorKey } from '@/lib/reactor';
import type { CommentSort } from '@/lib/comment-sorts';
import { getViewer, requestSessionClaims, restrictionMessage } from '@/lib/viewer';
import type { Viewer } from '@/lib/dal/users';
import { readSignedInView } from '@/lib/dal/personal-view';

// Everything about a page that differs per visitor; the rest of the page is the shared copy every
// visitor gets (proxy.ts). Served by app/api/personal-view/route.ts to components/personal-view.ts.

/** What differs for this visitor. */
export type PersonalView = {
  viewer: { id: string; name: string; role: UserRole; restricted: boolean; restrictionNote: string | null } | null;
  article: {
    id: number;
    reactions: ReactionSummary;
    /**
     * A moderator's own page of the thread (hidden and held comments, with their controls); for everyone
     * else, what their view adds to the shared page: the comments they like, and their own held or
     * hidden comments.
     */
    thread: { kind: 'page'; page: CommentPage } | ({ kind: 'additions' } & OwnThreadState) | null;
  } | null;
};

/** The personal view of a page, for whoever asks, read from the database (never from the token). */
export async function readPersonalView(input: { articleId?: number; sort?: CommentSort }): Promise<PersonalView> {
  const { articleId } = input;
  // The usual case, a signed-in reader on an article: everything in one statement.
  const claims = articleId ? await requestSessionClaims() : null;
  const signedIn = claims && articleId ? await readSignedInView(claims, articleId, userReactorKey(claims.userId)) : null;
  if (signedIn && articleId) {
    const { viewer, reactions, additions } = signedIn;
    const thread: ThreadPart = additions ? { kind: 'additions', ...additions } : { kind: 'page', page: await listComments(articleId, viewer, { sort: input.sort ?? 'newest' }) };
    return { viewer: personalOf(viewer), article: { id: articleId, reactions, thread } };
  }
  const viewer = await getViewer();
  if (!articleId) return { viewer: viewer && personalOf(viewer), article: null };
  const reactor = viewer ? userReactorKey(viewer.id) : await readAnonymousReactorKey();
  const reader = viewer && { id: viewer.id, role: viewer.role };
  const threadOf = async (): Promise<ThreadPart> => {
    if (!reader) return null;
    if (isModeratorRole(reader.role)) return { kind: 'page', page: await listComments(articleId, reader, { sort: input.sort ?? 'newest' }) };
    return { kind: 'additions', ...(await listOwnThreadState(articleId, reader)) };
  };
  const [reactions, thread] = await Promise.all([getReactionSummary(articleId, reactor), threadOf()]);
  return { viewer: viewer && personalOf(viewer), article: { id: articleId, reactions, thread } };
}

type ThreadPart = NonNullable<PersonalView['article']>['thread'];

function personalOf(viewer: Viewer): NonNullable<PersonalView['viewer']> {
  return {
    id: viewer.id,
    name: viewer.name,
    role: viewer.role,
    restricted: Boolean(viewer.restriction),
    restrictionNote: restrictionMessage(viewer),
  };
}
