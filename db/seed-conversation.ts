// The demo community: a dozen fans talking under most articles, with replies and likes, and the cases a
// moderator meets on a normal day (a hidden spam comment, two reported ones, one held for a banned word,
// one suspended reader). Rows are written plainly; every counter is then derived from them in SQL, so
// they are exact by construction.
import { sql } from 'drizzle-orm';
import type { Tx } from './client';
import * as t from './schema';
import { BANNED_WORD, FANS, type Flavour, HELD_LINE, HIDDEN_LINE, REPLY_LINES, REPORTED_LINES, SUSPENDED_FAN, TOP_LEVEL_LINES } from './seed-data/conversation';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

export type ConversationArticle = { id: number; subject: string; flavour: Flavour; publishedAt: Date };
type Staff = { moderatorId: string; adminId: string };
type NewComment = typeof t.comments.$inferInsert;

/** A small deterministic random source, so every fresh demo database tells the same story. */
function randomSource(seed: number) {
  let s = seed >>> 0;
  const next = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let x = Math.imul(s ^ (s >>> 15), 1 | s);
    x ^= x + Math.imul(x ^ (x >>> 7), 61 | x);
    return ((x ^ (x >>> 14)) >>> 0) / 4_294_967_296;
  };
  const pick = <T,>(list: readonly T[]) => list[Math.floor(next() * list.length)];
  /** The list in a random order (Fisher–Yates). */
  const shuffled = <T,>(list: readonly T[]) => {
    const copy = [...list];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [copy[i], copy[j]] = [copy[j], copy[i]];
    }
    return copy;
  };
  return { next, pick, shuffled };
}

/** How many comments the article at this rank (0 = newest) gets: 40 on the newest, at least 3, none on every sixth. */
export function demoCommentCount(rank: number): number {
  return rank % 6 === 5 ? 0 : Math.max(3, Math.round(40 * 0.88 ** rank));
}

