import 'server-only';
import { and, asc, desc, eq, gte, ilike, lt, or, sql, type SQL } from 'drizzle-orm';
import { getDb } from '@/db/client';
import type { ArticleStatus } from '@/db/enums';
import { articles, articleTags, authors, categories, tags, type ArticleSnapshot } from '@/db/schema';
import { cursorAt, parseTimestampCursor } from './keyset';
import { escapeLike } from './like-pattern';
import { mayEdit, mayView, newsroomActor, type NewsroomActor } from './newsroom-access';

// What the newsroom reads: its list of articles (writers see their own), one article as the editor
// opens it, and the choices its form offers.

export const NEWSROOM_PAGE_SIZE = 25;

export type NewsroomFilter = { status?: ArticleStatus; q?: string; authorId?: number; updatedSince?: Date; after?: string };
export type NewsroomRow = {
  id: number;
  title: string;
  slug: string;
  status: ArticleStatus;
  author: string;
  category: string;
  updatedAt: Date;
  scheduledAt: Date | null;
  publishedAt: Date | null;
};

/** A page of articles, most recently updated first (null: not a newsroom member). */
export async function listNewsroomArticles(actorId: string | null, filter: NewsroomFilter): Promise<{ rows: NewsroomRow[]; next: string | null } | null> {
  const actor = await newsroomActor(actorId);
  if (!actor) return null;
  const db = await getDb();
  const cursor = parseTimestampCursor(filter.after);
  const where: (SQL | undefined)[] = [
    actor.editor ? undefined : or(eq(articles.createdBy, actor.id), eq(authors.userId, actor.id)),
    filter.status ? eq(articles.status, filter.status) : undefined,
    filter.q ? ilike(articles.title, `%${escapeLike(filter.q)}%`) : undefined,
    filter.authorId ? eq(articles.authorId, filter.authorId) : undefined,
    filter.updatedSince ? gte(articles.updatedAt, filter.updatedSince) : undefined,
    cursor ? or(lt(articles.updatedAt, cursor.at), and(eq(articles.updatedAt, cursor.at), lt(articles.id, cursor.id))) : undefined,
  ];
  const rows = await db
    .select({
      id: articles.id,
      title: articles.title,
      slug: articles.slug,
      status: articles.status,
      author: authors.name,
      category: categories.name,
      updatedAt: articles.updatedAt,
      scheduledAt: articles.scheduledAt,
      publishedAt: articles.publishedAt,
      cursor: cursorAt(articles.updatedAt),
    })
    .from(articles)
    .innerJoin(authors, eq(authors.id, articles.authorId))
    .innerJoin(categories, eq(categories.id, articles.categoryId))
    .where(and(...where))
    .orderBy(desc(articles.updatedAt), desc(articles.id))
    .limit(NEWSROOM_PAGE_SIZE + 1);
  const page = rows.slice(0, NEWSROOM_PAGE_SIZE);
  const last = page.at(-1);
  return { rows: page.map(({ cursor: _cursor, ...row }) => row), next: rows.length > NEWSROOM_PAGE_SIZE && last ? `${last.cursor}_${last.id}` : null };
}

export type EditableArticle = ArticleSnapshot & {
  id: number;
  version: number;
  status: ArticleStatus;
  scheduledAt: Date | null;
  publishedAt: Date | null;
  updatedAt: Date;
  createdBy: string | null;
  /** What this actor may do with it. */
  editable: boolean;
};

/** The article as the editor opens it: 'forbidden' for someone who may not see it, null when there is none. */
export async function getArticleForEditing(actorId: string | null, id: number): Promise<EditableArticle | 'forbidden' | null> {
  const actor = await newsroomActor(actorId);
  if (!actor) return 'forbidden';
  const db = await getDb();
  const [row] = await db
    .select({ article: articles, bylineUserId: authors.userId })
    .from(articles)
    .innerJoin(authors, eq(authors.id, articles.authorId))
    .where(eq(articles.id, id));
  if (!row) return null;
  const a = row.article;
  const access = { createdBy: a.createdBy, bylineUserId: row.bylineUserId, status: a.status };
  if (!mayView(actor, access)) return 'forbidden';
  const tagRows = await db.select({ name: tags.name }).from(articleTags).innerJoin(tags, eq(tags.id, articleTags.tagId)).where(eq(articleTags.articleId, id)).orderBy(asc(tags.name));
  return {
    id: a.id,
    version: a.version,
    status: a.status,
    scheduledAt: a.scheduledAt,
    publishedAt: a.publishedAt,
    updatedAt: a.updatedAt,
    createdBy: a.createdBy,
    title: a.title,
    slug: a.slug,
    dek: a.dek,
    body: a.body,
    categoryId: a.categoryId,
    authorId: a.authorId,
    tags: tagRows.map((t) => t.name),
    heroImage: a.heroImage,
    heroAlt: a.heroAlt,
    heroCredit: a.heroCredit,
    video: a.video,
    watchCta: a.watchCta,
    editable: mayEdit(actor, access),
  };
}

export type NewsroomChoices = {
  actor: NewsroomActor;
  categories: { id: number; name: string }[];
  authors: { id: number; name: string; userId: string | null }[];
  tags: string[];
};

/** The categories, bylines and tags the editor's form offers (null: not a newsroom member). */
export async function getNewsroomChoices(actorId: string | null): Promise<NewsroomChoices | null> {
  const actor = await newsroomActor(actorId);
  if (!actor) return null;
  const db = await getDb();
  const [categoryRows, authorRows, tagRows] = await Promise.all([
    db.select({ id: categories.id, name: categories.name }).from(categories).orderBy(asc(categories.position), asc(categories.name)),
    db.select({ id: authors.id, name: authors.name, userId: authors.userId }).from(authors).orderBy(asc(authors.name)),
    // The most used tags first, so the suggestions start with the likely ones.
    db
      .select({ name: tags.name })
      .from(tags)
      .leftJoin(articleTags, eq(articleTags.tagId, tags.id))
      .groupBy(tags.id)
      .orderBy(desc(sql`count(${articleTags.articleId})`), asc(tags.name))
      .limit(500),
  ]);
  return { actor, categories: categoryRows, authors: authorRows, tags: tagRows.map((t) => t.name) };
}
