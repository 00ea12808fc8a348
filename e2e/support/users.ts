import { expect, type Browser, type Page } from '@playwright/test';

let counter = 0;

/** A demo account of the production build the tests run against (its password is set by playwright.config.ts). */
export function demoAccount(role: 'reader' | 'writer' | 'editor' | 'moderator' | 'admin') {
  return { email: `${role}@hallyu.test`, password: process.env.E2E_DEMO_PASSWORD! };
}

/** A fresh account per test, so specs never depend on each other. */
export function newUser(prefix = 'fan') {
  const id = `${Date.now().toString(36)}${process.pid}${++counter}`;
  return { name: `${prefix} ${id}`.slice(0, 40), email: `${prefix}-${id}@example.test`, password: `lightstick-${id}-Aa` };
}

export async function signUp(page: Page, user = newUser(), callbackUrl?: string) {
  await page.goto(callbackUrl ? `/signup?callbackUrl=${encodeURIComponent(callbackUrl)}` : '/signup');
  await page.getByLabel('Name').fill(user.name);
  await page.getByLabel('Email', { exact: true }).fill(user.email);
  await page.getByLabel('Password').fill(user.password);
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByRole('navigation', { name: 'Account' }).getByRole('link', { name: user.name })).toBeVisible();
  return user;
}

export async function signIn(page: Page, email: string, password: string) {
  await page.goto('/signin');
  await page.getByLabel('Email', { exact: true }).fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

export async function signOut(page: Page) {
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('link', { name: 'Sign in', exact: true })).toBeVisible();
}

/** A new browser context signed in as a demo staff account, on a page that shows the Moderation link. */
export async function staffPage(browser: Browser, role: 'moderator' | 'admin'): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  const account = demoAccount(role);
  await signIn(page, account.email, account.password);
  await expect(page.getByRole('link', { name: 'Moderation' })).toBeVisible();
  return page;
}

/** Posts a top-level comment from the article page's form and waits until the server has answered. */
export async function postComment(page: Page, text: string) {
  const box = page.getByLabel('Add a comment');
  await box.fill(text);
  await page.getByRole('button', { name: 'Post comment' }).click();
  await expect(box).toHaveValue('');
  await expect(page.getByText('Posting…')).toHaveCount(0);
}
