import type { Page } from '@playwright/test';
import { expect, test } from './support/test';
import { newUser, postComment, signUp, staffPage } from './support/users';

const commentWith = (page: Page, text: string) => page.getByRole('article').filter({ hasText: text }).last();

test('a moderator hides a comment with a reason, readers see a placeholder, the author sees why, and unhiding restores it', async ({ page, browser }) => {
  const article = '/articles/cafe-ondo-episode-2-recap';
  const text = `The finale twist is that ${Date.now()} was the barista all along`;
  const author = await signUp(page, newUser('spoiler'), article);
  await postComment(page, text);

  const mod = await staffPage(browser, 'moderator');
  await mod.goto(article);
  const target = commentWith(mod, text);
  await target.getByText('Hide', { exact: true }).click();
  await target.getByLabel('Reason').selectOption({ label: 'Spoilers' });
  await target.getByLabel('Note (optional)').fill('Finale spoiler without a warning');
  await target.getByRole('button', { name: 'Hide comment' }).click();
  // The page refreshes: the moderator now sees the comment marked hidden, with Unhide in place of Hide.
  await expect(target.getByRole('button', { name: 'Unhide' })).toBeVisible();
  await expect(target).toContainText('hidden');

  const reader = await (await browser.newContext()).newPage();
  await reader.goto(article);
  await expect(reader.getByText(text)).toHaveCount(0);
  await expect(reader.getByRole('article', { name: `Comment by ${author.name}` }).getByText('This comment was hidden by a moderator.')).toBeVisible();

  await page.reload();
  await expect(commentWith(page, text).getByText('A moderator hid your comment (Spoilers)')).toBeVisible();

  await mod.reload();
  await commentWith(mod, text).getByRole('button', { name: 'Unhide' }).click();
  await expect(commentWith(mod, text).getByText('Hide', { exact: true })).toBeVisible();
  await reader.reload();
  await expect(reader.getByText(text)).toBeVisible();

  await mod.goto('/moderation?tab=log');
  const rows = mod.getByRole('row').filter({ hasText: author.name });
  const unhid = rows.filter({ has: mod.getByRole('cell', { name: 'Unhid comment', exact: true }) }).first();
  const hid = rows.filter({ has: mod.getByRole('cell', { name: 'Hid comment', exact: true }) }).first();
  await expect(unhid).toContainText('hidden → published');
  await expect(unhid).toContainText('Demo Moderator');
  await expect(hid).toContainText('published → hidden');
  await expect(hid).toContainText('Spoilers');
  await expect(hid).toContainText('Finale spoiler without a warning');
});

test('reports from three readers hide a comment automatically, and it appears in the queue', async ({ page, browser }) => {
  test.setTimeout(120_000);
  const article = '/articles/hanok-hotel-episode-1-recap';
  const text = `Cheap lightsticks at totally-legit-shop ${Date.now()}`;
  await signUp(page, newUser('spammer'), article);
  await postComment(page, text);

  for (let i = 0; i < 3; i++) {
    const reader = await (await browser.newContext()).newPage();
    await signUp(reader, newUser(`reporter${i}`), article);
    const target = commentWith(reader, text);
    await target.getByText('Report', { exact: true }).click();
    await target.getByLabel('Reason').selectOption({ label: 'Spam' });
    await target.getByRole('button', { name: 'Report comment' }).click();
    if (i < 2) {
      await expect(target.getByRole('status').filter({ hasText: 'Thank you' })).toHaveText('Thank you. A moderator will look at it.');
    } else {
      // The third report hides it at once: the page refreshes and the reporter sees the placeholder.
      await expect(reader.getByText(text)).toHaveCount(0);
    }
    await reader.context().close();
  }

  const anonymous = await (await browser.newContext()).newPage();
  await anonymous.goto(article);
  await expect(anonymous.getByText(text)).toHaveCount(0);
  await expect(anonymous.getByText('This comment was hidden by a moderator.').first()).toBeVisible();

  const mod = await staffPage(browser, 'moderator');
  await mod.goto('/moderation?tab=reported');
  const item = mod.getByRole('listitem').filter({ hasText: text });
  await expect(item).toContainText('3 reporters: Spam (3)');
  await expect(item).toContainText('hidden');
  await mod.goto('/moderation?tab=log');
  await expect(mod.getByRole('row').filter({ hasText: 'Auto-hid comment' }).first()).toContainText('System');
});

test('the moderation area is for moderators only', async ({ page }) => {
  await page.goto('/moderation');
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fmoderation/);
  await signUp(page, newUser('curious'));
  const response = await page.goto('/moderation');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('link', { name: 'Moderation' })).toHaveCount(0);
});
