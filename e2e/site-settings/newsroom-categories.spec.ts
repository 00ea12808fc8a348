// A new category shows in every page's navigation, which other specs count: this spec runs in its own
// Playwright project after all the others (playwright.config.ts).
import type { Browser } from '@playwright/test';
import { expect, test } from '../support/test';
import { demoAccount, signIn, staffPage } from '../support/users';

async function newsroomPage(browser: Browser, role: 'writer' | 'editor') {
  const page = await (await browser.newContext()).newPage();
  const account = demoAccount(role);
  await signIn(page, account.email, account.password);
  await expect(page.getByRole('link', { name: 'Newsroom' })).toBeVisible();
  return page;
}

test('an editor adds a category, which every reader then finds in the navigation; a taken name is refused', async ({ browser, request }) => {
  const editor = await newsroomPage(browser, 'editor');
  await editor.getByRole('link', { name: 'Newsroom' }).click();
  await editor.getByRole('link', { name: 'Categories, bylines and tags' }).click();
  const name = `Variety ${Date.now().toString(36)}`;
  await editor.getByLabel('New category').fill(name);
  await editor.getByLabel('Its description').fill('Variety shows and their stars.');
  await editor.getByRole('button', { name: 'Add category' }).click();
  await expect(editor.getByText(`Category “${name}” added.`)).toBeVisible();
  await expect.poll(async () => (await (await request.get('/')).text()).includes(name), { timeout: 5_000 }).toBe(true);
  await editor.getByLabel('New category').fill('K-pop');
  await editor.getByRole('button', { name: 'Add category' }).click();
  await expect(editor.getByText('Another category has this name.')).toBeVisible();
  await expect(editor.getByLabel('New category')).toHaveValue('K-pop');
  // The change is in the audit log, once: the refused one wrote nothing.
  const admin = await staffPage(browser, 'admin');
  await admin.goto('/moderation?tab=log');
  const logged = admin.getByRole('row').filter({ hasText: 'Added category' });
  await expect(logged.filter({ hasText: name })).toHaveCount(1);
  await expect(logged.filter({ hasText: 'Demo Editor' }).filter({ hasText: 'K-pop' })).toHaveCount(0);
  // Writers write; they do not manage categories.
  const writer = await newsroomPage(browser, 'writer');
  await writer.goto('/newsroom');
  await expect(writer.getByRole('link', { name: 'Categories, bylines and tags' })).toHaveCount(0);
  expect((await writer.goto('/newsroom/categories'))?.status()).toBe(404);
});
