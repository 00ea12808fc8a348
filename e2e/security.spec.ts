import { callAction, formData } from './support/actions';
import { expect, test } from './support/test';
import { demoAccount, newUser, signIn, signUp } from './support/users';

function expectSecurityHeaders(headers: Record<string, string>) {
  const csp = headers['content-security-policy'];
  expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain('frame-src https://www.youtube-nocookie.com');
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
  expect(headers['permissions-policy']).toContain('camera=()');
  expect(headers['strict-transport-security']).toContain('max-age='); // the e2e server is a production build
}

test('home, article and moderation pages carry the security headers, with a fresh nonce each time', async ({ page }) => {
  const home = await page.goto('/');
  expectSecurityHeaders(home!.headers());
  const again = await page.request.get('/');
  expect(again.headers()['content-security-policy']).not.toBe(home!.headers()['content-security-policy']);
  const article = await page.goto('/articles/crown-of-ash-behind-the-scenes');
  expectSecurityHeaders(article!.headers());
  const nonce = /'nonce-([^']+)'/.exec(article!.headers()['content-security-policy'])![1];
  // Every script in the served HTML carries this response's nonce (scripts Next.js adds later are
  // trusted through 'strict-dynamic').
  const html = await article!.text();
  const scriptTags = html.match(/<script\b[^>]*>/g) ?? [];
  expect(scriptTags.length).toBeGreaterThan(0);
  for (const tag of scriptTags) expect(tag).toContain(`nonce="${nonce}"`);

  await signIn(page, demoAccount('moderator').email, demoAccount('moderator').password);
  await expect(page.getByRole('link', { name: 'Moderation' })).toBeVisible();
  const moderation = await page.goto('/moderation');
  expect(moderation!.status()).toBe(200);
  expectSecurityHeaders(moderation!.headers());
});

test('the session and reactor cookies are HttpOnly and SameSite=Lax', async ({ page, context }) => {
  await page.goto('/articles/seven-summers-review');
  await page.getByRole('button', { name: /^Wow, \d+$/ }).click();
  await expect(page.getByRole('button', { name: /^Wow, \d+$/ })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('region', { name: 'How does this article make you feel?' }).locator('form')).toHaveAttribute('aria-busy', 'false');
  await signUp(page, newUser('cookie'));
  const cookies = await context.cookies();
  for (const name of ['hallyu_rid', 'authjs.session-token']) {
    const cookie = cookies.find((c) => c.name === name);
    expect(cookie, name).toBeDefined();
    expect(cookie!.httpOnly, name).toBe(true);
    expect(cookie!.sameSite, name).toBe('Lax');
  }
});

test('a server action posted from a foreign origin is refused and writes nothing', async ({ page }) => {
  const article = '/articles/hanok-hotel-episode-2-recap';
  await signUp(page, newUser('csrf'), article);
  const marker = `forged ${Date.now()}`;
  const forged = await callAction(page.request, article, 'postComment', [{ status: 'idle' }, formData({ articleId: 1, body: marker })], {
    Origin: 'https://evil.example',
  });
  expect(forged.status).toBeGreaterThanOrEqual(400);
  expect(forged.text).not.toContain('"status":"success"');
  await page.reload();
  await expect(page.getByText(marker)).toHaveCount(0);
});
