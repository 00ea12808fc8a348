import 'server-only';
import { and, desc, eq, lt } from 'drizzle-orm';
import { getDb } from '@/db/client';
import type { ArticleStatus } from '@/db/enums';
import { articleRevisions, articles, authors, users, type ArticleSnapshot } from '@/db/schema';
import { mayView, newsroomActor } from './newsroom-access';
import { saveArticle, type SaveResult } from './newsroom-writes';

// An article's history in the newsroom: every save (who, when, what changed), any two compared, and
// restoring an old version (a new save of its content, so the restore itself is in the history too).

export type RevisionRow = { id: number; version: number; actor: string | null; status: ArticleStatus; changed: string[]; autosave: boolean; createdAt: Date };

const revisionColumns = {
  id: articleRevisions.id,
  version: articleRevisions.version,
  actor: users.name,
  status: articleRevisions.status,
  changed: articleRevisions.changed,
  autosave: articleRevisions.autosave,
  createdAt: articleRevisions.createdAt,
};

async function viewable(actorId: string | null, articleId: number): Promise<boolean> {
  const actor = await newsroomActor(actorId);
  if (!actor) return false;
  const db = await getDb();
  const [row] = await db
    .select({ createdBy: articles.createdBy, bylineUserId: authors.userId })
    .from(articles)
    .innerJoin(authors, eq(authors.id, articles.authorId))
    .where(eq(articles.id, articleId));
  return Boolean(row && mayView(actor, row));
}

/** The article's revisions, newest first (null: not allowed, or no such article). */
export async function listRevisions(actorId: string | null, articleId: number): Promise<RevisionRow[] | null> {
  if (!(await viewable(actorId, articleId))) return null;
  const db = await getDb();
  return db
    .select(revisionColumns)
    .from(articleRevisions)
    .leftJoin(users, eq(users.id, articleRevisions.actorId))
    .where(eq(articleRevisions.articleId, articleId))
    .orderBy(desc(articleRevisions.id))
    .limit(200);
}

/** One revision and the one before it, to compare (null: not allowed, or no such revision of this article). */
export async function getRevisionPair(actorId: string | null, articleId: number, revisionId: number): Promise<{ revision: RevisionRow & { snapshot: ArticleSnapshot }; previous: ArticleSnapshot | null } | null> {
  if (!(await viewable(actorId, articleId))) return null;
  const db = await getDb();
  const [revision] = await db
    .select({ ...revisionColumns, snapshot: articleRevisions.snapshot })
    .from(articleRevisions)
    .leftJoin(users, eq(users.id, articleRevisions.actorId))
    .where(and(eq(articleRevisions.id, revisionId), eq(articleRevisions.articleId, articleId)));
  if (!revision) return null;
  const [previous] = await db
    .select({ snapshot: articleRevisions.snapshot })
    .from(articleRevisions)
    .where(and(eq(articleRevisions.articleId, articleId), lt(articleRevisions.id, revisionId)))
    .orderBy(desc(articleRevisions.id))
    .limit(1);
  return { revision, previous: previous?.snapshot ?? null };
}

/** Makes an old revision's content the article's again (checked against `version`, like any save). */
export async function restoreRevision(actorId: string | null, articleId: number, revisionId: number, version: number): Promise<SaveResult> {
  const db = await getDb();
  const [revision] = await db
    .select({ snapshot: articleRevisions.snapshot })
    .from(articleRevisions)
    .where(and(eq(articleRevisions.id, revisionId), eq(articleRevisions.articleId, articleId)));
  if (!revision) return (await newsroomActor(actorId)) ? { status: 'not_found' } : { status: 'forbidden' };
  return saveArticle(actorId, { id: articleId, version, intent: 'save', content: { ...revision.snapshot }, scheduledAt: null }, { restoredFrom: revisionId });
}
