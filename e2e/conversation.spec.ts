// The conversation fans expect (issue #17): spoilers that stay folded until a reader opens them, with or
// without JavaScript; light formatting with a preview; mentions; and an accessible thread with every kind
// of comment.
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from '@playwright/test';
import { expect, test } from './support/test';
import { newUser, postComment, signUp, staffPage } from './support/users';

const thread = (page: Page) => page.locator('#comments');

/** A fan posts a formatted comment with an inline spoiler, then a comment marked as a spoiler as a whole. */
async function postSpoilers(page: Page, article: string, secret: string, whole: string) {
  await signUp(page, newUser('spoiler'), article);
  await postComment(page, `**Bold take** with ~~old news~~ and \`code\`\n> a quote\n- one point\n\nThe twist: ||${secret}||`);
  await page.waitForTimeout(2_100); // a new account's interval between comments
  await page.getByLabel('This comment contains spoilers').check();
  await postComment(page, whole);
}

async function reader(browser: Browser, javaScriptEnabled: boolean) {
  return (await browser.newContext({ javaScriptEnabled })).newPage();
}

test('a fan previews a formatted comment and posts spoilers; other readers open them with a click, with or without JavaScript', async ({ page, browser }) => {
  const article = '/articles/velvet-tide-interview';
  const [secret, whole] = [`the mentor was the villain ${Date.now()}`, `Everyone survives the finale ${Date.now()}`];
  await signUp(page, newUser('preview'), article);
  const box = page.getByLabel('Add a comment');
  await box.fill(`**Bold take** and ~~old news~~\n> a quote\n\nThe twist: ||${secret}||`);
  await page.getByRole('button', { name: 'Preview' }).click();
  const preview = page.getByRole('region', { name: 'Preview' });
  await expect(preview.locator('strong')).toHaveText('Bold take');
  await expect(preview.locator('del')).toHaveText('old news');
  await expect(preview.locator('blockquote')).toHaveText('a quote');
  await expect(preview.getByText(secret)).toBeHidden();
  await expect(box).not.toHaveValue(''); // previewing saves nothing and keeps the text
  await page.context().close();

  await postSpoilers(await reader(browser, true), article, secret, whole);

  for (const javaScriptEnabled of [true, false]) {
    const other = await reader(browser, javaScriptEnabled);
    await other.goto(article);
    const inline = thread(other).getByRole('article').filter({ hasText: 'Bold take' }).first();
    await expect(inline.locator('strong')).toHaveText('Bold take');
    await expect(inline.getByText(secret)).toBeHidden();
    await inline.getByText('Spoiler (show)').click();
    await expect(inline.getByText(secret)).toBeVisible();
    const folded = thread(other).getByRole('article').filter({ has: other.getByText('This comment contains spoilers. Show it') }).first();
    await expect(folded.getByText(whole)).toBeHidden();
    await folded.getByText('This comment contains spoilers. Show it').click();
    await expect(folded.getByText(whole)).toBeVisible();
  }
});

