// Reactions, comments, replies and moderation on one article at once must all go through: every write
// takes counter rows in one order (see adjustCommentCounts), so they wait for each other and never
// deadlock. Real concurrency needs PostgreSQL (PGlite runs one statement at a time); it runs on both.
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb, queryRows } from '@/db/client';
import { users } from '@/db/schema';
import { createComment } from '@/lib/dal/comment-writes';
import { hideComment } from '@/lib/dal/moderation';
import { setReaction } from '@/lib/dal/reactions';
import { REACTION_KINDS } from '@/lib/reactions';
import { counterMismatches } from '../../scripts/lib/integrity';
import { createArticle } from '../support/fixtures';

describe('lock order', () => {
  it('many reactions, comments, replies and hides on one article at once all succeed, with exact counters', async () => {
    const db = await getDb();
    const article = await createArticle();
    const people = await db
      .insert(users)
      .values(Array.from({ length: 20 }, (_, i) => ({ email: `lock-${randomUUID()}@example.test`, name: `Fan ${i}` })))
      .returning();
    const [moderator] = await db.insert(users).values({ email: `mod-${randomUUID()}@example.test`, name: 'Mod', role: 'moderator' }).returning();
    const parents: number[] = [];
    for (let i = 0; i < 4; i++) {
      const c = await createComment({ articleId: article.id, authorId: people[i].id, parentId: null, body: `Parent ${i}` });
      if (c.status === 'ok') parents.push(c.id);
    }

    for (let round = 0; round < 3; round++) {
      const work = [
        ...people.map((p, i) => setReaction(article.id, `u:${p.id}`, REACTION_KINDS[(i + round) % REACTION_KINDS.length])),
        ...Array.from({ length: 20 }, (_, i) => setReaction(article.id, `a:${randomUUID()}`, REACTION_KINDS[i % REACTION_KINDS.length])),
        ...people.map((p, i) => createComment({ articleId: article.id, authorId: p.id, parentId: i % 2 ? parents[i % parents.length] : null, body: `Round ${round} by ${i}` })),
      ];
      const results = await Promise.allSettled(work);
      const failures = results.filter((r) => r.status === 'rejected').map((r) => String((r as PromiseRejectedResult).reason?.cause ?? (r as PromiseRejectedResult).reason));
      expect(failures).toEqual([]);
      // Hide some replies and parents while replies to them arrive.
      const [{ ids }] = await queryRows<{ ids: number[] }>(db, sql`select array_agg(id) as ids from comments where article_id = ${article.id} and parent_id is not null and status = 'published'`);
      const moderation = await Promise.allSettled([
        ...(ids ?? []).slice(0, 5).map((id) => hideComment(moderator.id, id, 'spam', null)),
        ...people.slice(0, 10).map((p, i) => createComment({ articleId: article.id, authorId: p.id, parentId: parents[i % parents.length], body: `Reply ${round}.${i}` })),
      ]);
      expect(moderation.filter((r) => r.status === 'rejected')).toEqual([]);
    }

    // The same checks the concurrency suite and the soak run (scripts/lib/integrity.ts).
    const query = Object.assign(<T,>(text: string) => queryRows<T>(db, sql.raw(text)), { close: async () => undefined });
    expect((await counterMismatches(query)).filter((c) => c.rows > 0)).toEqual([]);
  });
});
