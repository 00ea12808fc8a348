import fs from 'node:fs';
import sharp from 'sharp';
import type { Browser, BrowserContextOptions, Page } from '@playwright/test';
import { expect, test } from './support/test';
import { demoAccount, signIn } from './support/users';

// The newsroom, as its people use it: a writer writes and submits, an editor schedules, the site
// publishes on time by itself, slugs move with a redirect, a stale save is refused, unpublishing takes
// the article off every list. Bad input is answered next to its field, and saving and previewing work
// without JavaScript.

async function newsroomPage(browser: Browser, role: 'writer' | 'editor' | 'admin', options: BrowserContextOptions = {}): Promise<Page> {
  const page = await (await browser.newContext(options)).newPage();
  const account = demoAccount(role);
  await signIn(page, account.email, account.password);
  await expect(page.getByRole('link', { name: 'Newsroom' })).toBeVisible();
  return page;
}

/** A camera-like JPEG to upload. */
async function photo(path: string) {
  const data = await sharp({ create: { width: 1600, height: 900, channels: 3, background: '#b4346c' } })
    .jpeg()
    .withMetadata({ exif: { IFD0: { Make: 'E2ECam' } } })
    .toBuffer();
  fs.writeFileSync(path, data);
  return path;
}

const heroUpload = (page: Page) => page.getByRole('group', { name: 'Hero image' });

