// An article changed or taken down by the project's own code (here the operator's command line, a third
// process) is seen through every instance within a second: its page for anonymous visitors (the page
// cache), a full render (the 'use cache' reads), the home page list, and the 404 once unpublished.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, inject, it } from 'vitest';

const run = promisify(execFile);
/** Each instance, then the balancer in front of them. */
const everywhere = () => [...inject('instances'), inject('baseUrl')];
let slug = ''; // the newest article: the one at the top of the home page
const CRAWLER = { 'User-Agent': 'Mozilla/5.0 (compatible; Googlebot/2.1)' }; // always a full render

async function article(base: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${base}/articles/${slug}`, { headers });
  return { status: response.status, html: await response.text() };
}

/** Runs the operator's command against the suite's database; returns when it has committed and announced. */
async function operator(...args: string[]) {
  await run('npm', ['run', '--silent', 'article', '--', ...args], { env: { ...process.env, DATABASE_URL: inject('databaseUrl') } });
  return performance.now();
}

/** Milliseconds from `since` until `seen` holds on every instance and through the balancer, polling every 25 ms (at most 5 s). */
async function delayUntil(since: number, seen: (base: string) => Promise<boolean>): Promise<number[]> {
  return Promise.all(
    everywhere().map(async (base) => {
      for (;;) {
        if (await seen(base)) return Math.round(performance.now() - since);
        if (performance.now() - since > 5_000) return Infinity;
        await new Promise((r) => setTimeout(r, 25));
      }
    }),
  );
}

describe('an article change reaches every instance', () => {
  beforeAll(async () => {
    const home = await (await fetch(`${inject('instances')[0]}/`)).text();
    slug = /href="\/articles\/([a-z0-9-]+)"/.exec(home)![1];
  });

  it('a new title shows everywhere within 1 s, cached copies and full renders alike', async () => {
    // Warm every cache on both instances: the anonymous page, the full render, the home page.
    for (const base of everywhere()) {
      for (let i = 0; i < 2; i++) {
        expect((await article(base)).status).toBe(200);
        expect((await article(base, CRAWLER)).status).toBe(200);
        await fetch(`${base}/`);
      }
    }
    const title = `The corrected story ${Date.now()}`;
    const changed = await operator('retitle', slug, title);
    const shows = (headers: Record<string, string>) => async (base: string) => (await article(base, headers)).html.includes(title);
    const [anonymous, full, home] = [
      await delayUntil(changed, shows({})),
      await delayUntil(changed, shows(CRAWLER)),
      await delayUntil(changed, async (base) => (await (await fetch(`${base}/`)).text()).includes(title)),
    ];
    console.log(`new title seen: anonymous page ${anonymous.join(' / ')} ms, full render ${full.join(' / ')} ms, home page ${home.join(' / ')} ms (instance 1 / 2 / balancer)`);
    for (const delay of [...anonymous, ...full, ...home]) expect(delay).toBeLessThanOrEqual(1_000);
  });

  it('an unpublished article is gone everywhere within 1 s, and back when published again', async () => {
    const taken = await operator('unpublish', slug);
    const gone = await delayUntil(taken, async (base) => (await article(base)).status === 404 && (await article(base, CRAWLER)).status === 404);
    console.log(`unpublished article answers 404: ${gone.join(' / ')} ms`);
    for (const delay of gone) expect(delay).toBeLessThanOrEqual(1_000);
    const back = await operator('publish', slug);
    const shown = await delayUntil(back, async (base) => (await article(base)).status === 200);
    console.log(`published again, answers 200: ${shown.join(' / ')} ms`);
    for (const delay of shown) expect(delay).toBeLessThanOrEqual(1_000);
  });
});
