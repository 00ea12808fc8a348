// Email (issue #16), with the app sending through real SMTP to the test mail server: confirming an
// address, resetting a forgotten password (which ends the old sessions), and a reply's email whose
// unsubscribe link works in one click.
import type { Page } from '@playwright/test';
import { countMails, linkTo, waitForMail } from './support/mail';
import { expect, test } from './support/test';
import { newUser, postComment, signIn } from './support/users';

async function signUpWithReplyEmails(page: Page, article: string) {
  const user = newUser('mail');
  await page.goto(`/signup?callbackUrl=${encodeURIComponent(article)}`);
  await page.getByLabel('Name').fill(user.name);
  await page.getByLabel('Email', { exact: true }).fill(user.email);
  await page.getByLabel('Password').fill(user.password);
  await page.getByLabel('Email me when someone replies to my comments').check();
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByRole('navigation', { name: 'Account' }).getByRole('link', { name: user.name })).toBeVisible();
  return user;
}

test('sign up → the confirmation mail → its link confirms the address; a second use says so', async ({ page }) => {
  const user = await signUpWithReplyEmails(page, '/');
  const mail = await waitForMail(user.email, /^Confirm your email address/);
  expect(mail.html).toContain('Confirm my email');
  const link = linkTo(mail, '/verify-email');
  await page.goto(link);
  await expect(page.getByRole('heading', { name: 'Email confirmed' })).toBeVisible();
  await page.goto('/profile');
  await expect(page.getByText('(confirmed)')).toBeVisible();
  await page.goto(link);
  await expect(page.getByText('This link was already used: each one works once.')).toBeVisible();
  expect((await page.request.get('/dev/mail')).status()).toBe(404); // the development mailbox is not in production
});

test('forgot password → mail → new password; every old session ends; an unknown address gets the same answer', async ({ page, browser }) => {
  const user = await signUpWithReplyEmails(page, '/');
  const other = await (await browser.newContext()).newPage(); // a second device, signed in
  await signIn(other, user.email, user.password);
  await expect(other.getByRole('navigation', { name: 'Account' }).getByRole('link', { name: user.name })).toBeVisible();

  const stranger = await (await browser.newContext()).newPage();
  await stranger.goto('/signin');
  await expect(stranger.getByRole('link', { name: 'Forgot your password?' })).toHaveAttribute('href', '/forgot-password');
  await stranger.goto('/forgot-password'); // a fresh load: Next.js keeps the sign-in form mounted (hidden) after a client navigation
  await stranger.getByLabel('Email', { exact: true }).fill(`nobody-${Date.now()}@example.test`);
  await stranger.getByRole('button', { name: 'Send me a link' }).click();
  await expect(stranger.getByRole('status').first()).toContainText('we sent it a link');
  const unknownAnswer = (await stranger.getByRole('status').first().textContent())!.replace(/nobody-\d+@example\.test/, 'X');
  await stranger.goto('/forgot-password');
  await stranger.getByLabel('Email', { exact: true }).fill(user.email);
  await stranger.getByRole('button', { name: 'Send me a link' }).click();
  await expect(stranger.getByRole('status').first()).toContainText('we sent it a link');
  expect((await stranger.getByRole('status').first().textContent())!.replace(user.email, 'X')).toBe(unknownAnswer); // nothing told

  const link = linkTo(await waitForMail(user.email, /^Reset your Hallyu password/), '/reset-password');
  await stranger.goto(link);
  await stranger.getByLabel('New password').fill('short');
  await stranger.getByRole('button', { name: 'Save my new password' }).click();
  // The error, not the hint under the field (which also says "at least"): typing on before the answer
  // came back would be undone by React's reset of the form.
  await expect(stranger.getByLabel('New password')).toHaveAccessibleDescription(/Use at least 10 characters\./); // the link still good
  const fresh = `a-whole-new-password-${Date.now()}`;
  await stranger.getByLabel('New password').fill(fresh);
  await stranger.getByRole('button', { name: 'Save my new password' }).click();
  await expect(stranger.getByText('Your password is changed and every device was signed out.')).toBeVisible({ timeout: 15_000 }); // argon2 on a busy machine

  await other.reload();
  await expect(other.getByRole('link', { name: 'Sign in', exact: true })).toBeVisible(); // the old session ended
  await signIn(stranger, user.email, fresh);
  await expect(stranger.getByRole('navigation', { name: 'Account' }).getByRole('link', { name: user.name })).toBeVisible();
  await stranger.goto(link);
  await expect(stranger.getByText('This link was already used: each one works once.')).toBeVisible();
});