test('a writer writes, an editor schedules, the site publishes it on time, moves its slug and unpublishes it', async ({ browser, request }, testInfo) => {
  test.setTimeout(300_000);
  const title = `Hanok Hotel wraps filming ${Date.now().toString(36)}`;
  const writer = await newsroomPage(browser, 'writer');

  await writer.goto('/newsroom/articles/new');
  await writer.getByLabel('Title', { exact: true }).fill(title);
  await writer.getByLabel('Dek', { exact: true }).fill('A courtyard, a last scene and a lot of tea.');
  await writer.getByLabel('Body', { exact: true }).fill('## The last day\n\nThe cast said goodbye in the **courtyard**.\n\n> It felt like leaving home.');
  await writer.getByLabel('Category').selectOption({ label: 'Making-of' });
  await writer.getByLabel('Tags', { exact: true }).fill('Newsroom e2e');
  await heroUpload(writer).getByLabel('Image').setInputFiles(await photo(testInfo.outputPath('hero.jpg')));
  await expect(heroUpload(writer).locator('img')).toHaveAttribute('src', /^\/media\/[a-z0-9]{20}\/1200\.webp$/);
  await writer.getByLabel('Alt text').fill('The cast in the hotel courtyard');
  await writer.getByLabel('Credit').fill('Photo: Hallyu studio');
  await writer.getByLabel('Video address').fill('https://www.youtube.com/watch?v=dQw4w9WgXcQ');
  await writer.getByLabel('Card title').fill('Hanok Hotel, the finale');
  await writer.getByLabel('Platform').fill('Channel Hanbit');
  await writer.getByLabel('Link', { exact: true }).fill('https://example.com/watch/hanok-hotel');

  await writer.getByRole('button', { name: 'Preview' }).click();
  const preview = writer.getByRole('region', { name: 'Preview' });
  await expect(preview.getByRole('heading', { name: 'The last day' })).toBeVisible();
  await expect(preview.locator('strong', { hasText: 'courtyard' })).toBeVisible(); // the Markdown, rendered
  await expect(preview.getByRole('button', { name: /Play video/ })).toBeVisible();
  await expect(preview.getByRole('complementary', { name: 'Watch now' })).toContainText('Channel Hanbit');

  await writer.getByRole('button', { name: 'Save draft' }).click();
  await writer.waitForURL(/\/newsroom\/articles\/\d+/);
  const editUrl = new URL(writer.url()).pathname;
  await writer.goto(editUrl);
  await writer.getByRole('button', { name: 'Submit for review' }).click();
  await expect(writer.getByTestId('article-status')).toHaveText('In review');
  await expect(writer.getByRole('button', { name: 'Publish now' })).toHaveCount(0); // writers cannot publish

  // The editor schedules it for the next minute but one; nobody touches it again.
  const editor = await newsroomPage(browser, 'editor');
  await editor.goto('/newsroom?status=review');
  await editor.getByRole('link', { name: title }).click();
  const at = await editor.evaluate(() => {
    const d = new Date(Date.now() + 60_000);
    d.setSeconds(0, 0);
    d.setMinutes(d.getMinutes() + 1);
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
  });
  await editor.getByLabel(/Publish at/).fill(at);
  await editor.getByRole('button', { name: 'Schedule' }).click();
  await expect(editor.getByTestId('article-status')).toHaveText('Scheduled');
  const slug = (await editor.getByLabel('Slug').inputValue()) || '';
  expect(slug).toMatch(/^hanok-hotel-wraps-filming-/);

  const shows = async (path: string, text: string) => (await (await request.get(path)).text()).includes(text);
  const everywhere = async () =>
    Promise.all([shows('/', title), shows('/category/making-of', title), shows('/feed.xml', title), shows('/sitemap.xml', `/articles/${slug}`), shows('/news-sitemap.xml', `/articles/${slug}`)]);
  await expect.poll(everywhere, { timeout: 180_000, intervals: [2_000] }).toEqual([true, true, true, true, true]);
  const article = await request.get(`/articles/${slug}`);
  expect(article.status()).toBe(200);
  expect(await article.text()).toContain('The cast said goodbye');

  // A new slug: the old address answers 301 with the new one.
  await editor.reload();
  await expect(editor.getByTestId('article-status')).toHaveText('Published');
  await editor.getByLabel('Slug').fill(`${slug}-finale`);
  await editor.getByRole('button', { name: 'Update' }).click();
  await expect(editor.getByText('Saved.')).toBeVisible();
  const old = await request.get(`/articles/${slug}`, { maxRedirects: 0 });
  expect(old.status()).toBe(301);
  expect(old.headers().location).toMatch(new RegExp(`/articles/${slug}-finale$`));

  // Two editors on one version: the second save is refused, and its text stays in the form.
  const second = await newsroomPage(browser, 'admin');
  await second.goto(editUrl);
  await editor.getByLabel('Dek', { exact: true }).fill('The editor’s sharper dek.');
  await editor.getByRole('button', { name: 'Update' }).click();
  await expect(editor.getByText('Saved.')).toBeVisible();
  await second.getByLabel('Dek', { exact: true }).fill('The second editor’s dek, typed from an old version.');
  await second.getByRole('button', { name: 'Update' }).click();
  await expect(second.getByRole('alert').filter({ hasText: 'Not saved' })).toContainText(/Not saved: Demo Editor saved this article at .+ after you opened it/);
  await expect(second.getByLabel('Dek', { exact: true })).toHaveValue('The second editor’s dek, typed from an old version.');

  // Unpublished: off every list, and neither address leads to it.
  editor.once('dialog', (dialog) => void dialog.accept());
  await editor.getByRole('button', { name: 'Unpublish' }).click();
  await expect(editor.getByTestId('article-status')).toHaveText('Unpublished');
  await expect.poll(everywhere, { timeout: 10_000 }).toEqual([false, false, false, false, false]);
  expect((await request.get(`/articles/${slug}-finale`)).status()).toBe(404);
  expect((await request.get(`/articles/${slug}`, { maxRedirects: 0 })).status()).toBe(404);
});

