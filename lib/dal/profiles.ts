import 'server-only';
import { and, count, desc, eq, isNull } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { articles, comments, users } from '@/db/schema';
import { spoilerFreeText } from '@/lib/comment-markup';
import { HANDLE_PATTERN } from '@/lib/validation';

// Public profiles (/people/<handle>): what anyone may know about a commenter. The name, the handle, when
// they joined, whether they are staff, and the comments everyone can already read, with spoilers left
// out. Nothing private: no email, no account id, no standing, nothing held, hidden or shadowed.

export type PublicProfile = {
  name: string;
  handle: string;
  avatar: number | null;
  joinedAt: Date;
  staff: boolean;
  commentCount: number;
  comments: { id: number; text: string; createdAt: Date; article: { slug: string; title: string } }[];
};

const visible = and(eq(comments.status, 'published'), eq(articles.status, 'published'));

/** Whether /people/<handle> is someone's (the proxy answers a real 404 otherwise). */
export async function publicProfileExists(handle: string): Promise<boolean> {
  if (!HANDLE_PATTERN.test(handle)) return false;
  const db = await getDb();
  const [row] = await db.select({ id: users.id }).from(users).where(and(eq(users.handle, handle), isNull(users.erasedAt)));
  return Boolean(row);
}

export async function getPublicProfile(handle: string, limit = 20): Promise<PublicProfile | null> {
  const db = await getDb();
  const [person] = await db
    .select({ id: users.id, name: users.name, handle: users.handle, avatar: users.avatar, joinedAt: users.createdAt, role: users.role })
    .from(users)
    .where(and(eq(users.handle, handle), isNull(users.erasedAt)));
  if (!person) return null;
  const mine = and(eq(comments.authorId, person.id), visible);
  const [[total], recent] = await Promise.all([
    db.select({ n: count() }).from(comments).innerJoin(articles, eq(articles.id, comments.articleId)).where(mine),
    db
      .select({ id: comments.id, body: comments.body, hasSpoilers: comments.hasSpoilers, createdAt: comments.createdAt, slug: articles.slug, title: articles.title })
      .from(comments)
      .innerJoin(articles, eq(articles.id, comments.articleId))
      .where(mine)
      .orderBy(desc(comments.createdAt), desc(comments.id))
      .limit(limit),
  ]);
  return {
    name: person.name ?? 'Reader',
    handle: person.handle,
    avatar: person.avatar,
    joinedAt: person.joinedAt,
    staff: person.role !== 'reader',
    commentCount: total?.n ?? 0,
    comments: recent.map((c) => ({ id: c.id, text: spoilerFreeText(c.body, c.hasSpoilers), createdAt: c.createdAt, article: { slug: c.slug, title: c.title } })),
  };
}

/** The avatar a user picks from the generated set (components/ui/avatar.tsx). */
export async function setAvatar(userId: string, choice: number): Promise<void> {
  const db = await getDb();
  await db.update(users).set({ avatar: choice }).where(eq(users.id, userId));
}

export async function getAvatarChoice(userId: string): Promise<number | null> {
  const db = await getDb();
  const [row] = await db.select({ avatar: users.avatar }).from(users).where(eq(users.id, userId));
  return row?.avatar ?? null;
}