export async function seedDemoConversation(tx: Tx, articles: ConversationArticle[], staff: Staff, now: Date): Promise<void> {
  const rnd = randomSource(2026);
  const fans = await tx
    .insert(t.users)
    .values([...FANS.map((f, i) => ({ ...f, createdAt: new Date(now.getTime() - (200 - i * 9) * 24 * HOUR) }))])
    .returning({ id: t.users.id });
  const fanIds = fans.map((f) => f.id);
  const [suspended] = await tx
    .insert(t.users)
    .values({
      name: SUSPENDED_FAN.name,
      email: SUSPENDED_FAN.email,
      suspendedUntil: new Date(now.getTime() + (SUSPENDED_FAN.days - 1) * 24 * HOUR),
      restrictionReason: SUSPENDED_FAN.reason,
      createdAt: new Date(now.getTime() - 40 * 24 * HOUR),
    })
    .returning({ id: t.users.id });

  // A time after `from` and before now, so nothing is dated in the future.
  const after = (from: Date, withinHours: number) => {
    const latest = Math.min(from.getTime() + withinHours * HOUR, now.getTime() - 2 * MINUTE);
    return new Date(from.getTime() + rnd.next() * Math.max(MINUTE, latest - from.getTime()));
  };
  const say = (line: string, subject: string) => line.replaceAll('{subject}', subject);

  // Top-level comments first (their ids are needed by the replies), then replies to them.
  const topLevel: NewComment[] = [];
  const replyPlan: { parentIndex: number; row: Omit<NewComment, 'parentId'> }[] = [];
  articles.forEach((article, rank) => {
    const count = demoCommentCount(rank);
    // Dealt from a shuffled deck, so a line comes back under one article only once the deck runs out.
    const lines = rnd.shuffled(article.flavour === 'general' ? TOP_LEVEL_LINES.general : [...TOP_LEVEL_LINES.general, ...TOP_LEVEL_LINES[article.flavour]]);
    const firstIndex = topLevel.length;
    const tops = Math.max(1, Math.round(count * 0.7));
    for (let i = 0; i < tops; i++) {
      topLevel.push({ articleId: article.id, authorId: rnd.pick(fanIds), body: say(lines[i % lines.length], article.subject), createdAt: after(article.publishedAt, 72) });
    }
    for (let i = tops; i < count; i++) {
      const parentIndex = firstIndex + Math.floor(rnd.next() * Math.min(tops, 6)); // the first few threads get the replies
      replyPlan.push({ parentIndex, row: { articleId: article.id, authorId: rnd.pick(fanIds), body: rnd.pick(REPLY_LINES) } });
    }
  });

  // The moderation cases, on the newest articles so they sit beside the busiest threads; the spoiler
  // under the newest article about a drama.
  const [first, second] = articles;
  const drama = articles.find((a, rank) => rank > 0 && a.flavour === 'drama') ?? second;
  const cases = {
    hidden: { articleId: second.id, authorId: suspended.id, body: HIDDEN_LINE, status: 'hidden', statusReason: 'spam', createdAt: after(second.publishedAt, 2) },
    held: { articleId: first.id, authorId: fanIds[9], body: HELD_LINE, status: 'pending', createdAt: after(first.publishedAt, 1) },
    reported: REPORTED_LINES.map((r, i) => {
      const article = i === 0 ? first : drama;
      return { articleId: article.id, authorId: fanIds[10 + i], body: say(r.text, article.subject), createdAt: after(article.publishedAt, 3) };
    }),
  } satisfies Record<string, NewComment | NewComment[]>;

  const topIds = await tx.insert(t.comments).values(topLevel).returning({ id: t.comments.id, createdAt: t.comments.createdAt });
  const [hidden, held, ...reported] = await tx
    .insert(t.comments)
    .values([cases.hidden, cases.held, ...cases.reported])
    .returning({ id: t.comments.id, authorId: t.comments.authorId });
  if (replyPlan.length) {
    await tx.insert(t.comments).values(
      replyPlan.map(({ parentIndex, row }) => ({ ...row, parentId: topIds[parentIndex].id, createdAt: after(topIds[parentIndex].createdAt, 24) })),
    );
  }

  // Likes: up to eight distinct fans per published comment, never the author's own.
  const published = await tx.select({ id: t.comments.id, authorId: t.comments.authorId }).from(t.comments).where(sql`${t.comments.status} = 'published'`);
  const likes = published.flatMap((c) => {
    const n = Math.floor(rnd.next() ** 2 * 9);
    return fanIds.filter((id) => id !== c.authorId).slice(0, n).map((userId) => ({ commentId: c.id, userId }));
  });
  if (likes.length) await tx.insert(t.commentLikes).values(likes);

  // Reports stay open (the Reported queue), below the auto-hide threshold.
  await tx.insert(t.commentReports).values(
    REPORTED_LINES.flatMap((r, i) =>
      fanIds.slice(0, r.reporters).map((reporterId) => ({ commentId: reported[i].id, reporterId, reason: r.reason, createdAt: now })),
    ),
  );
  await tx.insert(t.bannedWords).values({ word: BANNED_WORD, createdBy: staff.adminId });
  await tx.insert(t.moderationActions).values([
    { actorId: staff.adminId, action: 'add_banned_word', note: BANNED_WORD, createdAt: new Date(now.getTime() - 30 * 24 * HOUR) },
    { actorId: null, action: 'hold', commentId: held.id, targetUserId: held.authorId, toStatus: 'pending', note: 'Contains a banned word' },
    { actorId: staff.moderatorId, action: 'hide', commentId: hidden.id, targetUserId: hidden.authorId, fromStatus: 'published', toStatus: 'hidden', reason: 'spam', note: 'Advertising' },
    { actorId: staff.moderatorId, action: 'suspend', targetUserId: suspended.id, toStatus: `${SUSPENDED_FAN.days}d`, note: SUSPENDED_FAN.reason },
  ]);

  await deriveConversationCounters(tx);
}

/** Sets every comment counter from the rows it counts (the demo database starts with none). */
async function deriveConversationCounters(tx: Tx) {
  // Counters derived from whole tables in one statement each: the builder cannot say UPDATE … FROM (subquery).
  await tx.execute(sql`update comments p set reply_count = x.n
    from (select parent_id, count(*)::int as n from comments where parent_id is not null and status = 'published' group by 1) x
    where x.parent_id = p.id`);
  await tx.execute(sql`update comments c set like_count = x.n
    from (select comment_id, count(*)::int as n from comment_likes group by 1) x where x.comment_id = c.id`);
  await tx.execute(sql`update comments c set report_count = x.n
    from (select comment_id, count(*)::int as n from comment_reports where resolved_at is null group by 1) x where x.comment_id = c.id`);
  await tx.execute(sql`update article_stats s set comment_count = x.n
    from (select article_id, count(*)::int as n from comments where status = 'published' group by 1) x where x.article_id = s.article_id`);
  await tx.execute(sql`insert into article_activity_daily (article_id, day, comments)
    select article_id, (created_at at time zone 'UTC')::date, count(*) from comments where status = 'published' group by 1, 2
    on conflict (article_id, day) do update set comments = excluded.comments`);
}