test('a reply is emailed to a reader who asked, and its unsubscribe link works in one click', async ({ page, browser }) => {
  const article = '/articles/hanok-hotel-episode-2-recap';
  const ava = await signUpWithReplyEmails(page, article);
  await page.goto(linkTo(await waitForMail(ava.email, /^Confirm your email/), '/verify-email'));
  await page.goto(article);
  const mine = `The hanok at dawn ${Date.now()}`;
  await postComment(page, mine);

  const other = await (await browser.newContext()).newPage();
  const bo = newUser('bo');
  await other.goto(`/signup?callbackUrl=${encodeURIComponent(article)}`);
  await other.getByLabel('Name').fill(bo.name);
  await other.getByLabel('Email', { exact: true }).fill(bo.email);
  await other.getByLabel('Password').fill(bo.password);
  await other.getByRole('button', { name: 'Create account' }).click();
  const theirs = other.locator('#comments').getByRole('article', { name: `Comment by ${ava.name}` }).filter({ hasText: mine }).first();
  await theirs.getByText('Reply', { exact: true }).first().click();
  await theirs.getByLabel(`Reply to ${ava.name}`).first().fill('The sound of the rain on the roof!');
  await theirs.getByRole('button', { name: 'Post reply' }).first().click();

  const mail = await waitForMail(ava.email, /replied to your comment/);
  expect(mail.subject.startsWith(`${bo.name} replied to your comment on “`)).toBe(true);
  expect(mail.text).toContain('The sound of the rain on the roof!');
  expect(mail.headers['list-unsubscribe-post']).toBe('List-Unsubscribe=One-Click');
  const unsubscribe = linkTo(mail, '/api/unsubscribe');
  expect(mail.headers['list-unsubscribe']).toBe(`<${unsubscribe}>`);

  const reader = await (await browser.newContext()).newPage(); // the mail app, not signed in
  await reader.goto(unsubscribe);
  await expect(reader.getByRole('heading', { name: 'You are unsubscribed' })).toBeVisible();
  await page.goto('/profile');
  await expect(page.getByLabel('When someone replies to my comment')).not.toBeChecked();
  await reader.getByRole('button', { name: 'Undo: email me again' }).click();
  await expect(reader.getByText('Subscribed again.')).toBeVisible();
  await page.reload();
  await expect(page.getByLabel('When someone replies to my comment')).toBeChecked();
  expect((await reader.request.post(unsubscribe)).status()).toBe(200); // what a mail app does with List-Unsubscribe-Post
  expect((await reader.request.post(unsubscribe.replace(/s=[^&]+/, 's=forged'))).status()).toBe(400);
  await page.reload();
  await expect(page.getByLabel('When someone replies to my comment')).not.toBeChecked();

  await theirs.getByText('Reply', { exact: true }).first().click(); // another reply: no email now
  await theirs.getByLabel(`Reply to ${ava.name}`).first().fill('And the kettle!');
  await theirs.getByRole('button', { name: 'Post reply' }).first().click();
  await expect(theirs.getByText('And the kettle!')).toBeVisible();
  await page.waitForTimeout(4_000); // past the email's wait (1 s here) and a delivery poll (2 s)
  expect(await countMails(ava.email, /replied to your comment/)).toBe(1);
});