test('axe finds no violations on a thread with every kind of comment, light and dark', async ({ page, browser }) => {
  test.setTimeout(120_000); // four people's flows and two axe runs: past a minute on a busy 2-core machine
  const article = '/articles/last-ferry-to-jeju-finale-date';
  await postSpoilers(page, article, `a secret ${Date.now()}`, `a whole secret ${Date.now()}`); // formatted, spoilers, a new member

  const mod = await staffPage(browser, 'moderator'); // pinned, staff pick, a staff badge
  await mod.goto(article);
  const formatted = thread(mod).getByRole('article').filter({ hasText: 'Bold take' }).first();
  // A retry finds the comment pinned and picked already.
  if (!(await formatted.getByRole('button', { name: 'Unpin' }).count())) await formatted.getByRole('button', { name: 'Pin', exact: true }).click();
  await expect(formatted.getByRole('button', { name: 'Unpin' })).toBeVisible();
  if (!(await formatted.getByRole('button', { name: 'Remove staff pick' }).count())) await formatted.getByRole('button', { name: 'Staff pick', exact: true }).click();
  await expect(formatted.getByRole('button', { name: 'Remove staff pick' })).toBeVisible();
  await postComment(mod, `A word from the moderators ${Date.now()}`);

  const loud = await reader(browser, true); // someone to mute
  const loudUser = await signUp(loud, newUser('muted'), article);
  await postComment(loud, `Muted words ${Date.now()}`);

  const visitor = await reader(browser, true); // a reply to a reply ("in reply to @…"), a muted author
  const me = await signUp(visitor, newUser('axe'), article);
  const pinned = thread(visitor).getByRole('article').filter({ hasText: 'Bold take' }).first();
  await pinned.getByText('Reply', { exact: true }).first().click();
  await pinned.getByLabel(/^Reply to /).first().fill('A reply');
  await pinned.getByRole('button', { name: 'Post reply' }).first().click();
  await expect(pinned.getByRole('article', { name: `Comment by ${me.name}` })).toBeVisible();
  await visitor.waitForTimeout(2_100);
  const myReply = pinned.getByRole('article', { name: `Comment by ${me.name}` }).first();
  await myReply.getByText('Reply', { exact: true }).click();
  await myReply.getByLabel(`Reply to ${me.name}`).fill('A reply to a reply for @Demo Moderator'); // and a mention
  await myReply.getByRole('button', { name: 'Post reply' }).click();
  await expect(thread(visitor).getByRole('link', { name: `in reply to @${me.name}` })).toBeVisible();
  await expect(thread(visitor).getByRole('link', { name: '@Demo Moderator' }).first()).toBeVisible();
  await thread(visitor).getByRole('article', { name: `Comment by ${loudUser.name}` }).first().getByRole('button', { name: 'Mute' }).click();
  await expect(thread(visitor).getByText('Comment from a muted user. Show it').first()).toBeVisible();

  for (const colorScheme of ['light', 'dark'] as const) {
    await visitor.emulateMedia({ colorScheme });
    await visitor.goto(article);
    await expect(thread(visitor).getByText('Spoiler (show)').first()).toBeVisible();
    await expect(thread(visitor).getByText('Pinned', { exact: true })).toBeVisible();
    const results = await new AxeBuilder({ page: visitor }).include('#comments').analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`), colorScheme).toEqual([]);
  }
});

test('a pinned comment stays first in every order; staff picks fill the Featured order; names carry badges', async ({ page, browser }) => {
  const article = '/articles/prosecutor-baek-episode-1-recap';
  const fan = await signUp(page, newUser('pinned'), article);
  const text = `Pin-worthy theory ${Date.now()}`;
  await postComment(page, text);

  const mod = await staffPage(browser, 'moderator');
  await mod.goto(`${article}?sort=oldest`);
  const target = mod.getByRole('article', { name: `Comment by ${fan.name}` }).filter({ hasText: text });
  await target.getByRole('button', { name: 'Pin', exact: true }).click();
  await expect(target.getByRole('button', { name: 'Unpin' })).toBeVisible();
  await target.getByRole('button', { name: 'Staff pick', exact: true }).click();
  await expect(target.getByRole('button', { name: 'Remove staff pick' })).toBeVisible();

  const visitor = await reader(browser, true);
  for (const sort of ['newest', 'oldest', 'top', 'featured']) {
    await visitor.goto(`${article}?sort=${sort}`);
    const first = thread(visitor).getByRole('article').first();
    await expect(first, sort).toContainText(text);
    await expect(first.getByText('Pinned', { exact: true }), sort).toBeVisible();
  }
  await expect(thread(visitor).getByRole('article').first().getByText('Staff pick', { exact: true })).toBeVisible();
  await expect(thread(visitor).getByRole('article').first().getByText('New member', { exact: true })).toBeVisible();

  await mod.goto(article);
  await mod.getByRole('article', { name: `Comment by ${fan.name}` }).filter({ hasText: text }).getByRole('button', { name: 'Unpin' }).click();
  await expect(mod.getByRole('article', { name: `Comment by ${fan.name}` }).filter({ hasText: text }).getByRole('button', { name: 'Pin', exact: true })).toBeVisible();
});

test('a moderator sees an edited comment’s first text; readers see only the latest, marked edited', async ({ page, browser }) => {
  const article = '/articles/prosecutor-baek-episode-2-recap';
  const fan = await signUp(page, newUser('reviser'), article);
  const [first, second] = [`My first take ${Date.now()}`, `My better take ${Date.now()}`];
  await postComment(page, first);
  const mine = thread(page).getByRole('article', { name: `Comment by ${fan.name}` }).filter({ hasText: first }).first();
  await mine.getByText('Edit', { exact: true }).first().click();
  await mine.getByLabel('Edit comment').first().fill(second);
  await mine.getByRole('button', { name: 'Save' }).first().click();
  await expect(thread(page).getByRole('article', { name: `Comment by ${fan.name}` }).filter({ hasText: second })).toContainText('edited');

  const visitor = await reader(browser, true);
  await visitor.goto(article);
  await expect(thread(visitor).getByText(second)).toBeVisible();
  await expect(thread(visitor).getByText(first)).toHaveCount(0);

  const mod = await staffPage(browser, 'moderator');
  await mod.goto(article);
  const href = await thread(mod).getByRole('article', { name: `Comment by ${fan.name}` }).filter({ hasText: second }).getByRole('link', { name: 'History' }).getAttribute('href');
  await mod.goto(href!);
  const versions = mod.getByRole('region', { name: /^Earlier versions/ });
  await expect(versions).toContainText('Earlier versions (1)');
  await expect(versions).toContainText(first);
});

test('a muted user’s comments collapse for the reader who muted them, until unmuted on the profile', async ({ page, browser }) => {
  const article = '/articles/crown-of-ash-finale-date';
  const loudPage = await reader(browser, true);
  const loud = await signUp(loudPage, newUser('loud'), article);
  const text = `ALL CAPS OPINION ${Date.now()}`;
  await postComment(loudPage, text);

  await signUp(page, newUser('muter'), article);
  const theirs = () => thread(page).getByRole('article', { name: `Comment by ${loud.name}` }).first();
  await expect(theirs()).toContainText(text);
  await theirs().getByRole('button', { name: 'Mute' }).click();
  await expect(theirs().getByText('Comment from a muted user. Show it')).toBeVisible();
  await expect(theirs().getByText(text)).toBeHidden();
  await theirs().getByText('Comment from a muted user. Show it').click();
  await expect(theirs().getByText(text)).toBeVisible();

  const visitor = await reader(browser, true); // nobody else is affected
  await visitor.goto(article);
  await expect(thread(visitor).getByText(text)).toBeVisible();

  await page.goto('/profile');
  const mutedList = page.getByRole('region', { name: 'People you muted' });
  await expect(mutedList).toContainText(loud.name);
  await mutedList.getByRole('button', { name: `Unmute ${loud.name}` }).click();
  await expect(mutedList).toContainText('Nobody.');
  await page.goto(article);
  await expect(thread(page).getByText(text)).toBeVisible();
});

test('two readers on one article see each other’s new comment live, behind a button, and a hide without a reload', async ({ page, browser }) => {
  const article = '/articles/moonlit-pharmacy-finale-date';
  await signUp(page, newUser('watcher'), article);
  const other = await reader(browser, true);
  const poster = await signUp(other, newUser('poster'), article);
  await expect(thread(page).locator('[data-live="live"]')).toBeVisible(); // the watcher's stream is open

  const text = `Live from the finale ${Date.now()}`;
  await postComment(other, text);
  // "Show 1 new comment" (or more, when the watcher's shared copy was a few seconds older than the thread)
  const reveal = thread(page).getByRole('button', { name: /^Show \d+ new comments?$/ });
  await expect(reveal).toBeVisible({ timeout: 3_000 }); // no reload: the stream brought it
  await expect(thread(page).getByText(text)).toHaveCount(0); // waiting behind the button, the page did not jump
  await reveal.click();
  await expect(thread(page).getByText(text)).toBeVisible();

  const mod = await staffPage(browser, 'moderator');
  await mod.goto(article);
  const target = mod.getByRole('article', { name: `Comment by ${poster.name}` }).filter({ hasText: text });
  await target.getByText('Hide', { exact: true }).click();
  await target.getByLabel('Reason').selectOption({ label: 'Off-topic' });
  await target.getByRole('button', { name: 'Hide comment' }).click();
  await expect(thread(page).getByText(text)).toHaveCount(0, { timeout: 3_000 });
  await expect(thread(page).getByRole('article', { name: `Comment by ${poster.name}` }).first()).toContainText('This comment was hidden by a moderator.');
});

test('a reply to a reply stays in its thread and says whom it answers, with a link to that reply', async ({ page, browser }) => {
  const article = '/articles/nova-9-comeback-gravity-letters';
  const first = await signUp(page, newUser('opener'), article);
  const opener = `Who else cried at the bridge ${Date.now()}`;
  await postComment(page, opener);

  const second = await reader(browser, true);
  const bo = await signUp(second, newUser('answerer'), article);
  const top = () => thread(second).getByRole('article', { name: `Comment by ${first.name}` }).filter({ hasText: opener }).first();
  await top().getByText('Reply', { exact: true }).first().click();
  await top().getByLabel(`Reply to ${first.name}`).first().fill('Me, twice');
  await top().getByRole('button', { name: 'Post reply' }).first().click();
  await expect(top().getByRole('list', { name: `Replies to ${first.name}` })).toContainText('Me, twice');

  const third = await reader(browser, true);
  await signUp(third, newUser('third'), article);
  const theirReply = thread(third).getByRole('article', { name: `Comment by ${bo.name}` }).filter({ hasText: 'Me, twice' });
  await theirReply.getByText('Reply', { exact: true }).click();
  await theirReply.getByLabel(`Reply to ${bo.name}`).fill('Same here');
  await theirReply.getByRole('button', { name: 'Post reply' }).click();

  const replies = thread(third).getByRole('list', { name: `Replies to ${first.name}` }).first();
  const answer = replies.getByRole('article').filter({ hasText: 'Same here' });
  await expect(answer).toBeVisible(); // one level deep: in the opener's thread, not under the reply
  const link = answer.getByRole('link', { name: `in reply to @${bo.name}` });
  const replyId = await theirReply.getAttribute('id');
  await expect(link).toHaveAttribute('href', `#${replyId}`);
});

test('typing "@" suggests people from the thread; the mention links to their public profile', async ({ page, browser }) => {
  const article = '/articles/cafe-ondo-review';
  const named = await signUp(page, newUser('mentioned'), article);
  const theirs = `The café scenes felt like home ${Date.now()}`;
  await postComment(page, theirs);

  const writer = await reader(browser, true);
  await signUp(writer, newUser('mentioner'), article);
  const box = writer.getByLabel('Add a comment');
  await box.click();
  await box.pressSequentially(`So true @${named.name.slice(0, 14)}`, { delay: 20 });
  const suggestions = writer.getByRole('listbox', { name: 'People to mention' });
  const option = suggestions.getByRole('option').filter({ hasText: named.name });
  await expect(option).toContainText('in this thread');
  await expect(suggestions.getByRole('option').first()).toHaveAttribute('aria-selected', 'true');
  while ((await suggestions.getByRole('option', { selected: true }).textContent())?.includes(named.name) === false) await box.press('ArrowDown');
  await box.press('Enter');
  await expect(box).toHaveValue(`So true @${named.name} `);
  await expect(suggestions).toBeHidden();
  await box.pressSequentially('what a finale', { delay: 10 });

  await writer.getByRole('button', { name: 'Preview' }).click();
  await expect(writer.getByRole('region', { name: 'Preview' }).getByRole('link', { name: `@${named.name}` })).toBeVisible();
  await writer.getByRole('button', { name: 'Post comment' }).click();
  await expect(box).toHaveValue('');

  const visitor = await reader(browser, true); // what everyone sees
  await visitor.goto(article);
  const posted = thread(visitor).getByRole('article').filter({ hasText: 'what a finale' });
  await posted.getByRole('link', { name: `@${named.name}` }).click();
  await expect(visitor).toHaveURL(/\/people\/[a-z0-9]+$/);
  await expect(visitor.getByRole('heading', { level: 1 })).toHaveText(named.name);
  await expect(visitor.getByRole('region', { name: 'Recent comments' })).toContainText(theirs);
  await expect(visitor.getByText(named.email)).toHaveCount(0); // nothing private
  expect((await visitor.goto('/people/nobody00000'))?.status()).toBe(404);
});
