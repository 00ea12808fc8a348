// Drives one real server action of each access level directly (signed out, restricted, invalid input,
// success) and checks what was written: nothing where the call was refused. The request (session,
// cookies, headers) is simulated; the actions, the wrapper, the data layer and the database are real.
import { eq, sql } from 'drizzle-orm';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { getDb, queryRows } from '@/db/client';
import { bannedWords, comments, users } from '@/db/schema';
import { idle } from '@/lib/action-state';
import { createArticle } from '../support/fixtures';

const request = vi.hoisted(() => ({ userId: null as string | null, cookies: new Map<string, string>(), sessions: new Map<string, string>() }));

vi.mock('next/headers', () => ({
  cookies: async () => ({
    has: (name: string) => (name === 'authjs.session-token' ? request.userId !== null : request.cookies.has(name)),
    get: (name: string) => (request.cookies.has(name) ? { name, value: request.cookies.get(name) } : undefined),
    set: (name: string, value: string) => void request.cookies.set(name, value),
  }),
  headers: async () => new Headers({ 'x-hallyu-client-address': '127.0.0.9' }),
}));
vi.mock('@/lib/auth', () => ({
  // Each person has a real session row (lib/dal/sessions.ts): the token's claims are simulated, not the check.
  sessionClaims: async () => (request.userId ? { userId: request.userId, sessionId: request.sessions.get(request.userId) ?? 'none' } : null),
  signIn: vi.fn(),
  signOut: vi.fn(),
}));
vi.mock('next/cache', () => ({ refresh: vi.fn(), revalidateTag: vi.fn(), updateTag: vi.fn() }));

process.env.AUTH_SECRET = 'test-secret-for-the-reactor-cookie';
const { postComment, removeComment, loadMoreComments } = await import('@/lib/actions/comments');
const { reactToArticle } = await import('@/lib/actions/reactions');
const { hideCommentAction, addBannedWordAction } = await import('@/lib/actions/moderation');
const { defineAction } = await import('@/lib/safe-action');
const { startSession } = await import('@/lib/dal/sessions');
const { log } = await import('@/lib/log');
const { redirect } = await import('next/navigation');
const { z } = await import('zod');

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.append(key, value);
  return data;
};
const as = (userId: string | null) => {
  request.userId = userId;
  request.cookies.clear();
};

let articleId: number;
const people = {} as Record<'reader' | 'banned' | 'moderator' | 'admin', string>;

async function countRows(query: ReturnType<typeof sql>) {
  const [row] = await queryRows<{ n: number }>(await getDb(), query);
  return row.n;
}
const commentsOn = () => countRows(sql`select count(*)::int as n from comments where article_id = ${articleId}`);
const reactionsOn = () => countRows(sql`select count(*)::int as n from article_reactions where article_id = ${articleId}`);

beforeAll(async () => {
  articleId = (await createArticle()).id;
  const db = await getDb();
  const make = async (key: keyof typeof people, values: Partial<typeof users.$inferInsert>) => {
    const [row] = await db.insert(users).values({ email: `${key}-${process.pid}@example.test`, name: `The ${key}`, ...values }).returning();
    people[key] = row.id;
    request.sessions.set(row.id, await startSession(row.id));
  };
  await make('reader', { createdAt: new Date(Date.now() - 7 * 24 * 3600 * 1000) });
  await make('banned', { bannedAt: new Date(), restrictionReason: 'Spam' });
  await make('moderator', { role: 'moderator' });
  await make('admin', { role: 'admin' });
});
beforeEach(() => as(null));

