// Notifications in the app (issue #16): the bell counts what happened to a reader's comments, live with
// JavaScript and on the next page without it; /notifications lists it and marks it read.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './support/test';
import { newUser, postComment, signUp } from './support/users';

const bell = (page: Page) => page.getByRole('navigation', { name: 'Account' }).getByRole('link', { name: /^Notifications/ });

test('a reply lights the author’s bell live; the list names who replied, and marking all read clears it', async ({ page, browser }) => {
  const article = '/articles/hanok-hotel-premiere-first-look';
  const ava = await signUp(page, newUser('bell'), article);
  const mine = `Best hotel drama this year ${Date.now()}`;
  await postComment(page, mine);
  await expect(bell(page)).toHaveAccessibleName('Notifications');

  const other = await (await browser.newContext()).newPage();
  const bo = await signUp(other, newUser('replier'), article);
  const theirs = other.locator('#comments').getByRole('article', { name: `Comment by ${ava.name}` }).filter({ hasText: mine }).first();
  await theirs.getByText('Reply', { exact: true }).first().click();
  await theirs.getByLabel(`Reply to ${ava.name}`).first().fill('Agreed, the lobby scenes!');
  await theirs.getByRole('button', { name: 'Post reply' }).first().click();

  await expect(bell(page)).toHaveAccessibleName('Notifications, 1 unread', { timeout: 3_000 }); // no reload
  // The same session in a browser without JavaScript (no "runs JavaScript" cookie: it gets a page of its own).
  const noScriptContext = await browser.newContext({ javaScriptEnabled: false });
  await noScriptContext.addCookies((await page.context().cookies()).filter((c) => c.name !== 'hallyu_js'));
  const noScript = await noScriptContext.newPage();
  await noScript.goto('/');
  await expect(bell(noScript)).toHaveAccessibleName('Notifications, 1 unread'); // without JavaScript, on the next page

  await bell(page).click();
  await expect(page).toHaveURL(/\/notifications$/);
  const item = page.getByRole('article', { name: 'Unread notification' }).first();
  await expect(item).toContainText(`${bo.name} replied to your comment on`);
  await expect(item).toContainText('Agreed, the lobby scenes!');
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
  await page.getByRole('button', { name: 'Mark all as read' }).click();
  await expect(page.getByRole('article', { name: 'Unread notification' })).toHaveCount(0);
  await expect(bell(page)).toHaveAccessibleName('Notifications');
  await page.getByRole('article', { name: 'Notification' }).first().getByRole('link', { name: /Hanok/ }).click();
  await expect(page).toHaveURL(/\/articles\/hanok-hotel-premiere-first-look#comment-\d+$/);
});
