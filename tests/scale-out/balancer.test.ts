// The site through nginx in front of two instances: a session works on every instance, what one instance
// writes is seen through the balancer and on every instance within a second, per-address limits count
// the client (not nginx), and an instance killed during a read load loses no request (a page
// already streaming from it is cut, as behind any proxy) and rejoins.
import http from 'node:http';
import { describe, expect, inject, it } from 'vitest';
import { REACTIONS } from '../../lib/reactions';
import { rows } from './sql';
import { callAction, demoPassword, freshAddress, redirectTarget, send, signIn, signUp } from '../security/abuse-http/client';

const ARTICLE = '/articles/moonlit-pharmacy-premiere-first-look';
const READERS = 6;

type Read = { status: number; text: string; upstream: string; headersAt?: number; error?: string };

/** One GET through the balancer, telling apart a request never answered from a response cut after its headers. */
function read(base: string, path: string): Promise<Read> {
  const url = new URL(path, base);
  return new Promise((resolve) => {
    let answer: Read = { status: 0, text: '', upstream: '' };
    const request = http.get({ host: url.hostname, port: url.port, path: url.pathname }, (response) => {
      answer = { status: response.statusCode ?? 0, text: '', upstream: String(response.headers['x-upstream'] ?? ''), headersAt: performance.now() };
      const chunks: Buffer[] = [];
      response.on('data', (c: Buffer) => chunks.push(c));
      response.on('end', () => resolve({ ...answer, text: Buffer.concat(chunks).toString('utf8') }));
      response.on('error', (error) => resolve({ ...answer, error: String(error) }));
    });
    request.on('error', (error) => resolve({ ...answer, error: String(error) }));
  });
}
/** Opens an event stream (`path`) on `base` with `cookie`, noting when each event of `name` arrives and what it said. */
function openEvents(base: string, cookie: string, path = '/api/moderation/events', name = 'changed'): Promise<{ status: number; arrivals: number[]; text: () => string; close: () => void }> {
  const url = new URL(path, base);
  return new Promise((resolve, reject) => {
    const request = http.get({ host: url.hostname, port: url.port, path: url.pathname, headers: { cookie, accept: 'text/event-stream' } }, (response) => {
      const arrivals: number[] = [];
      let received = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => {
        const at = performance.now();
        received += chunk;
        arrivals.push(...Array.from(chunk.matchAll(new RegExp(`^event: ${name}$`, 'gm')), () => at));
      });
      resolve({ status: response.statusCode ?? 0, arrivals, text: () => received, close: () => request.destroy() });
    });
    request.on('error', reject);
  });
}

/** Every way a reader reaches the site: the balancer and each instance behind it. */
const everywhere = () => [inject('baseUrl'), ...inject('instances')];
const label = (base: string) => (base === inject('baseUrl') ? 'balancer' : `instance ${inject('instances').indexOf(base) + 1}`);

async function anonymousArticle(base: string) {
  return (await send(ARTICLE, { base, from: freshAddress() })).text;
}

/** The reaction counts an anonymous reader sees (the buttons' labels: "Love, 12"). */
function reactionTotal(html: string): number {
  return REACTIONS.reduce((sum, r) => sum + Number(new RegExp(`aria-label="${r.label}, (\\d+)"`).exec(html)?.[1] ?? NaN), 0);
}

/** Milliseconds from `since` until `seen` holds through every address, polling every 25 ms (at most 5 s). */
async function delays(since: number, seen: (base: string) => Promise<boolean>): Promise<Record<string, number>> {
  const entries = await Promise.all(
    everywhere().map(async (base) => {
      for (;;) {
        if (await seen(base)) return [label(base), Math.round(performance.now() - since)] as const;
        if (performance.now() - since > 5_000) return [label(base), Infinity] as const;
        await new Promise((r) => setTimeout(r, 25));
      }
    }),
  );
  return Object.fromEntries(entries);
}

const show = (d: Record<string, number>) => Object.entries(d).map(([k, v]) => `${k} ${v} ms`).join(', ');

const query = <T>(text: string, values: unknown[] = []) => rows<T>(inject('databaseUrl'), text, values);

/**
 * Six readers through nginx; after 200 reads the process `pid` (instance 1) gets `signal`. Counts reads
 * that failed, reads cut mid-body (begun on instance 1 before the signal), who served what, and how long
 * until instance 1 (restarted by its restart policy) answers through nginx again.
 */
