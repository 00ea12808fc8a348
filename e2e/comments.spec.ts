import type { Page } from '@playwright/test';
import { expect, test } from './support/test';
import { callAction, formData } from './support/actions';
import { newUser, signOut, signUp } from './support/users';

const ARTICLE = '/articles/last-ferry-to-jeju-episode-1-recap';
// The full flow counts the comments on its article, so no other test may comment there (tests in a file
// run in parallel). The demo conversation is there too: counts are taken relative to it.
const FLOW_ARTICLE = '/articles/cafe-ondo-episode-1-recap';
const comments = (page: Page) => page.getByRole('region', { name: /^Comments/ });
const commentBy = (page: Page, name: string, text: string) =>
  comments(page).getByRole('article', { name: `Comment by ${name}` }).filter({ hasText: text }).first();

test('sign up → comment → reply → like → edit → delete, then the signed-out gate', async ({ page }) => {
  const user = await signUp(page, newUser('commenter'), FLOW_ARTICLE);
  const text = `The ferry scene ${Date.now()} was perfect`;
  const heading = comments(page).getByRole('heading', { name: /^Comments \(\d+\)$/ });
  const before = Number(/\((\d+)\)/.exec((await heading.textContent()) ?? '')?.[1]);

  await comments(page).getByLabel('Add a comment').fill(`${text}\nsecond line https://example.com/ferry.`);
  await comments(page).getByRole('button', { name: 'Post comment' }).click();
  const mine = commentBy(page, user.name, text);
  await expect(mine).toBeVisible();
  await expect(comments(page).getByText('Posting…')).toHaveCount(0);

  // At once (a new account waits 2 s between comments here), before the slower checks below.
  await mine.getByText('Reply', { exact: true }).first().click();
  const reply = mine.getByLabel(`Reply to ${user.name}`).first(); // the comment's own form, before its replies' forms
  await reply.fill('Replying to myself, as one does');
  await mine.getByRole('button', { name: 'Post reply' }).click();
  // Too soon after the first comment: refused with a clear message, and the text stays in the box.
  await expect(reply).toHaveAccessibleDescription(/You are commenting too fast/);
  await expect(reply).toHaveValue('Replying to myself, as one does');

  await expect(comments(page).getByRole('heading', { name: `Comments (${before + 1})` })).toBeVisible();
  await expect(mine.getByRole('link', { name: 'https://example.com/ferry' })).toHaveAttribute('rel', 'nofollow ugc noopener noreferrer');
  await expect(mine.locator('time[datetime]')).toBeVisible();
  await expect(comments(page).getByLabel('Add a comment')).toHaveValue('');
  await page.waitForTimeout(2_100);
  await mine.getByRole('button', { name: 'Post reply' }).click();
  await expect(reply).toBeHidden(); // the reply form closes once the server confirms
  await expect(comments(page).getByText('Posting…')).toHaveCount(0);
  await page.reload();
  await expect(commentBy(page, user.name, text).getByRole('list', { name: `Replies to ${user.name}` })).toContainText('Replying to myself');

  const like = mine.getByRole('button', { name: /^Like \(\d+\)$/ }).first();
  // The count changes at once (optimistic); wait for the server's answer before reloading, which would cancel it.
  const answered = page.waitForResponse((res) => res.request().method() === 'POST' && Boolean(res.request().headers()['next-action']));
  await like.click();
  await answered;
  await expect(like).toHaveAttribute('aria-pressed', 'true');
  await expect(like).toHaveText('Like (1)');
  await page.reload();
  await expect(commentBy(page, user.name, text).getByRole('button', { name: 'Like (1)' }).first()).toHaveAttribute('aria-pressed', 'true');

  await commentBy(page, user.name, text).getByText('Edit', { exact: true }).first().click();
  await commentBy(page, user.name, text).getByLabel('Edit comment').first().fill(`${text} (fixed a typo)`);
  await commentBy(page, user.name, text).getByRole('button', { name: 'Save' }).first().click();
  const edited = commentBy(page, user.name, '(fixed a typo)');
  await expect(edited).toContainText('edited');

  page.once('dialog', (dialog) => dialog.accept());
  await edited.getByRole('button', { name: 'Delete' }).first().click();
  await expect(comments(page).getByText('Comment deleted')).toBeVisible();
  await expect(comments(page)).toContainText('Replying to myself'); // the thread keeps its shape

  await signOut(page);
  await page.goto(FLOW_ARTICLE);
  await expect(comments(page)).toContainText('Sign in to join the conversation');
  await expect(comments(page).getByRole('link', { name: 'Sign in' })).toHaveAttribute('href', /callbackUrl=.*%23comments/);
  await expect(comments(page).getByLabel('Add a comment')).toHaveCount(0);
});

