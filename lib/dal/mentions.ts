import 'server-only';
import { and, asc, desc, eq, inArray, isNotNull, like, notInArray, or, sql } from 'drizzle-orm';
import { getDb, type Tx } from '@/db/client';
import { commentMentions, comments, users } from '@/db/schema';
import { isWordChar, mentionTails, type Mention } from '@/lib/comment-markup';
import { MAX_MENTIONS, MAX_NAME_LENGTH } from '@/lib/limits';
import { escapeLike } from './like-pattern';

// Mentions: "@Mina Park" in a comment names a person. Names are not unique and may hold spaces, so a
// mention is resolved once, when the comment is written: the longest name that follows the "@" up to a
// word's end, preferring the person picked from the suggestions (their handle comes with the form), then
// people in the same thread; a name shared by several others stays plain text. What was resolved is
// stored as a reference (comment_mentions), so the typed name keeps linking to the person after a rename.

export type ResolvedMention = { userId: string; typedName: string; handle: string };


/** The start of a tail that every name it could hold begins with: its first word, or its first character. */
function prefixOf(tail: string): string {
  const word = /^[\p{L}\p{N}]+/u.exec(tail);
  return (word ? word[0] : tail[0]).toLowerCase();
}

/** The people a comment's text mentions, resolved as the module comment says. */
export async function resolveMentions(tx: Tx, input: { articleId: number; text: string; pickedHandles?: readonly string[] }): Promise<ResolvedMention[]> {
  const tails = [...new Set(mentionTails(input.text, MAX_NAME_LENGTH))].slice(0, MAX_MENTIONS * 2);
  if (tails.length === 0) return [];
  const prefixes = [...new Set(tails.map(prefixOf))];
  const people = await tx
    .select({ id: users.id, name: users.name, handle: users.handle })
    .from(users)
    .where(and(isNotNull(users.name), or(...prefixes.map((p) => like(sql`lower(${users.name})`, `${escapeLike(p)}%`)))))
    .limit(500);
  if (people.length === 0) return [];
  const inThread = new Set(
    (
      await tx
        .selectDistinct({ id: comments.authorId })
        .from(comments)
        .where(and(eq(comments.articleId, input.articleId), inArray(comments.authorId, people.map((p) => p.id))))
    ).map((r) => r.id),
  );
  const picked = new Set(input.pickedHandles ?? []);
  const found = new Map<string, ResolvedMention>();
  for (const tail of tails) {
    const lower = tail.toLowerCase();
    const fits = people.filter((p) => lower.startsWith(p.name!.toLowerCase()) && !isWordChar(tail[p.name!.length]));
    const longest = Math.max(0, ...fits.map((p) => p.name!.length));
    const named = fits.filter((p) => p.name!.length === longest);
    const choice =
      named.find((p) => picked.has(p.handle)) ??
      (named.filter((p) => inThread.has(p.id)).length === 1 ? named.find((p) => inThread.has(p.id)) : undefined) ??
      (named.length === 1 ? named[0] : undefined);
    if (choice && !found.has(choice.id)) found.set(choice.id, { userId: choice.id, typedName: tail.slice(0, longest), handle: choice.handle });
    if (found.size >= MAX_MENTIONS) break;
  }
  return [...found.values()];
}

/** The mentions a comment would link if it were posted now (its Preview). */
export async function previewMentions(articleId: number, text: string, pickedHandles: readonly string[]): Promise<Mention[]> {
  const db = await getDb();
  const found = await db.transaction((tx) => resolveMentions(tx, { articleId, text, pickedHandles }));
  return found.map((m) => ({ name: m.typedName, handle: m.handle }));
}

/** Stores what a comment mentions now (a new comment, or an edit that changed the text: `replace`). */
export async function saveMentions(tx: Tx, commentId: number, mentions: readonly ResolvedMention[], replace = true): Promise<void> {
  if (replace) await tx.delete(commentMentions).where(eq(commentMentions.commentId, commentId));
  if (mentions.length > 0) await tx.insert(commentMentions).values(mentions.map((m) => ({ commentId, userId: m.userId, typedName: m.typedName })));
}

export type MentionSuggestion = { name: string; handle: string; inThread: boolean };

/**
 * Names to offer after "@": people who took part in this article's thread first (latest first), then
 * anyone else with a visible comment on the site. Names that start with `query` (case ignored).
 */
export async function suggestMentions(articleId: number, query: string, viewerId: string, limit = 6): Promise<MentionSuggestion[]> {
  const q = query.trim().toLowerCase();
  if (q.length > MAX_NAME_LENGTH) return [];
  const db = await getDb();
  const starts = like(sql`lower(${users.name})`, `${escapeLike(q)}%`);
  const notMe = sql`${users.id} <> ${viewerId}`;
  const thread = await db
    .select({ name: users.name, handle: users.handle, last: sql<Date>`max(${comments.createdAt})` })
    .from(comments)
    .innerJoin(users, eq(users.id, comments.authorId))
    .where(and(eq(comments.articleId, articleId), eq(comments.status, 'published'), starts, notMe))
    .groupBy(users.id)
    .orderBy(desc(sql`max(${comments.createdAt})`))
    .limit(limit);
  const out: MentionSuggestion[] = thread.map((p) => ({ name: p.name!, handle: p.handle, inThread: true }));
  if (out.length < limit && q.length > 0) {
    const taken = thread.map((p) => p.handle);
    const others = await db
      .select({ name: users.name, handle: users.handle })
      .from(users)
      .where(
        and(
          starts,
          notMe,
          taken.length ? notInArray(users.handle, taken) : undefined,
          sql`exists (select 1 from ${comments} where ${comments.authorId} = ${users.id} and ${comments.status} = 'published')`,
        ),
      )
      .orderBy(asc(sql`lower(${users.name})`))
      .limit(limit - out.length);
    out.push(...others.map((p) => ({ name: p.name!, handle: p.handle, inThread: false })));
  }
  return out;
}
