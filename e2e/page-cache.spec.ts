// Anonymous visitors are answered from the page cache (lib/page-cache.ts); everyone else gets a fresh
// render, and a change to what a page shows reaches anonymous visitors at once.
import { expect, test } from './support/test';
import { newUser, signUp } from './support/users';

const ARTICLE = '/articles/last-ferry-to-jeju-episode-2-recap';
const nonceOf = (csp: string | undefined) => /'nonce-([^']+)'/.exec(csp ?? '')?.[1];

test('anonymous visitors get the cached page with a fresh nonce; visitors with a session never do', async ({ playwright, baseURL }) => {
  const anonymous = await playwright.request.newContext({ baseURL });
  await anonymous.get(ARTICLE); // fills the cache if nothing had
  const first = await anonymous.get(ARTICLE);
  const second = await anonymous.get(ARTICLE);
  for (const res of [first, second]) {
    expect(res.status()).toBe(200);
    expect(['hit', 'stale']).toContain(res.headers()['x-hallyu-page-cache']);
    const nonce = nonceOf(res.headers()['content-security-policy']);
    const html = await res.text();
    // Every script carries this response's own nonce: the cached copy's old one is gone.
    const scriptNonces = [...html.matchAll(/<script[^>]* nonce="([^"]+)"/g)].map((m) => m[1]);
    expect(scriptNonces.length).toBeGreaterThan(0);
    expect(new Set(scriptNonces)).toEqual(new Set([nonce]));
  }
  expect(nonceOf(first.headers()['content-security-policy'])).not.toBe(nonceOf(second.headers()['content-security-policy']));

  // A client-side navigation, a crawler and a visitor who reacted (reactor cookie) are rendered fresh.
  expect((await anonymous.get(ARTICLE, { headers: { rsc: '1' } })).headers()['x-hallyu-page-cache']).toBeUndefined();
  expect((await anonymous.get(ARTICLE, { headers: { 'user-agent': 'Googlebot/2.1 (+http://www.google.com/bot.html)' } })).headers()['x-hallyu-page-cache']).toBeUndefined();
  expect((await anonymous.get(ARTICLE, { headers: { cookie: 'hallyu_rid=x' } })).headers()['x-hallyu-page-cache']).toBeUndefined();
  await anonymous.dispose();
});

test('a new comment shows to anonymous visitors at once, and signed-in readers are never cached', async ({ page, browser }) => {
  const visitor = await browser.newContext();
  const anonymousPage = await visitor.newPage();
  const seen = await anonymousPage.goto(ARTICLE); // the anonymous copy is now cached
  expect(seen?.status()).toBe(200);

  const user = await signUp(page, newUser('cached'), ARTICLE);
  const response = await page.goto(ARTICLE);
  expect(response?.headers()['x-hallyu-page-cache']).toBeUndefined();
  const text = `Fresh for everyone ${Date.now()}`;
  const comments = page.getByRole('region', { name: /^Comments/ });
  await comments.getByLabel('Add a comment').fill(text);
  await comments.getByRole('button', { name: 'Post comment' }).click();
  await expect(comments.getByRole('article', { name: `Comment by ${user.name}` }).filter({ hasText: text })).toBeVisible();
  await expect(comments.getByText('Posting…')).toHaveCount(0);

  await anonymousPage.reload();
  await expect(anonymousPage.getByRole('region', { name: /^Comments/ }).getByText(text)).toBeVisible();
  await visitor.close();
});

test('links on a cached page navigate in the browser without a full reload', async ({ page }) => {
  const rscAnswers: string[] = [];
  page.on('response', (res) => {
    if (res.request().headers()['rsc']) rscAnswers.push(res.headers()['content-type'] ?? '');
  });
  await page.goto('/');
  await page.goto('/'); // answered from the cache
  await page.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));
  await page.locator('main a[href^="/articles/"]').first().click();
  await expect(page).toHaveURL(/\/articles\//);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);
  expect(rscAnswers.length).toBeGreaterThan(0);
  for (const type of rscAnswers) expect(type).toContain('text/x-component');
});
