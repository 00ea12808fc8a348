// Site-wide pre-moderation changes what every new account's comment does, so this spec runs in its own
// Playwright project after all the others (playwright.config.ts) and turns the setting off again.
import type { Page } from '@playwright/test';
import { expect, test } from '../support/test';
import { newUser, signUp, staffPage } from '../support/users';

async function setHoldCount(admin: Page, n: number) {
  await admin.goto('/moderation/settings');
  await admin.getByLabel('Hold the first comments of every new account for review').fill(String(n));
  await admin.getByRole('button', { name: 'Save settings' }).click();
  await expect(admin.getByText('Settings saved.')).toBeVisible();
}

test('a new account’s first comment is held, seen only by its author and moderators, until a moderator approves it', async ({ page, browser }) => {
  const article = '/articles/lumen-interview';
  const admin = await staffPage(browser, 'admin');
  await setHoldCount(admin, 1);
  try {
    // A moderator has the Pending queue open before the comment arrives: it appears there by itself.
    const mod = await staffPage(browser, 'moderator');
    await mod.goto('/moderation?tab=pending');
    await expect(mod.getByText('Live: new items appear by themselves.')).toBeVisible();
    await signUp(page, newUser('newcomer'), article);
    const text = `My first words here ${Date.now()}`;
    await page.getByLabel('Add a comment').fill(text);
    await page.getByRole('button', { name: 'Post comment' }).click();
    await expect(page.getByText('Your comment is awaiting review by a moderator.')).toBeVisible();
    await page.reload();
    const mine = page.getByRole('article').filter({ hasText: text });
    await expect(mine.getByText('Awaiting review: only you and moderators can see this comment.')).toBeVisible();

    const stranger = await (await browser.newContext()).newPage();
    await stranger.goto(article);
    await expect(stranger.getByText(text)).toHaveCount(0);

    const item = mod.getByRole('listitem').filter({ hasText: text });
    await expect(item).toContainText('Risk 3: account less than a day old'); // no reload: the event stream refreshed the queue
    await item.getByRole('checkbox').check();
    await mod.getByRole('button', { name: 'Approve selected' }).click();
    await expect(mod.getByText('Approved 1 of 1 comments.')).toBeVisible();

    await stranger.reload();
    await expect(stranger.getByText(text)).toBeVisible();
  } finally {
    await setHoldCount(admin, 0);
  }
  await admin.goto('/moderation?tab=log');
  const log = admin.getByRole('table', { name: 'Moderation log, newest first' });
  await expect(log.getByRole('row').filter({ hasText: 'Changed site settings' }).first()).toContainText('first comment of new accounts held; links from new accounts allowed; no confirmed email needed → no first comments held');
});
