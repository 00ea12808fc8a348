// Several app instances on one PostgreSQL: a change written through one instance drops the cached
// pages of the others (LISTEN/NOTIFY). Runs when the tests run on PostgreSQL (DATABASE_URL set).
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { announceArticleChange, listenForPageChanges } from '@/lib/dal/page-changes';
import { cachedPage } from '@/lib/page-cache';

const onPostgres = Boolean(process.env.TEST_DATABASE_URL);

describe.skipIf(!onPostgres)('page changes across instances', () => {
  let server: http.Server;
  let origin = '';
  let other: Client;
  const heard: string[] = [];

  beforeAll(async () => {
    server = http.createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html', 'content-security-policy': `script-src 'nonce-abc'` });
      res.end('<html><script nonce="abc"></script></html>');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    // "Another instance": its own connection, listening and notifying like one.
    other = new Client({ connectionString: process.env.DATABASE_URL });
    await other.connect();
    await other.query('listen hallyu_page_changes');
    other.on('notification', (m) => heard.push(m.payload ?? ''));
    await listenForPageChanges();
  });
  afterAll(async () => {
    await other?.end();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  it("drops this instance's copy of an article another instance changed, and only that one", async () => {
    await cachedPage('/articles/seven', 7, origin, 'n');
    await cachedPage('/articles/eight', 8, origin, 'n');
    expect((await cachedPage('/articles/seven', 7, origin, 'n'))!.outcome).toBe('hit');
    await other.query(`select pg_notify('hallyu_page_changes', '{"from":"another-instance","article":7}')`);
    await vi.waitFor(async () => expect((await cachedPage('/articles/seven', 7, origin, 'n'))!.outcome).toBe('miss'));
    expect((await cachedPage('/articles/eight', 8, origin, 'n'))!.outcome).toBe('hit');
  });

  it('reconnects after losing its connection, and drops every copy since it may have missed changes', async () => {
    await cachedPage('/articles/ten', 10, origin, 'n');
    expect((await cachedPage('/articles/ten', 10, origin, 'n'))!.outcome).toBe('hit');
    await other.query(`select pg_terminate_backend(pid) from pg_stat_activity where application_name like 'hallyu/listener/%' and pid <> pg_backend_pid()`);
    // Back within its first retry delay (1 s): everything was dropped, and it hears changes again.
    await vi.waitFor(async () => expect((await cachedPage('/articles/ten', 10, origin, 'n'))!.outcome).toBe('miss'), { timeout: 5_000 });
    await vi.waitFor(
      async () => {
        await cachedPage('/articles/eleven', 11, origin, 'n');
        await other.query(`select pg_notify('hallyu_page_changes', '{"from":"another-instance","article":11}')`);
        await new Promise((r) => setTimeout(r, 100));
        expect((await cachedPage('/articles/eleven', 11, origin, 'n'))!.outcome).toBe('miss');
      },
      { timeout: 5_000 },
    );
  });

  it('tells the other instances about its own changes', async () => {
    await announceArticleChange(9);
    await vi.waitFor(() => expect(heard.some((p) => (JSON.parse(p) as { article?: number }).article === 9)).toBe(true));
  });
});