async function readLoad(signal: NodeJS.Signals, pid: number) {
  const site = inject('baseUrl');
  const pages = [ARTICLE, '/', '/articles/weekly-ratings-week-3'];
  const served: Record<string, number> = {};
  const failures: string[] = [];
  const cut: string[] = [];
  let reads = 0;
  let signalledAt = 0;
  let inFlightAtSignal = 0;
  let rejoinedAfter = Infinity;
  const stopAt = performance.now() + 30_000;
  const reader = async (n: number) => {
    for (let i = n; performance.now() < stopAt && rejoinedAfter === Infinity; i++) {
      const sentAt = performance.now();
      const answer = await read(site, pages[i % pages.length]);
      reads++;
      served[answer.upstream] = (served[answer.upstream] ?? 0) + 1;
      const beforeSignal = signalledAt > 0 && sentAt < signalledAt;
      if (beforeSignal) inFlightAtSignal++;
      if (answer.error && answer.headersAt !== undefined && beforeSignal && answer.upstream.endsWith(':3301')) cut.push(`${pages[i % pages.length]}: ${answer.error}`);
      else if (answer.error || answer.status !== 200 || !answer.text.includes('</html>')) failures.push(`${answer.error ?? answer.status} from ${answer.upstream}`);
      // Back: instance 1 (port 3301) answers through the balancer again.
      else if (signalledAt && performance.now() - signalledAt > 200 && answer.upstream.endsWith(':3301')) rejoinedAfter = Math.round(performance.now() - signalledAt);
      if (reads === 200 && !signalledAt) {
        process.kill(pid, signal);
        signalledAt = performance.now();
      }
    }
  };
  await Promise.all(Array.from({ length: READERS }, (_, n) => reader(n)));
  console.log(`${signal} to instance 1 after 200 of ${reads} reads through nginx (${inFlightAtSignal} in flight then): ${failures.length} lost, ${cut.length} cut mid-body ${JSON.stringify(cut)}; served by ${JSON.stringify(served)}; instance 1 answered again after ${rejoinedAfter} ms`);
  expect(signalledAt).toBeGreaterThan(0);
  return { failures, cut, rejoinedAfter };
}

