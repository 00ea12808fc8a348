import 'server-only';
import { and, eq, isNotNull, lte, sql } from 'drizzle-orm';
import { getDb, queryRows } from '@/db/client';
import { articleRevisions, articles } from '@/db/schema';
import { recordModerationAction } from './audit-log';
import { announceArticleEdit } from './page-changes';

// Scheduled articles go live when their time comes, with no cron: every instance asks every few seconds
// (lib/newsroom-scheduler.ts), and the one holding the advisory lock publishes. The update itself only
// takes articles still scheduled and due, so even two at once could not publish one twice.
const SCHEDULER_LOCK_ID = 72_616_015;

/** Publishes every scheduled article whose time has come; returns their slugs. */
export async function publishDueArticles(): Promise<string[]> {
  const db = await getDb();
  const slugs = await db.transaction(async (tx) => {
    const [lock] = await queryRows<{ locked: boolean }>(tx, sql`select pg_try_advisory_xact_lock(${SCHEDULER_LOCK_ID}) as locked`);
    if (!lock?.locked) return [];
    const due = await tx
      .update(articles)
      .set({ status: 'published', publishedAt: sql`coalesce(${articles.publishedAt}, ${articles.scheduledAt})`, scheduledAt: null, updatedAt: sql`now()`, version: sql`${articles.version} + 1` })
      .where(and(eq(articles.status, 'scheduled'), isNotNull(articles.scheduledAt), lte(articles.scheduledAt, sql`now()`)))
      .returning({ id: articles.id, slug: articles.slug, version: articles.version });
    for (const article of due) {
      // The revision carries the content as scheduled (the latest one's snapshot), now published; raw SQL:
      // an insert from a select of the same table.
      await tx.execute(sql`insert into ${articleRevisions} (article_id, version, actor_id, status, changed, snapshot)
        select article_id, ${article.version}, null, 'published', '{}', snapshot from ${articleRevisions}
        where article_id = ${article.id} order by id desc limit 1`);
      await recordModerationAction(tx, { actorId: null, action: 'article_publish', articleId: article.id, from: 'scheduled', to: 'published', note: 'on schedule' });
    }
    return due.map((a) => a.slug);
  });
  if (slugs.length) await announceArticleEdit(slugs);
  return slugs;
}