describe('unrestricted: postComment', () => {
  it('refuses a signed-out visitor, keeps the text and writes nothing', async () => {
    const result = await postComment(idle(), form({ articleId: String(articleId), body: 'Hello from nowhere' }));
    expect(result).toMatchObject({ status: 'error', message: 'Sign in to join the conversation.', data: { body: 'Hello from nowhere' } });
    expect(await commentsOn()).toBe(0);
  });

  it('refuses a banned reader with the reason, keeps the text and writes nothing', async () => {
    as(people.banned);
    const result = await postComment(idle(), form({ articleId: String(articleId), body: 'Let me back in' }));
    expect(result.status).toBe('error');
    expect(result.message).toMatch(/banned.*Reason: Spam/);
    expect(result.data).toEqual({ body: 'Let me back in' });
    expect(await commentsOn()).toBe(0);
  });

  it('answers invalid input with field errors and writes nothing', async () => {
    as(people.reader);
    const result = await postComment(idle(), form({ articleId: String(articleId), body: '   ' }));
    expect(result).toMatchObject({ status: 'error', message: 'Your comment was not posted.', fieldErrors: { body: ['Write something first.'] } });
    expect(await postComment(idle(), form({ articleId: String(articleId), body: 'x', isAdmin: 'true' }))).toMatchObject({ status: 'error' });
    expect(await commentsOn()).toBe(0);
  });

  it('posts for a reader in good standing', async () => {
    as(people.reader);
    const result = await postComment(idle(), form({ articleId: String(articleId), body: 'What a finale!' }));
    expect(result).toMatchObject({ status: 'success', message: 'Comment posted.' });
    expect(await commentsOn()).toBe(1);
  });
});

describe('signed-in: removeComment', () => {
  it('refuses a signed-out visitor and deletes nothing; lets a banned author delete their own comment', async () => {
    const db = await getDb();
    const [own] = await db.insert(comments).values({ articleId, authorId: people.banned, body: 'Old words' }).returning();
    expect(await removeComment(idle(), form({ commentId: String(own.id) }))).toMatchObject({ status: 'error', message: 'Sign in to join the conversation.' });
    expect((await db.select().from(comments).where(eq(comments.id, own.id)))[0].status).toBe('published');
    as(people.banned);
    expect(await removeComment(idle(), form({ commentId: 'not-a-number' }))).toMatchObject({ status: 'error', fieldErrors: { commentId: expect.any(Array) } });
    expect(await removeComment(idle(), form({ commentId: String(own.id) }))).toMatchObject({ status: 'success' });
    expect((await db.select().from(comments).where(eq(comments.id, own.id)))[0].status).toBe('deleted');
  });
});

describe('visitor: reactToArticle', () => {
  const react = () => reactToArticle(idle(), form({ articleId: String(articleId), choice: 'set:love' }));

  it('refuses a banned account and writes nothing; refuses nonsense; lets an anonymous visitor react', async () => {
    as(people.banned);
    expect(await react()).toMatchObject({ status: 'error', message: expect.stringMatching(/banned/) });
    expect(await reactionsOn()).toBe(0);
    as(null);
    expect(await reactToArticle(idle(), form({ articleId: String(articleId), choice: 'set:meh' }))).toMatchObject({ status: 'error' });
    expect(await reactionsOn()).toBe(0);
    const result = await react();
    expect(result.status).toBe('success');
    expect(result.data?.counts.love).toBe(1);
    expect(await reactionsOn()).toBe(1);
  });
});

describe('staff: hideCommentAction', () => {
  it('refuses signed-out visitors and readers, answers invalid input, and hides for a moderator', async () => {
    const db = await getDb();
    const [target] = await db.insert(comments).values({ articleId, authorId: people.reader, body: 'Borderline' }).returning();
    const hide = (fields: Record<string, string> = {}) => hideCommentAction(idle(), form({ commentId: String(target.id), reason: 'spam', ...fields }));
    const status = async () => (await db.select().from(comments).where(eq(comments.id, target.id)))[0].status;

    expect(await hide()).toMatchObject({ status: 'error', message: 'Sign in first.' });
    as(people.reader);
    expect(await hide()).toMatchObject({ status: 'error', message: 'You are not allowed to do that.' });
    expect(await status()).toBe('published');
    as(people.moderator);
    expect(await hide({ reason: 'because' })).toMatchObject({ status: 'error', fieldErrors: { reason: ['Choose a reason.'] } });
    expect(await status()).toBe('published');
    expect(await hide()).toMatchObject({ status: 'success', message: 'Comment hidden.' });
    expect(await status()).toBe('hidden');
  });
});

