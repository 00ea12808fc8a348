import 'server-only';
import { randomBytes } from 'node:crypto';
import { and, eq, lt, sql } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { editorStash } from '@/db/schema';

// A newsroom form's answer for a browser without JavaScript. Next.js with Cache Components renders a
// plain form post's page without the action's result (vercel/next.js#97784), so the answer is kept here
// and the browser is sent back to the editor with its key: what was typed is shown again, never lost.

const KEY = /^[a-f0-9]{32}$/;

/** Keeps a form's answer for its author; returns the key to show it by. */
export async function stashEditorState(userId: string, state: unknown): Promise<string> {
  const key = randomBytes(16).toString('hex');
  await (await getDb()).insert(editorStash).values({ key, userId, state });
  return key;
}

/** The answer kept under this key, for its author only (null for anyone else, or once swept). */
export async function readEditorStash<T>(userId: string, key: string): Promise<T | null> {
  if (!KEY.test(key)) return null;
  const [row] = await (await getDb())
    .select({ state: editorStash.state })
    .from(editorStash)
    .where(and(eq(editorStash.key, key), eq(editorStash.userId, userId)));
  return (row?.state as T | undefined) ?? null;
}

/** Drops answers older than a day (the housekeeping sweep). */
export async function deleteOldEditorStashes(): Promise<number> {
  const gone = await (await getDb())
    .delete(editorStash)
    .where(lt(editorStash.createdAt, sql`now() - interval '1 day'`))
    .returning({ key: editorStash.key });
  return gone.length;
}
