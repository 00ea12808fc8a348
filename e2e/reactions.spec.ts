import type { Page } from '@playwright/test';
import { expect, test } from './support/test';

const ARTICLE = '/articles/crown-of-ash-review';

const reactions = (page: Page) => page.getByRole('region', { name: 'How does this article make you feel?' });
const button = (page: Page, label: string) => reactions(page).getByRole('button', { name: new RegExp(`^${label}, \\d+$`) });
// The bar shows a click at once (optimistic); this waits until the server has confirmed it.
const settled = (page: Page) => expect(reactions(page).locator('form')).toHaveAttribute('aria-busy', 'false');
const countOf = async (page: Page, label: string) =>
  Number((await button(page, label).getAttribute('aria-label'))!.split(', ')[1]);

test('an anonymous visitor reacts, switches, takes it back, and the state survives a reload', async ({ page }) => {
  await page.goto(ARTICLE);
  await expect(reactions(page).getByRole('heading', { name: 'How does this article make you feel?' })).toBeVisible();
  const love = await countOf(page, 'Love');
  const wow = await countOf(page, 'Wow');

  await button(page, 'Love').click();
  await expect(button(page, 'Love')).toHaveAttribute('aria-pressed', 'true');
  await expect(button(page, 'Love')).toHaveAccessibleName(`Love, ${love + 1}`);
  await expect(reactions(page)).toContainText('%');

  await button(page, 'Wow').click();
  await expect(button(page, 'Wow')).toHaveAttribute('aria-pressed', 'true');
  await expect(button(page, 'Love')).toHaveAttribute('aria-pressed', 'false');
  await expect(button(page, 'Love')).toHaveAccessibleName(`Love, ${love}`);
  await expect(button(page, 'Wow')).toHaveAccessibleName(`Wow, ${wow + 1}`);
  await settled(page);

  await page.reload();
  await expect(button(page, 'Wow')).toHaveAttribute('aria-pressed', 'true');
  await expect(button(page, 'Wow')).toHaveAccessibleName(`Wow, ${wow + 1}`);

  await button(page, 'Wow').click();
  await expect(button(page, 'Wow')).toHaveAttribute('aria-pressed', 'false');
  await expect(button(page, 'Wow')).toHaveAccessibleName(`Wow, ${wow}`);
  await settled(page);
  await page.reload();
  await expect(button(page, 'Wow')).toHaveAttribute('aria-pressed', 'false');
  await expect(reactions(page)).not.toContainText('%');
});

test('a second browser is a different reactor', async ({ page, browser }) => {
  await page.goto('/articles/signal-lost-review');
  const sad = await countOf(page, 'Sad');
  await button(page, 'Sad').click();
  await expect(button(page, 'Sad')).toHaveAccessibleName(`Sad, ${sad + 1}`);
  await settled(page);

  const other = await browser.newContext();
  const second = await other.newPage();
  await second.goto('/articles/signal-lost-review');
  await expect(button(second, 'Sad')).toHaveAttribute('aria-pressed', 'false');
  await button(second, 'Sad').click();
  await expect(button(second, 'Sad')).toHaveAccessibleName(`Sad, ${sad + 2}`);
  await expect(button(second, 'Sad')).toHaveAttribute('aria-pressed', 'true');
  await other.close();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the reaction form still works as a plain form post', async ({ page }) => {
    await page.goto('/articles/hanok-hotel-review');
    const haha = await countOf(page, 'Haha');
    await button(page, 'Haha').click();
    await expect(button(page, 'Haha')).toHaveAttribute('aria-pressed', 'true');
    await expect(button(page, 'Haha')).toHaveAccessibleName(`Haha, ${haha + 1}`);
    await button(page, 'Haha').click();
    await expect(button(page, 'Haha')).toHaveAttribute('aria-pressed', 'false');
    await expect(button(page, 'Haha')).toHaveAccessibleName(`Haha, ${haha}`);
  });
});
