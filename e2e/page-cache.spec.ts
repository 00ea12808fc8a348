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

  // A client-side navigation and a crawler are rendered fresh.
  expect((await anonymous.get(ARTICLE, { headers: { rsc: '1' } })).headers()['x-hallyu-page-cache']).toBeUndefined();
  expect((await anonymous.get(ARTICLE, { headers: { 'user-agent': 'Googlebot/2.1 (+http://www.google.com/bot.html)' } })).headers()['x-hallyu-page-cache']).toBeUndefined();
  await anonymous.dispose();
});

test('shared links, odd page numbers and forged cookies are answered from the clean URL\'s copy', async ({ playwright, baseURL }) => {
  const anonymous = await playwright.request.newContext({ baseURL });
  const outcome = async (path: string, cookie?: string) => {
    const res = await anonymous.get(path, { headers: cookie ? { cookie } : {} });
    expect(res.status()).toBe(200);
    return res.headers()['x-hallyu-page-cache'];
  };
  await outcome(ARTICLE); // fills the clean URL's copy
  for (const path of [`${ARTICLE}?fbclid=IwAR0abc`, `${ARTICLE}?utm_source=twitter&utm_medium=social&gclid=x`, `${ARTICLE}?sort=newest&ref=home`]) {
    expect(['hit', 'stale'], path).toContain(await outcome(path));
  }
  await outcome('/category/k-pop');
  expect(['hit', 'stale']).toContain(await outcome('/category/k-pop?page=0001'));
  // A reactor cookie that is not signed by this site, and a session cookie that does not decode.
  expect(['hit', 'stale']).toContain(await outcome(ARTICLE, 'hallyu_rid=00000000-0000-4000-8000-000000000000.forged'));
  expect(['hit', 'stale']).toContain(await outcome(ARTICLE, 'authjs.session-token=not-a-session'));
  // The sign-in and sign-up forms hold nothing per visitor.
  await outcome('/signin?callbackUrl=%2Farticles');
  expect(['hit', 'stale']).toContain(await outcome('/signin?callbackUrl=%2Farticles&utm_source=x'));
  // Search results are shared among anonymous visitors for a moment.
  await outcome('/search?q=ferry');
  expect(['hit', 'stale']).toContain(await outcome('/search?q=%20ferry&utm_source=x'));
  await anonymous.dispose();
});

test('anonymous copies tell a shared cache how long to keep them and what they show; personal pages never', async ({ playwright, baseURL, page }) => {
  const anonymous = await playwright.request.newContext({ baseURL });
  await anonymous.get(ARTICLE);
  const shared = await anonymous.get(ARTICLE);
  expect(shared.headers()['cache-control']).toMatch(/^public, max-age=0, s-maxage=\d+, stale-while-revalidate=\d+$/);
  const names = shared.headers()['surrogate-key'].split(' ');
  expect(names).toEqual(expect.arrayContaining([expect.stringMatching(/^article-\d+$/), 'category-recaps', 'tag-last-ferry-to-jeju']));
  expect(shared.headers()['xkey']).toBe(shared.headers()['surrogate-key']);
  await anonymous.get('/category/k-pop');
  expect((await anonymous.get('/category/k-pop')).headers()['surrogate-key']).toBe('listings category-k-pop');
  await anonymous.dispose();

  await signUp(page, newUser('private'), ARTICLE);
  const personal = await page.goto(ARTICLE);
  expect(personal?.headers()['cache-control']).toMatch(/private|no-store/);
  expect(personal?.headers()['surrogate-key']).toBeUndefined();
});

test('a visitor who reacted gets the shared copy, with their own reaction filled in', async ({ page }) => {
  await page.goto(ARTICLE);
  const love = page.getByRole('button', { name: /^Love/ });
  const answered = page.waitForResponse((res) => res.request().method() === 'POST' && Boolean(res.request().headers()['next-action']));
  await love.click();
  await answered;
  const again = await page.goto(ARTICLE);
  expect(['hit', 'stale', 'miss']).toContain(again?.headers()['x-hallyu-page-cache']);
  expect(again?.headers()['cache-control']).toBe('private, no-store'); // never for a shared cache to keep
  const html = (await again?.text()) ?? '';
  expect(html).toMatch(/aria-pressed="false"[^>]*aria-label="Love, /); // the copy is everyone's
  await expect(page.getByRole('button', { name: /^Love/ })).toHaveAttribute('aria-pressed', 'true');
});

test('a signed-in reader gets the shared copy, which holds nothing of theirs; without JavaScript, a page of their own', async ({ page, browser }) => {
  const user = await signUp(page, newUser('shared'), ARTICLE);
  const response = await page.goto(ARTICLE);
  expect(['hit', 'stale', 'miss']).toContain(response?.headers()['x-hallyu-page-cache']);
  const html = (await response?.text()) ?? '';
  expect(html).not.toContain(user.name);
  expect(html).not.toContain('Add a comment');
  expect(html).toContain('Sign in to join the conversation');
  // Their own part arrives: their name, the comment form.
  await expect(page.getByRole('navigation', { name: 'Account' }).getByRole('link', { name: user.name })).toBeVisible();
  await expect(page.getByRole('region', { name: /^Comments/ }).getByLabel('Add a comment')).toBeVisible();
  await expect(page.getByText('Sign in to join the conversation')).toHaveCount(0);

  // A browser without JavaScript never set the cookie that says it runs ours: it gets a page of its own.
  const cookies = (await page.context().cookies()).filter((c) => c.name !== 'hallyu_js');
  const noScript = await browser.newContext({ javaScriptEnabled: false });
  await noScript.addCookies(cookies);
  const own = await (await noScript.newPage()).goto(ARTICLE);
  expect(own?.headers()['x-hallyu-page-cache']).toBeUndefined();
  expect(await own?.text()).toContain(user.name);
  await noScript.close();
});

test('a new comment shows to anonymous visitors at once', async ({ page, browser }) => {
  const visitor = await browser.newContext();
  const anonymousPage = await visitor.newPage();
  const seen = await anonymousPage.goto(ARTICLE); // the anonymous copy is now cached
  expect(seen?.status()).toBe(200);

  const user = await signUp(page, newUser('cached'), ARTICLE);
  await page.goto(ARTICLE);
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
