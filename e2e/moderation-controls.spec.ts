// Moderators' controls before harm (issue #18): per-article controls, ban and clean up, names, and the
// queue's keyboard shortcuts. Each test uses its own article, so settings on one never reach another
// spec. Site-wide pre-moderation is in e2e/site-settings/ (it runs after every other spec).
import type { Page } from '@playwright/test';
import { callAction, formData } from './support/actions';
import { expect, test } from './support/test';
import { newUser, postComment, signUp, staffPage } from './support/users';

/** Finds a user at /moderation/users and opens their page (a full load: the list stays out of the DOM). */
async function openUserPage(mod: Page, user: { name: string; email: string }) {
  await mod.goto(`/moderation/users?q=${encodeURIComponent(user.email)}`);
  const href = await mod.getByRole('link', { name: user.name }).getAttribute('href');
  await mod.goto(href!);
  await expect(mod.getByRole('heading', { level: 1, name: user.name })).toBeVisible();
}

/** Opens the article's comment settings as staff and saves what `change` sets. */
async function setControls(page: Page, article: string, change: (form: Page) => Promise<void>) {
  await page.goto(article);
  await page.getByText('Comment settings for this article').click();
  await change(page);
  await page.getByRole('button', { name: 'Save comment settings' }).click();
  await expect(page.getByText('Comment settings saved.')).toBeVisible();
}

test('a closed article shows the notice to everyone and refuses a direct action call', async ({ page, browser }) => {
  const article = '/articles/weekly-ratings-week-1';
  const mod = await staffPage(browser, 'moderator');
  await setControls(mod, article, async (p) => {
    await p.getByLabel('Close comments').check();
    await p.getByLabel('Message above the thread').fill('Closed while we tidy up the ratings thread.');
  });
  try {
    await signUp(page, newUser('closed'), article);
    const notice = page.getByRole('note', { name: 'About this conversation' });
    await expect(notice).toContainText('Closed while we tidy up the ratings thread.');
    await expect(notice).toContainText('Comments are closed on this article.');
    await expect(page.getByLabel('Add a comment')).toHaveCount(0);

    // The reaction form names the article; the comment form is gone.
    const articleId = /name="articleId" value="(\d+)"/.exec(await (await page.request.get(article)).text())?.[1];
    expect(articleId).toBeDefined();
    const marker = `Sneaking past the closed door ${Date.now()}`;
    const answer = await callAction(page.request, article, 'postComment', [{ status: 'idle' }, formData({ articleId: articleId!, body: marker })]);
    expect(answer.text).toContain('Comments are closed on this article.');
    expect(answer.text).toContain(marker); // the text comes back, nothing lost
    await page.reload();
    await expect(page.getByText(marker)).toHaveCount(0);
  } finally {
    await setControls(mod, article, async (p) => {
      await p.getByLabel('Close comments').uncheck();
      await p.getByLabel('Message above the thread').fill('');
    });
  }
  await page.reload();
  await expect(page.getByLabel('Add a comment')).toBeVisible();
});

test('slow mode refuses a second comment within the window with a clear message, keeping the text', async ({ page, browser }) => {
  const article = '/articles/weekly-ratings-week-2';
  const mod = await staffPage(browser, 'moderator');
  await setControls(mod, article, (p) => p.getByLabel(/^Slow mode/).fill('120'));
  try {
    await signUp(page, newUser('slow'), article);
    await expect(page.getByRole('note', { name: 'About this conversation' })).toContainText('Slow mode is on: one comment every 120 seconds per person.');
    await postComment(page, `First thought ${Date.now()}`);
    await page.waitForTimeout(2_500); // past the site-wide interval between comments, within slow mode
    const second = `Second thought ${Date.now()}`;
    const box = page.getByLabel('Add a comment');
    await box.fill(second);
    await page.getByRole('button', { name: 'Post comment' }).click();
    await expect(page.getByText(/Slow mode is on for this article: one comment every 120 seconds\. Wait \d+ seconds and post again\./)).toBeVisible();
    await expect(box).toHaveValue(second);
  } finally {
    await setControls(mod, article, (p) => p.getByLabel(/^Slow mode/).fill('0'));
  }
});

