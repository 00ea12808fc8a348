// The CDN purge hook (CDN_PURGE_URL): the instance that makes a change tells the cache in front which
// pages to drop, by the surrogate keys the answers carry; reactions are coalesced like the announcements.
import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { hideComment } from '@/lib/dal/moderation';
import { announceArticleEdit } from '@/lib/dal/page-changes';
import { setReaction } from '@/lib/dal/reactions';
import { createComment } from '@/lib/dal/comment-writes';
import { createArticle, createUser } from '../support/fixtures';

// The settings are read once per test file, before any test runs: set them first (hoisted above the imports).
const PORT = vi.hoisted(() => {
  const port = 39_000 + (process.pid % 1_000);
  process.env.CDN_PURGE_URL = `http://127.0.0.1:${port}/purge`;
  process.env.CDN_PURGE_TOKEN = 'purge-secret';
  return port;
});

type Received = { body: { keys: string[]; all: boolean }; authorization?: string };
const received: Received[] = [];
let server: http.Server;

beforeAll(async () => {
  server = http.createServer((request, response) => {
    let body = '';
    request.on('data', (d) => (body += d));
    request.on('end', () => {
      received.push({ body: JSON.parse(body) as Received['body'], authorization: request.headers.authorization });
      response.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(PORT, '127.0.0.1', resolve));
});
afterAll(() => server.close());

async function until(count: number) {
  for (let i = 0; i < 100 && received.length < count; i++) await new Promise((r) => setTimeout(r, 20));
}

describe('the CDN purge hook', () => {
  it('purges an article by its key when its thread changes, and everything when an article is edited', async () => {
    const article = await createArticle();
    const moderator = await createUser('moderator');
    const author = await createUser('reader', { ageDays: 30 });
    const posted = await createComment({ articleId: article.id, authorId: author.id, parentId: null, body: 'A thread to purge' });
    if (posted.status !== 'ok') throw new Error(posted.status);
    await until(1);
    expect(received.map((r) => r.body)).toEqual([{ keys: [`article-${article.id}`], all: false }]);
    received.length = 0;
    await hideComment(moderator.id, posted.id, 'spam', null);
    await until(1);
    expect(received[0]).toEqual({ body: { keys: [`article-${article.id}`], all: false }, authorization: 'Bearer purge-secret' });

    received.length = 0;
    await announceArticleEdit([article.slug]);
    await until(1);
    expect(received[0].body).toEqual({ keys: [], all: true });
  });

  it('coalesces a burst of reactions on an article: at most one purge per 200 ms', async () => {
    const article = await createArticle();
    received.length = 0;
    const started = performance.now();
    for (let i = 0; i < 20; i++) expect((await setReaction(article.id, `a:00000000-0000-4000-8000-${String(i).padStart(12, '0')}`, 'love')).status).toBe('ok');
    const elapsed = performance.now() - started;
    await new Promise((r) => setTimeout(r, 500));
    console.log(`20 reactions in ${Math.round(elapsed)} ms: ${received.length} purge(s)`);
    expect(received.length).toBeGreaterThanOrEqual(1);
    expect(received.length).toBeLessThanOrEqual(Math.ceil(elapsed / 200) + 1);
    for (const { body } of received) expect(body).toEqual({ keys: [`article-${article.id}`], all: false });
  });
});
