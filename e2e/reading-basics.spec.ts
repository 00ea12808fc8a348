import { expect, test } from './support/test';
import { demoAccount, signIn } from './support/users';

test('the home page lists demo articles and an article renders its Markdown body', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('link', { name: 'Hallyu', exact: true })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Categories' }).getByRole('link')).toHaveCount(5);
  const headlines = page.locator('main article h3');
  expect(await headlines.count()).toBeGreaterThanOrEqual(10);

  const review = page.getByRole('link', { name: /Review: 'Moonlit Pharmacy'/ }).first();
  if (await review.isVisible()) await review.click();
  else await page.goto('/articles/moonlit-pharmacy-review');

  await expect(page).toHaveURL(/\/articles\/moonlit-pharmacy-review$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText("Review: 'Moonlit Pharmacy'");
  const body = page.locator('main .prose');
  await expect(body.getByRole('heading', { level: 2, name: 'What works' })).toBeVisible();
  await expect(body.locator('blockquote')).toContainText('overheard');
  await expect(body.getByRole('listitem').first()).toBeVisible();
  await expect(body.getByRole('table')).toBeVisible();
  await expect(page.getByRole('img', { name: /Illustrated key art for Moonlit Pharmacy/ })).toBeVisible();
});

test('an unknown article shows a helpful not-found page with a way back', async ({ page }) => {
  const response = await page.goto('/articles/this-story-does-not-exist');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: 'We could not find that page' })).toBeVisible();
  await page.getByRole('link', { name: 'Back to the front page' }).click();
  await expect(page).toHaveURL(/\/$/);
});

test('drafts are not readable', async ({ page }) => {
  await page.goto('/articles/draft-moonlit-pharmacy-season-two');
  await expect(page.getByRole('heading', { name: 'We could not find that page' })).toBeVisible();
});

test('the health endpoint says only "ok" to the public, and the details to an admin', async ({ page, request }) => {
  const response = await request.get('/api/health');
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ status: 'ok' });
  const admin = demoAccount('admin');
  await signIn(page, admin.email, admin.password);
  await expect(page.getByRole('navigation', { name: 'Account' }).getByRole('link', { name: 'Demo Admin' })).toBeVisible();
  const detailed = await page.request.get('/api/health');
  expect(await detailed.json()).toMatchObject({ status: 'ok', database: { ok: true, kind: 'pglite' } });
});