test('banning with clean-up hides all of a user’s comments, and lifting the ban restores them', async ({ page, browser }) => {
  const article = '/articles/nova-9-interview';
  const spammer = await signUp(page, newUser('cleanup'), article);
  const texts = [`Buy lightsticks at my shop ${Date.now()}`, `Cheapest tickets anywhere ${Date.now()}`];
  await postComment(page, texts[0]);
  await page.waitForTimeout(2_500);
  await postComment(page, texts[1]);

  const mod = await staffPage(browser, 'moderator');
  await openUserPage(mod, spammer);
  await mod.getByLabel(`Restrict ${spammer.name}`).selectOption('ban');
  await mod.getByLabel('Reason (shown to the user)').fill('Spam run');
  await mod.getByLabel('Also hide all their comments').check();
  await mod.getByRole('button', { name: 'Apply' }).click();
  await expect(mod.getByText('User banned. 2 comments hidden.')).toBeVisible();

  const reader = await (await browser.newContext()).newPage();
  await reader.goto(article);
  for (const text of texts) await expect(reader.getByText(text)).toHaveCount(0);
  await expect(reader.getByRole('article', { name: `Comment by ${spammer.name}` }).getByText('This comment was hidden by a moderator.')).toHaveCount(2);

  await mod.reload();
  await expect(mod.getByLabel('Also restore the 2 comments hidden with the restriction')).toBeChecked();
  await mod.getByRole('button', { name: 'Lift restriction' }).click();
  // The page comes back without the ban, and its log shows each comment restored, naming the ban.
  await expect(mod.getByRole('button', { name: 'Lift restriction' })).toHaveCount(0);
  await expect(mod.getByRole('row').filter({ hasText: 'Restored with the lifted restriction' })).toHaveCount(2);
  await reader.reload();
  for (const text of texts) await expect(reader.getByText(text)).toBeVisible();

  await mod.goto('/moderation?tab=log');
  await expect(mod.getByRole('row').filter({ hasText: 'Banned user' }).filter({ hasText: spammer.name }).first()).toContainText('Spam run');
});

test('a display name containing a banned word is refused', async ({ page, browser }) => {
  const word = `grime${Date.now().toString(36)}`;
  const admin = await staffPage(browser, 'admin');
  await admin.goto('/moderation/banned-words');
  await admin.getByLabel('New banned word').fill(word);
  await admin.getByRole('button', { name: 'Add word' }).click();
  await expect(admin.getByText(`“${word}” added.`)).toBeVisible();

  const user = newUser('names');
  await page.goto('/signup');
  await page.getByLabel('Name').fill(`The ${word.toUpperCase()} fan`);
  await page.getByLabel('Email', { exact: true }).fill(user.email);
  await page.getByLabel('Password').fill(user.password);
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByLabel('Name')).toHaveAccessibleDescription(/contains a word that is not allowed here/);

  await expect(page.getByLabel('Email', { exact: true })).toHaveValue(user.email); // what was typed is kept (but the password)
  await page.getByLabel('Name').fill(user.name);
  await page.getByLabel('Password').fill(user.password);
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByRole('navigation', { name: 'Account' }).getByRole('link', { name: user.name })).toBeVisible();
  await page.goto('/profile');
  await page.getByLabel('Display name').fill(`Super${word[0].toUpperCase()}${word.slice(1)}`); // "SuperGrime…" reads as "Super Grime…"
  await page.getByRole('button', { name: 'Save name' }).click();
  await expect(page.getByLabel('Display name')).toHaveAccessibleDescription(/contains a word that is not allowed here/);
});

test('the queue’s keyboard shortcuts approve and hide', async ({ page, browser }) => {
  const article = '/articles/echoline-interview';
  const fan = await signUp(page, newUser('reviewed'), article);
  const mod = await staffPage(browser, 'moderator');
  await openUserPage(mod, fan);
  await mod.getByRole('button', { name: 'Always review this user' }).click();
  await expect(mod.getByText('Every comment of this user will be held for review.')).toBeVisible();

  const [first, second] = [`Held thought one ${Date.now()}`, `Held thought two ${Date.now()}`];
  await postComment(page, first);
  await expect(page.getByText('Your comment is awaiting review by a moderator.')).toBeVisible();
  await page.waitForTimeout(2_500);
  await postComment(page, second);

  await mod.goto(`/moderation?tab=pending&sort=newest&article=${article.split('/').pop()}`);
  await expect(mod.getByRole('listitem').filter({ hasText: second })).toHaveAttribute('aria-current', 'true');
  await mod.keyboard.press('a'); // approves the current one: the newest
  await expect(mod.getByText('Approved 1 of 1 comments.')).toBeVisible();
  await expect(mod.getByRole('listitem').filter({ hasText: second })).toHaveCount(0);
  await mod.getByLabel('Reason', { exact: true }).selectOption({ label: 'Spam' });
  await mod.locator('body').click({ position: { x: 5, y: 5 } }); // leave the field: shortcuts work outside fields
  await mod.keyboard.press('h');
  await expect(mod.getByText('Hid 1 of 1 comments.')).toBeVisible();
  await expect(mod.getByRole('listitem').filter({ hasText: first })).toHaveCount(0);

  const reader = await (await browser.newContext()).newPage();
  await reader.goto(article);
  await expect(reader.getByText(second)).toBeVisible();
  await expect(reader.getByText(first)).toHaveCount(0);
});
