// Item 10, the parts that need a running server: the health answer, oversized bodies.
import { describe, expect, it } from 'vitest';
import { callAction, freshAddress, send, signUp } from './client';

describe('smaller items', () => {
  it('/api/health tells the public only whether it is ok', async () => {
    const health = await send('/api/health');
    expect(health.status).toBe(200);
    expect(JSON.parse(health.text)).toEqual({ status: 'ok' });
    expect(health.text).not.toMatch(/pglite|postgres|latency/i);
  });

  it('a 5 MB comment gets a clear 413, not a 500, and nothing is stored', async () => {
    const user = await signUp(freshAddress());
    const page = await send('/articles/seven-summers-review');
    const articleId = /name="articleId" value="(\d+)"/.exec(page.text)![1];
    const huge = `${'x'.repeat(5 * 1024 * 1024)} ${Date.now()}`;
    const answer = await callAction('/articles/seven-summers-review', 'postComment', { articleId, body: huge }, { cookie: user.cookie });
    expect(answer.status).toBe(413);
    expect(answer.text).toMatch(/too large.*2,000 characters.*Nothing was saved/);
    // Just over the longest comment: the form's own clear answer.
    const long = await callAction('/articles/seven-summers-review', 'postComment', { articleId, body: 'y'.repeat(2_001) }, { cookie: user.cookie });
    expect(long.status).toBe(200);
    expect(long.text).toMatch(/"status":"error"[^\n]*at most 2,000 characters/);
  });

  it('the sign-in endpoint refuses a 5 MB body without reading it', async () => {
    const body = `email=a%40b.co&password=${'p'.repeat(5 * 1024 * 1024)}`;
    const declared = await send('/api/auth/callback/credentials', { method: 'POST', body, headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'Content-Length': String(Buffer.byteLength(body)) } });
    expect(declared.status).toBe(413);
    const chunked = await send('/api/auth/callback/credentials', { method: 'POST', body, headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'Transfer-Encoding': 'chunked' } });
    expect(chunked.status).toBe(413);
  });
});
