import 'server-only';
import { sql } from 'drizzle-orm';
import { getDb, queryRows } from '@/db/client';
import { isModeratorRole } from '@/db/enums';
import { sessions, users } from '@/db/schema';
import { ownThreadStateOf, ownThreadStateSql, type OwnThreadState, type OwnThreadStateRow } from './comments';
import { reactionSummaryOf, reactionSummarySql, type ReactionSummary, type ReactionSummaryRow } from './reactions';
import { liveSession, viewerOf, type Role, type Viewer } from './users';

type ViewerRow = {
  id: string;
  name: string | null;
  email: string;
  role: Role;
  handle: string;
  created_at: string;
  banned_at: string | null;
  suspended_until: string | null;
  restriction_reason: string | null;
};

type Row = ReactionSummaryRow & {
  viewer: ViewerRow | null;
  liked: OwnThreadStateRow['liked'] | null;
  own: OwnThreadStateRow['own'] | null;
  mine_ids: number[] | null;
  muted_ids: number[] | null;
};

const date = (value: string | null) => (value === null ? null : new Date(value));

/**
 * A signed-in person's personal view of an article in one statement: who the session's owner is (the
 * session row must still be live, as for every signed-in request), the reaction counts with theirs
 * (`reactorKey`), and for a reader what their view adds to the thread. Staff get `additions: null`: their
 * thread is a page of its own (listComments). Null when the session has ended.
 *
 * One statement, not three: on the embedded database every statement waits its turn on the one
 * connection, so under load a page load's personal view queued three times. Raw SQL: a CTE whose row
 * decides whether the thread lists are read, which the builder cannot combine this way.
 */
export async function readSignedInView(
  claims: { userId: string; sessionId: string },
  articleId: number,
  reactorKey: string,
): Promise<{ viewer: Viewer; reactions: ReactionSummary; additions: OwnThreadState | null } | null> {
  const db = await getDb();
  const summary = reactionSummarySql(articleId, reactorKey);
  const reader = { id: claims.userId, role: 'reader' as const };
  const lists = ownThreadStateSql(articleId, reader);
  // Moderators see every comment, so they get the whole page; everyone else the shared one plus their own.
  const isReader = sql`(select role from viewer) not in ('moderator', 'admin')`;
  const [row] = await queryRows<Row>(
    db,
    sql`with viewer as (
          select ${users.id}, ${users.name}, ${users.email}, ${users.role}, ${users.handle}, ${users.createdAt}, ${users.bannedAt}, ${users.suspendedUntil}, ${users.restrictionReason}
          from ${sessions} join ${users} on ${users.id} = ${sessions.userId}
          where ${liveSession(claims.userId, claims.sessionId)})
        select (select row_to_json(viewer) from viewer) as viewer, ${summary.counts} as counts, ${summary.mine} as mine,
               case when ${isReader} then ${lists.liked} end as liked,
               case when ${isReader} then ${lists.own} end as own,
               case when ${isReader} then ${lists.mine} end as mine_ids,
               case when ${isReader} then ${lists.muted} end as muted_ids`,
  );
  if (!row.viewer) return null;
  const v = row.viewer;
  const viewer = viewerOf({
    id: v.id,
    name: v.name,
    email: v.email,
    role: v.role,
    handle: v.handle,
    createdAt: new Date(v.created_at),
    bannedAt: date(v.banned_at),
    suspendedUntil: date(v.suspended_until),
    restrictionReason: v.restriction_reason,
  });
  const additions = !isModeratorRole(v.role) ? ownThreadStateOf({ liked: row.liked ?? [], own: row.own ?? [], mine: row.mine_ids ?? [], muted: row.muted_ids ?? [] }, reader) : null;
  return { viewer, reactions: reactionSummaryOf(row), additions };
}