test('another reader cannot edit or delete someone else’s comment, even by calling the action directly', async ({ page, browser }) => {
  const author = await signUp(page, newUser('author'), ARTICLE);
  const text = `Mine and only mine ${Date.now()}`;
  await comments(page).getByLabel('Add a comment').fill(text);
  await comments(page).getByRole('button', { name: 'Post comment' }).click();
  await expect(commentBy(page, author.name, text)).toBeVisible();
  await expect(comments(page).getByText('Posting…')).toHaveCount(0); // confirmed, not only shown: a reload would cancel it
  await page.reload();
  const id = await commentBy(page, author.name, text).locator('input[name="commentId"]').first().getAttribute('value');

  const other = await browser.newContext();
  const intruder = await other.newPage();
  await signUp(intruder, newUser('intruder'), ARTICLE);
  const theirs = commentBy(intruder, author.name, text);
  await expect(theirs).toBeVisible();
  await expect(theirs.getByText('Edit', { exact: true })).toHaveCount(0);
  await expect(theirs.getByRole('button', { name: 'Delete' })).toHaveCount(0);

  const edit = await callAction(intruder.request, ARTICLE, 'updateComment', [{ status: 'idle' }, formData({ commentId: id!, body: 'pwned' })]);
  expect(edit.text).toContain('You can only change your own comments.');
  const remove = await callAction(intruder.request, ARTICLE, 'removeComment', [{ status: 'idle' }, formData({ commentId: id! })]);
  expect(remove.text).toContain('You can only change your own comments.');
  await other.close();

  await page.reload();
  await expect(commentBy(page, author.name, text)).toBeVisible();
  await expect(comments(page)).not.toContainText('pwned');
});

test('bad input gets a clear message next to the field and the text stays in the box', async ({ page }) => {
  await signUp(page, newUser('verbose'), ARTICLE);
  const box = comments(page).getByLabel('Add a comment');
  const long = 'x'.repeat(2_001);
  await box.fill(long);
  await comments(page).getByRole('button', { name: 'Post comment' }).click();
  await expect(box).toHaveAccessibleDescription(/at most 2,000 characters/);
  await expect(box).toHaveValue(long);
  await box.fill('   \n  ');
  await comments(page).getByRole('button', { name: 'Post comment' }).click();
  await expect(box).toHaveAccessibleDescription(/Write something first/);
});