test('bad input gets a clear message next to its field, and nothing typed is lost', async ({ browser }, testInfo) => {
  const editor = await newsroomPage(browser, 'editor');
  await editor.goto('/newsroom/articles/new');
  await editor.getByLabel('Body', { exact: true }).fill('Words I do not want to lose.');
  await editor.getByLabel('Slug').fill('hanok-hotel-episode-2-recap'); // a published article's
  await editor.getByLabel('Video address').fill('https://video.example.com/watch/123');
  await editor.getByRole('button', { name: 'Save draft' }).click();
  await expect(editor.locator('#title-error')).toHaveText('Give the article a title.');
  await expect(editor.getByLabel('Title', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await expect(editor.locator('#videoUrl-error')).toContainText('cannot be embedded. Use a video from YouTube or Vimeo.');
  await expect(editor.getByLabel('Body', { exact: true })).toHaveValue('Words I do not want to lose.');

  await editor.getByLabel('Title', { exact: true }).fill('A title at last');
  await editor.getByLabel('Video address').fill('');
  await editor.getByRole('button', { name: 'Save draft' }).click();
  await expect(editor.locator('#slug-error')).toContainText('Another article already uses this slug');
  await expect(editor.getByLabel('Body', { exact: true })).toHaveValue('Words I do not want to lose.');

  const past = '2020-01-01T09:00';
  await editor.getByLabel('Slug').fill('');
  await editor.getByLabel(/Publish at/).fill(past);
  await editor.getByRole('button', { name: 'Schedule' }).click();
  await expect(editor.locator('#scheduledAt-error')).toHaveText('That time has passed. Choose a time in the future.');

  const hero = heroUpload(editor);
  const big = testInfo.outputPath('big.jpg');
  fs.writeFileSync(big, Buffer.alloc(20 * 1024 * 1024, 1));
  await hero.getByLabel('Image').setInputFiles(big);
  await expect(hero.getByText(/That file is 20\.0 MB; images can be at most 10 MB/)).toBeVisible();
  const fake = testInfo.outputPath('not-a-photo.jpg');
  fs.writeFileSync(fake, '<html><script>alert(1)</script></html>');
  await hero.getByLabel('Image').setInputFiles(fake);
  await expect(hero.getByText('That file is not an image we can use.', { exact: false })).toBeVisible();
  await expect(hero.locator('img')).toHaveCount(0);
  // The server's own limit, for a client that skips the browser's check.
  const direct = await editor.request.post('/api/newsroom/images', { multipart: { file: { name: 'big.jpg', mimeType: 'image/jpeg', buffer: Buffer.alloc(20 * 1024 * 1024, 1) } } });
  expect(direct.status()).toBe(413);
  expect((await direct.json()).error).toMatch(/at most 10 MB/);
  await expect(editor.getByLabel('Body', { exact: true })).toHaveValue('Words I do not want to lose.');
});

test('without JavaScript a writer previews and saves', async ({ browser }) => {
  const writer = await newsroomPage(browser, 'writer', { javaScriptEnabled: false });
  await writer.goto('/newsroom/articles/new');
  await writer.getByLabel('Title', { exact: true }).fill('Written without JavaScript');
  await writer.getByLabel('Body', { exact: true }).fill('## A plain heading\n\nPlain _words_.');
  await writer.getByRole('button', { name: 'Preview' }).click();
  await expect(writer.getByRole('region', { name: 'Preview' }).getByRole('heading', { name: 'A plain heading' })).toBeVisible();
  await expect(writer.getByLabel('Title', { exact: true })).toHaveValue('Written without JavaScript');
  await writer.getByRole('button', { name: 'Save draft' }).click();
  await expect(writer).toHaveURL(/\/newsroom\/articles\/\d+\?created=1/);
  await expect(writer.getByLabel('Body', { exact: true })).toHaveValue('## A plain heading\n\nPlain _words_.');
  await writer.getByLabel('Body', { exact: true }).fill('## A plain heading\n\nPlain _words_, revised.');
  await writer.getByRole('button', { name: 'Save draft' }).click();
  await expect(writer.getByText('Saved.')).toBeVisible();
  await writer.goto('/newsroom?q=Written+without');
  await expect(writer.getByRole('link', { name: 'Written without JavaScript' })).toBeVisible();
});

test('the newsroom fits a 360 px phone without sideways scrolling', async ({ browser }) => {
  const writer = await newsroomPage(browser, 'writer', { viewport: { width: 360, height: 740 } });
  await writer.goto('/newsroom');
  const href = await writer.getByRole('link', { name: /LUMEN/ }).first().getAttribute('href');
  for (const path of ['/newsroom', '/newsroom/articles/new', href!, `${href}/history`]) {
    await writer.goto(path);
    const overflow = await writer.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
  await expect(writer.getByText('Version 1 · In review')).toBeVisible(); // a seeded article's history has its start
});