describe('behind the balancer', () => {
  it('a session made on one instance works on the other and through the balancer', async () => {
    const [first, second] = inject('instances');
    const reader = await signIn('reader@hallyu.test', demoPassword(), freshAddress(), '', first);
    expect(reader.signedIn).toBe(true);
    for (const base of [second, inject('baseUrl')]) {
      const profile = await send('/profile', { base, headers: { Cookie: reader.cookie } });
      expect(profile.status, label(base)).toBe(200);
      expect(redirectTarget(profile), label(base)).toBeNull();
      const session = JSON.parse((await send('/api/auth/session', { base, headers: { Cookie: reader.cookie } })).text) as { user?: { email?: string } };
      expect(session.user?.email).toBe('reader@hallyu.test');
    }
  });

  it('a comment, a hide and a reaction made through one instance are seen everywhere within 1 s', async () => {
    const [first, second] = inject('instances');
    for (const base of everywhere()) for (let i = 0; i < 2; i++) await anonymousArticle(base); // cached everywhere
    const articleId = /name="articleId" value="(\d+)"/.exec(await anonymousArticle(first))![1];

    const reader = await signIn('reader@hallyu.test', demoPassword(), freshAddress(), '', first);
    const body = `Seen on every instance ${Date.now()}`;
    const posted = await callAction(ARTICLE, 'postComment', { articleId, body }, { cookie: reader.cookie, base: first });
    expect(posted.state?.status, posted.state?.message).toBe('success');
    const comment = await delays(performance.now(), async (base) => (await anonymousArticle(base)).includes(body));

    const [{ id }] = await query<{ id: number }>('select id from comments where body = $1', [body]);
    const moderator = await signIn('moderator@hallyu.test', demoPassword(), freshAddress(), '', second);
    const hidden = await callAction(ARTICLE, 'hideCommentAction', { commentId: id, reason: 'off_topic', note: '' }, { cookie: moderator.cookie, base: second });
    expect(hidden.state?.status, hidden.state?.message).toBe('success');
    const hide = await delays(performance.now(), async (base) => !(await anonymousArticle(base)).includes(body));

    const before = reactionTotal(await anonymousArticle(first));
    expect(before).not.toBeNaN();
    const reacted = await callAction(ARTICLE, 'reactToArticle', { articleId, choice: 'set:love' }, { base: first, from: freshAddress() });
    expect(reacted.status).toBe(200);
    const reaction = await delays(performance.now(), async (base) => reactionTotal(await anonymousArticle(base)) === before + 1);

    console.log(`comment posted on instance 1, seen: ${show(comment)}`);
    console.log(`comment hidden on instance 2, gone: ${show(hide)}`);
    console.log(`reaction on instance 1, count seen: ${show(reaction)}`);
    for (const delay of [comment, hide, reaction].flatMap(Object.values)) expect(delay).toBeLessThanOrEqual(1_000);
  });

  it('a moderator’s open queue on one instance hears of a comment posted through the other within 1 s', async () => {
    const [first, second] = inject('instances');
    const moderator = await signIn('moderator@hallyu.test', demoPassword(), freshAddress(), '', second);
    const reader = await signUp(freshAddress()); // a fresh account: the demo reader commented a moment ago
    const refused = await openEvents(second, reader.cookie);
    refused.close();
    expect(refused.status).toBe(403); // staff only
    const stream = await openEvents(second, moderator.cookie);
    expect(stream.status).toBe(200);
    try {
      await new Promise((r) => setTimeout(r, 1_200)); // past the stream's quiet second
      const articleId = /name="articleId" value="(\d+)"/.exec(await anonymousArticle(first))![1];
      const sentAt = performance.now();
      const posted = await callAction(ARTICLE, 'postComment', { articleId, body: `For the live queue ${Date.now()}` }, { cookie: reader.cookie, base: first });
      expect(posted.state?.status, posted.state?.message).toBe('success');
      for (let waited = 0; !stream.arrivals.some((t) => t >= sentAt) && waited < 5_000; waited += 10) await new Promise((r) => setTimeout(r, 10));
      const heardAfter = Math.round((stream.arrivals.find((t) => t >= sentAt) ?? Infinity) - sentAt);
      console.log(`comment posted on instance 1, the moderation queue's stream on instance 2 heard it after ${heardAfter} ms`);
      expect(heardAfter).toBeLessThanOrEqual(1_000);
    } finally {
      stream.close();
    }
  });

  it('a reader’s live thread on one instance receives a comment posted through the other within 1 s', async () => {
    const [first, second] = inject('instances');
    const articleId = /name="articleId" value="(\d+)"/.exec(await anonymousArticle(first))![1];
    const stream = await openEvents(second, '', `/api/articles/${articleId}/live`, 'comments');
    expect(stream.status).toBe(200);
    try {
      const writer = await signUp(freshAddress());
      const body = `Live on the other instance ${Date.now()}`;
      const sentAt = performance.now();
      const posted = await callAction(ARTICLE, 'postComment', { articleId, body }, { cookie: writer.cookie, base: first });
      expect(posted.state?.status, posted.state?.message).toBe('success');
      for (let waited = 0; !stream.text().includes(body) && waited < 5_000; waited += 10) await new Promise((r) => setTimeout(r, 10));
      const heardAfter = Math.round((stream.arrivals.find((t) => t >= sentAt) ?? Infinity) - sentAt);
      console.log(`comment posted on instance 1, a live thread on instance 2 received it after ${heardAfter} ms`);
      expect(stream.text()).toContain(body);
      expect(heardAfter).toBeLessThanOrEqual(1_000);
    } finally {
      stream.close();
    }
  });

  it('per-address limits count the client behind nginx, not nginx, whatever X-Forwarded-For it forges', async () => {
    const attacker = freshAddress();
    let accepted = 0;
    for (let i = 0; i < 12; i++) {
      const user = { name: `Fan ${i} ${Date.now() % 10_000}`, email: `lb-${Date.now()}-${i}@example.test`, password: `moonlit-${Math.random().toString(36).slice(2)}-Aa` };
      const answer = await callAction('/signup', 'signUpAction', user, { from: attacker, headers: { 'X-Forwarded-For': `198.51.100.${i}` } });
      if (answer.setCookie.some((c) => c.startsWith('authjs.session-token='))) accepted++;
      else expect(answer.state?.message).toMatch(/Too many new accounts from your network/);
    }
    expect(accepted).toBe(10);
    // Had the instances counted nginx's address, every client would now be refused.
    const neighbour = await signUp(freshAddress());
    expect(neighbour.cookie).toMatch(/authjs\.session-token=/);
    const keys = await query<{ key: string }>(`select key from rate_limits where key like '%${attacker}%'`);
    expect(keys.length).toBeGreaterThan(0);
  });

  it('an instance killed during a read load loses no request, and rejoins', async () => {
    const load = await readLoad('SIGKILL', inject('pids')[0]);
    expect(load.failures).toEqual([]);
    // A page already streaming from the instance when it dies is cut mid-body: no proxy can replay a
    // response it has begun to pass on (nginx retries only before the first byte). At most one a reader.
    expect(load.cut.length).toBeLessThanOrEqual(READERS);
    expect(load.rejoinedAfter).toBeLessThan(30_000);
  });

});
