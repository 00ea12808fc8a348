import 'server-only';
import { eq } from 'drizzle-orm';
import { getDb, type Db, type Tx } from '@/db/client';
import { articleCommentControls, articles } from '@/db/schema';
import { recordModerationAction } from './audit-log';
import { announceArticleChange } from './page-changes';
import { changed, FORBIDDEN, NOT_FOUND, staffRole, unchanged, type ModResult } from './staff';

// Per-article controls of the conversation: close it, slow it down, review everything for a while, and
// say why above the thread. Read by every new comment (./comment-policy.ts) and by the thread itself.

export type ArticleControls = {
  closed: boolean;
  slowModeSeconds: number;
  /** While set and in the future, every new comment on the article is held for review. */
  premoderateUntil: Date | null;
  message: string | null;
};

export const OPEN: ArticleControls = { closed: false, slowModeSeconds: 0, premoderateUntil: null, message: null };

export async function readArticleControls(articleId: number, db?: Db | Tx): Promise<ArticleControls> {
  const handle = db ?? (await getDb());
  const [row] = await handle.select().from(articleCommentControls).where(eq(articleCommentControls.articleId, articleId));
  if (!row) return OPEN;
  return { closed: row.closedAt !== null, slowModeSeconds: row.slowModeSeconds, premoderateUntil: row.premoderateUntil, message: row.message };
}

/** Whether pre-moderation of the article is in force at `now`. */
export const premoderating = (c: ArticleControls, now = new Date()) => c.premoderateUntil !== null && c.premoderateUntil > now;

function describe(c: ArticleControls, now = new Date()): string {
  const parts = [
    c.closed ? 'closed' : 'open',
    c.slowModeSeconds > 0 ? `slow mode ${c.slowModeSeconds} s` : 'no slow mode',
    premoderating(c, now) ? `review everything until ${c.premoderateUntil!.toISOString().slice(0, 16).replace('T', ' ')} UTC` : 'no article review',
  ];
  if (c.message) parts.push(`message “${c.message}”`);
  return parts.join('; ');
}

/**
 * Staff set an article's controls (all of them at once, as the form shows them). One audit entry per
 * change, naming the controls before and after; readers' pages change on every instance.
 */
export async function setArticleControls(actorId: string | null, articleId: number, next: ArticleControls): Promise<ModResult> {
  if (!(await staffRole(actorId))) return FORBIDDEN;
  const db = await getDb();
  const result = await db.transaction(async (tx): Promise<ModResult> => {
    const [article] = await tx.select({ id: articles.id }).from(articles).where(eq(articles.id, articleId)).for('no key update');
    if (!article) return NOT_FOUND;
    const before = await readArticleControls(articleId, tx);
    const after = { ...next, premoderateUntil: premoderating(next) ? next.premoderateUntil : null };
    if (describe(before) === describe(after)) return unchanged;
    const values = {
      closedAt: after.closed ? (before.closed ? undefined : new Date()) : null,
      slowModeSeconds: after.slowModeSeconds,
      premoderateUntil: after.premoderateUntil,
      message: after.message,
      updatedAt: new Date(),
    };
    await tx
      .insert(articleCommentControls)
      .values({ articleId, ...values, closedAt: values.closedAt ?? null })
      .onConflictDoUpdate({ target: articleCommentControls.articleId, set: values });
    await recordModerationAction(tx, { actorId, action: 'article_controls', articleId, from: describe(before), to: describe(after) });
    return changed;
  });
  if (result.status === 'ok' && result.changed) await announceArticleChange(articleId);
  return result;
}

/** An article's id, title and controls by its slug, for staff pages (the queue filtered by article). */
export async function findArticleControls(slug: string): Promise<{ articleId: number; title: string; controls: ArticleControls } | null> {
  const db = await getDb();
  const [article] = await db.select({ id: articles.id, title: articles.title }).from(articles).where(eq(articles.slug, slug));
  if (!article) return null;
  return { articleId: article.id, title: article.title, controls: await readArticleControls(article.id, db) };
}
