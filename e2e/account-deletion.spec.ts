// "Export my data" and "Delete my account" (issue #16). In these tests the grace period is 26 seconds
// (playwright.config.ts); in production it is 14 days.
import fs from 'node:fs';
import { expect, test } from './support/test';
import { newUser, postComment, signIn, signUp } from './support/users';

test('export downloads my comments; deleting signs me out, signing in cancels it, and after the grace period my comments show "[deleted]" and my like leaves the count', async ({ page, browser }) => {
  test.setTimeout(150_000); // two grace periods of 26 s
  const article = '/articles/cafe-ondo-premiere-first-look';
  const other = await (await browser.newContext()).newPage();
  const bo = await signUp(other, newUser('stays'), article);
  const boText = `Bo keeps talking ${Date.now()}`;
  await postComment(other, boText);

  const ava = await signUp(page, newUser('leaving'), article);
  const avaText = `Ava's last words ${Date.now()}`;
  await postComment(page, avaText);
  const bosComment = page.locator('#comments').getByRole('article', { name: `Comment by ${bo.name}` }).filter({ hasText: boText });
  await bosComment.getByRole('button', { name: 'Like (0)' }).click();
  await expect(bosComment.getByRole('button', { name: 'Like (1)' })).toBeVisible();

  await page.goto('/profile');
  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Export my data' }).click();
  const file = JSON.parse(fs.readFileSync((await (await download).path())!, 'utf8')) as { profile: { email: string }; comments: { body: string }[] };
  expect(file.profile.email).toBe(ava.email);
  expect(file.comments.map((c) => c.body)).toContain(avaText);

  const deleteAccount = async () => {
    await page.goto('/profile');
    await page.locator('summary', { hasText: 'Delete my account' }).click();
    await page.getByRole('button', { name: 'Delete my account' }).click();
    await expect(page.getByText('Tick the box to confirm.')).toBeVisible(); // nothing happens without it
    await page.getByLabel(/^Delete my account\. It is erased/).check();
    await page.getByLabel('Your password').fill(ava.password);
    await page.getByRole('button', { name: 'Delete my account' }).click();
    await expect(page.getByRole('heading', { name: 'Your account will be deleted' })).toBeVisible();
  };
  await deleteAccount();
  await signIn(page, ava.email, ava.password); // within the grace period: the account is kept
  await expect(page.getByText('Welcome back: your account will not be deleted.')).toBeVisible();
  await page.waitForTimeout(30_000); // past the grace period: still here
  await page.goto(article);
  await expect(page.locator('#comments').getByText(avaText).first()).toBeVisible();

  await deleteAccount();
  const visitor = await (await browser.newContext()).newPage();
  await expect(async () => {
    await visitor.goto(article);
    await expect(visitor.locator('#comments').getByText(avaText)).toHaveCount(0, { timeout: 1_000 });
    await expect(visitor.locator('#comments').getByRole('article', { name: 'Comment by [deleted]' }).first()).toContainText('Comment deleted', { timeout: 1_000 });
  }).toPass({ timeout: 60_000, intervals: [2_000] });
  await expect(visitor.locator('#comments').getByRole('article', { name: `Comment by ${bo.name}` }).filter({ hasText: boText }).getByRole('button', { name: 'Like (0)' })).toBeVisible();
  await signIn(visitor, ava.email, ava.password);
  await expect(visitor.getByText('Email or password is incorrect.')).toBeVisible(); // erased
});