describe('admin: addBannedWordAction', () => {
  it('refuses a moderator and adds nothing; adds for an admin', async () => {
    const db = await getDb();
    as(people.moderator);
    expect(await addBannedWordAction(idle(), form({ word: 'rigged' }))).toMatchObject({ status: 'error', message: 'You are not allowed to do that.' });
    expect(await db.select().from(bannedWords).where(eq(bannedWords.word, 'rigged'))).toHaveLength(0);
    as(people.admin);
    expect(await addBannedWordAction(idle(), form({ word: '!' }))).toMatchObject({ status: 'error', fieldErrors: { word: expect.any(Array) } });
    expect(await addBannedWordAction(idle(), form({ word: 'rigged' }))).toMatchObject({ status: 'success' });
    expect(await db.select().from(bannedWords).where(eq(bannedWords.word, 'rigged'))).toHaveLength(1);
  });
});

describe('anyone: loadMoreComments', () => {
  it('refuses a malformed cursor with field errors and answers a valid request', async () => {
    expect(await loadMoreComments(idle(), { articleId, sort: 'sideways', cursor: 'x' })).toMatchObject({ status: 'error', fieldErrors: { sort: expect.any(Array) } });
    const page = await loadMoreComments(idle(), { articleId, sort: 'newest', cursor: '' });
    expect(page.status).toBe('success');
    expect(page.data?.comments.map((c) => c.body)).toContain('What a finale!');
  });
});

describe('the wrapper: outages, bugs and redirects', () => {
  const failing = (error: unknown) =>
    defineAction({ name: 'probe', access: 'anyone', schema: z.object({ body: z.string() }).strict(), keep: () => ({ body: 'kept' }), run: async () => Promise.reject(error) });
  const drizzleWrapped = (cause: Error & { code?: string }) => Object.assign(new Error('Failed query: insert into comments …'), { cause });

  it('maps a real outage to the outage message, with the input kept', async () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
    const shutdown = Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' });
    for (const error of [refused, drizzleWrapped(shutdown), drizzleWrapped(Object.assign(new Error('canceling statement due to statement timeout'), { code: '57014' }))]) {
      const result = await failing(error)(idle(), form({ body: 'x' }));
      expect(result).toEqual({ status: 'error', message: expect.stringMatching(/could not reach the database/), fieldErrors: undefined, data: { body: 'kept' } });
    }
  });

  it('reports any other error as a bug with a digest in the log, never as an outage', async () => {
    const logged = vi.spyOn(log, 'error').mockImplementation(() => undefined);
    for (const error of [new TypeError("Cannot read properties of undefined (reading 'id')"), drizzleWrapped(Object.assign(new Error('duplicate key'), { code: '23505' }))]) {
      const result = await failing(error)(idle(), form({ body: 'x' }));
      expect(result.message).toMatch(/^Something went wrong on our side \(reference [0-9a-f]{8}\)/);
      expect(result.data).toEqual({ body: 'kept' });
      const digest = /reference ([0-9a-f]{8})/.exec(result.message!)![1];
      expect(logged.mock.calls.some((call) => (call[0] as unknown as { digest?: string }).digest === digest)).toBe(true);
    }
    logged.mockRestore();
  });

  it("lets Next.js's redirect through", async () => {
    const redirecting = defineAction({ name: 'probe', access: 'anyone', schema: z.object({}), run: async () => redirect('/somewhere') });
    await expect(redirecting(idle(), form({}))).rejects.toMatchObject({ digest: expect.stringMatching(/^NEXT_REDIRECT/) });
  });
});
