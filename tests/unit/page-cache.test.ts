// The anonymous visitors' page cache, against a real HTTP server standing in for the app's own render.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { articleChanged, cachedPage, everythingChanged, FILL_HEADER } from '@/lib/page-cache';

type Reply = { status?: number; cookie?: boolean; delayMs?: number; degraded?: boolean };
let renders = 0;
const renderedPaths: string[] = [];
const fillHeaders: (string | undefined)[] = [];
const replies = new Map<string, Reply>();
let server: http.Server;
let origin = '';

beforeAll(async () => {
  server = http.createServer((req, res) => {
    renders++;
    renderedPaths.push(req.url!);
    fillHeaders.push(req.headers[FILL_HEADER] as string | undefined);
    const reply = replies.get(req.url!) ?? {};
    const nonce = `rendered${renders}`;
    setTimeout(() => {
      res.writeHead(reply.status ?? 200, {
        'content-type': 'text/html; charset=utf-8',
        'content-security-policy': `script-src 'nonce-${nonce}' 'strict-dynamic'`,
        'x-page': req.url!,
        ...(reply.cookie ? { 'set-cookie': 'session=abc' } : {}),
      });
      const notice = reply.degraded ? '<p role="status" data-unavailable="">Comments are unavailable right now.</p>' : '';
      res.end(`<html><script nonce="${nonce}"></script><p>render ${renders} of ${req.url}</p>${notice}</html>`);
    }, reply.delayMs ?? 0);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

beforeEach(() => {
  everythingChanged();
  renders = 0;
  renderedPaths.length = 0;
  fillHeaders.length = 0;
  replies.clear();
});
afterEach(() => vi.useRealTimers());

const text = (page: Awaited<ReturnType<typeof cachedPage>>) => new TextDecoder().decode(page!.body);
const get = (path: string, articleId: number | null = 1, nonce = 'fresh') => cachedPage(path, articleId, origin, nonce);

describe('page cache', () => {
  it('renders a page once, then answers from memory with the new request nonce in place of the old one', async () => {
    const first = await get('/articles/a', 1, 'nonceA');
    expect(first).toMatchObject({ outcome: 'miss' });
    expect(text(first)).toContain('<script nonce="nonceA">');
    expect(text(first)).not.toContain('rendered1');

    const second = await get('/articles/a', 1, 'nonceB');
    expect(second).toMatchObject({ outcome: 'hit' });
    expect(text(second)).toContain('<script nonce="nonceB">');
    expect(text(second)).toContain('render 1 of /articles/a');
    expect(renders).toBe(1);
    // Its own render request is marked, so the proxy lets it through instead of answering from the cache.
    expect(fillHeaders).toEqual(['fill']);
    // The page's own headers are kept; the CSP (per response) is not.
    expect(Object.fromEntries(second!.headers)).toMatchObject({ 'x-page': '/articles/a' });
    expect(second!.headers.map(([name]) => name)).not.toContain('content-security-policy');
  });

  it('renders once for many visitors arriving together', async () => {
    replies.set('/articles/busy', { delayMs: 50 });
    const pages = await Promise.all(Array.from({ length: 20 }, (_, i) => get('/articles/busy', 2, `n${i}`)));
    expect(renders).toBe(1);
    pages.forEach((page, i) => expect(text(page)).toContain(`nonce="n${i}"`));
  });

  it('drops exactly the changed article, and everything on a site-wide change', async () => {
    await get('/articles/a', 1);
    await get('/articles/a?page=2', 1);
    await get('/articles/b', 2);
    await get('/', null);
    articleChanged(1);
    expect((await get('/articles/a', 1))!.outcome).toBe('miss');
    expect((await get('/articles/a?page=2', 1))!.outcome).toBe('miss');
    expect((await get('/articles/b', 2))!.outcome).toBe('hit');
    expect((await get('/', null))!.outcome).toBe('hit');
    everythingChanged();
    expect((await get('/articles/b', 2))!.outcome).toBe('miss');
    expect((await get('/', null))!.outcome).toBe('miss');
  });

  it('answers with a render that a change overtook, but does not keep it', async () => {
    replies.set('/articles/racing', { delayMs: 100 });
    const pending = get('/articles/racing', 3);
    await new Promise((r) => setTimeout(r, 30)); // the render has started and read the old data
    articleChanged(3);
    expect((await pending)!.outcome).toBe('miss');
    expect((await get('/articles/racing', 3))!.outcome).toBe('miss');
    expect(renders).toBe(2);
  });

  it('keeps only plain anonymous pages: not errors, not answers that set a cookie', async () => {
    replies.set('/articles/broken', { status: 500 });
    replies.set('/articles/cookie', { cookie: true });
    expect(await get('/articles/broken', 4)).toBeNull();
    expect(await get('/articles/broken', 4)).toBeNull();
    expect(await get('/articles/cookie', 5)).toBeNull();
    expect(await get('/articles/cookie', 5)).toBeNull();
    expect(renders).toBe(4);
  });

  it('answers with a page rendered while the database was down, but keeps the last good copy instead', async () => {
    replies.set('/articles/outage', { degraded: true });
    expect(text(await get('/articles/outage', 8))).toContain('data-unavailable');
    expect((await get('/articles/outage', 8))!.outcome).toBe('miss'); // not kept
    // Once the database answers again, the page is kept.
    replies.delete('/articles/outage');
    expect((await get('/articles/outage', 8))!.outcome).toBe('miss');
    expect((await get('/articles/outage', 8))!.outcome).toBe('hit');

    vi.useFakeTimers({ toFake: ['Date'] });
    replies.set('/articles/outage', { degraded: true });
    vi.setSystemTime(Date.now() + 11_000);
    const stale = await get('/articles/outage', 8);
    expect(stale).toMatchObject({ outcome: 'stale' });
    await new Promise((r) => setTimeout(r, 50)); // the background render comes back degraded
    const kept = await get('/articles/outage', 8);
    expect(kept).toMatchObject({ outcome: 'stale' });
    expect(text(kept)).not.toContain('data-unavailable');
    await new Promise((r) => setTimeout(r, 50)); // let the background render it started finish
  });

  it('serves a page past its freshness once while it renders again, and renders first when it is too old', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    await get('/articles/ageing', 6);
    vi.setSystemTime(Date.now() + 11_000);
    const stale = await get('/articles/ageing', 6);
    expect(stale).toMatchObject({ outcome: 'stale' });
    expect(text(stale)).toContain('render 1 of');
    await vi.waitFor(async () => expect(text(await get('/articles/ageing', 6))).toContain('render 2 of'));
    expect((await get('/articles/ageing', 6))!.outcome).toBe('hit');

    vi.setSystemTime(Date.now() + 61_000);
    const old = await get('/articles/ageing', 6);
    expect(old).toMatchObject({ outcome: 'miss' });
    expect(text(old)).toContain('render 3 of');
  });
});