test('comments are plain text: an XSS corpus renders as text and no dialog ever opens', async ({ page }) => {
  test.setTimeout(120_000);
  let dialogs = 0;
  page.on('dialog', async (dialog) => {
    dialogs++;
    await dialog.dismiss();
  });
  const user = await signUp(page, newUser('xss'), '/articles/signal-lost-episode-2-recap');
  const corpus = [
    '<script>alert(1)</script>',
    '<img src=x onerror=alert(2)>',
    '<svg onload=alert(3)><circle r=1 /></svg>',
    'javascript:alert(4)',
    '<a href="javascript:alert(5)">click</a>',
    '"><iframe src=javascript:alert(6)>',
    '\u202Egnp.exe<b onmouseover=alert(7)>rtl</b>',
    '<details open ontoggle=alert(8)>',
  ];
  // Post as one comment per payload would trip the 1-per-5-seconds limit; a few bodies carry several each.
  const bodies = [corpus.slice(0, 4).join('\n'), corpus.slice(4).join('\n')];
  for (const [i, body] of bodies.entries()) {
    if (i > 0) await page.waitForTimeout(2_500); // the test server lets new accounts comment every 2 s
    await comments(page).getByLabel('Add a comment').fill(body);
    await comments(page).getByRole('button', { name: 'Post comment' }).click();
    await expect(comments(page).getByLabel('Add a comment')).toHaveValue('');
    await expect(comments(page).getByText('Posting…')).toHaveCount(0);
  }
  await page.reload();
  for (const payload of corpus) {
    const visible = payload.replace('\u202E', '');
    await expect(comments(page).getByText(visible.slice(0, 20), { exact: false }).first()).toBeVisible();
  }
  // Inside this reader's comments (the page's own <details> menus, Reply and Edit, carry no handlers).
  const mine = comments(page).getByRole('article', { name: `Comment by ${user.name}` });
  await expect(mine).toHaveCount(bodies.length);
  expect(await mine.locator('script, img[src="x"], svg, iframe, [ontoggle], [onmouseover], [onerror], [onload], details[open]').count()).toBe(0);
  expect(await comments(page).locator('a[href^="javascript:"]').count()).toBe(0);
  expect(dialogs).toBe(0);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a signed-in reader posts a comment with a plain form post', async ({ page }) => {
    const article = '/articles/moonlit-pharmacy-episode-2-recap';
    const user = newUser('nojs');
    await page.goto(`/signup?callbackUrl=${encodeURIComponent(article)}`);
    await page.getByLabel('Name').fill(user.name);
    await page.getByLabel('Email', { exact: true }).fill(user.email);
    await page.getByLabel('Password').fill(user.password);
    await page.getByRole('button', { name: 'Create account' }).click();
    await expect(page).toHaveURL(new RegExp(`${article}$`));
    const text = `Posted without JavaScript ${Date.now()}`;
    await comments(page).getByLabel('Add a comment').fill(text);
    await comments(page).getByRole('button', { name: 'Post comment' }).click();
    await expect(commentBy(page, user.name, text)).toBeVisible();

    // Reply and Edit open as plain <details> and post as plain forms.
    await page.waitForTimeout(2_100); // the interval between two comments of a new account
    await commentBy(page, user.name, text).getByText('Reply', { exact: true }).first().click();
    await commentBy(page, user.name, text).getByLabel(`Reply to ${user.name}`).fill('A reply without JavaScript');
    await commentBy(page, user.name, text).getByRole('button', { name: 'Post reply' }).click();
    await expect(commentBy(page, user.name, text).getByRole('list', { name: `Replies to ${user.name}` })).toContainText('A reply without JavaScript');
    const mine = commentBy(page, user.name, text);
    await mine.getByText('Edit', { exact: true }).first().click();
    await mine.getByLabel('Edit comment').first().fill(`${text}, edited without JavaScript`);
    await mine.getByRole('button', { name: 'Save' }).first().click();
    await expect(commentBy(page, user.name, 'edited without JavaScript')).toContainText('edited');
  });
});

test('the profile page shows the join date and recent comments, and the display name can be changed', async ({ page }) => {
  const article = '/articles/seven-summers-episode-1-recap';
  const user = await signUp(page, newUser('profile'), article);
  const text = `A comment for my profile ${Date.now()}`;
  await comments(page).getByLabel('Add a comment').fill(text);
  await comments(page).getByRole('button', { name: 'Post comment' }).click();
  await expect(comments(page).getByText('Posting…')).toHaveCount(0);

  await page.getByRole('navigation', { name: 'Account' }).getByRole('link', { name: user.name }).click();
  await expect(page.getByRole('heading', { level: 1, name: user.name })).toBeVisible();
  await expect(page.getByText(/^Joined/)).toBeVisible();
  await expect(page.getByRole('region', { name: 'Your recent comments' })).toContainText(text);

  await page.getByLabel('Display name').fill('X');
  await page.getByRole('button', { name: 'Save name' }).click();
  await expect(page.getByLabel('Display name')).toHaveAccessibleDescription(/at least 2 characters/);
  await page.getByLabel('Display name').fill('Renamed Fan');
  await page.getByRole('button', { name: 'Save name' }).click();
  await expect(page.getByRole('navigation', { name: 'Account' }).getByRole('link', { name: 'Renamed Fan' })).toBeVisible();
});
