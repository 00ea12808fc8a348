import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './support/test';
import { XMLParser, XMLValidator } from 'fast-xml-parser';

test('a reader goes home → category → article → similar article → tag → author → search', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Trending this week' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Latest', exact: true })).toBeVisible();

  await page.getByRole('navigation', { name: 'Categories' }).getByRole('link', { name: 'Episode Recaps' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Episode Recaps' })).toBeVisible();
  await expect(page.getByText(/^\d+ articles$/)).toBeVisible();
  await expect(page.getByRole('link', { name: 'Older →' })).toHaveAttribute('rel', 'next');

  await page.locator('main article h3 a').filter({ visible: true }).first().click();
  await expect(page).toHaveURL(/\/articles\//);
  const firstTitle = await page.getByRole('heading', { level: 1 }).textContent();
  const related = page.getByRole('region', { name: 'Similar articles' }).filter({ visible: true });
  await expect(related.getByRole('link')).toHaveCount(6);
  await expect(related.getByRole('link', { name: firstTitle! })).toHaveCount(0);

  await related.getByRole('link').filter({ visible: true }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(firstTitle!);
  await expect(page.locator('time[datetime]').first()).toBeVisible();
  await expect(page.getByText(/\d+ min read/).filter({ visible: true })).toHaveCount(1);

  const tag = page.getByRole('navigation', { name: 'Tags' }).getByRole('link').filter({ visible: true }).first();
  const tagName = (await tag.textContent())!.replace('#', '');
  await tag.click();
  await expect(page.getByRole('heading', { level: 1, name: tagName })).toBeVisible();

  await page.locator('main article h3 a').filter({ visible: true }).first().click();
  await page.getByRole('link', { name: /^(Seo Min-ji|Daniel Park|Yoon Hana|Lim Jae-won|Priya Raman|Sofia Castillo)$/ }).filter({ visible: true }).first().click();
  await expect(page).toHaveURL(/\/author\//);
  await expect(page.getByText('Author', { exact: true })).toBeVisible();

  await page.goto('/search');
  await page.getByRole('searchbox', { name: 'Search articles' }).first().fill('ferry pier');
  await page.getByRole('searchbox', { name: 'Search articles' }).first().press('Enter');
  await expect(page.getByRole('status')).toContainText('match “ferry pier”');
  await expect(page.locator('main mark').first()).toBeVisible();

  await page.goto('/search?q=qwxzzy');
  await expect(page.getByText('No articles match “qwxzzy”.')).toBeVisible();
  await expect(page.getByText('Try a different search')).toBeVisible();
});

test('unknown category, tag and author slugs get the helpful not-found page', async ({ page }) => {
  for (const path of ['/category/nope', '/tag/nope', '/author/nope', '/articles/nope', '/articles/draft-moonlit-pharmacy-season-two']) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole('heading', { name: 'We could not find that page' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Back to the front page' })).toBeVisible();
  }
});

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`accessibility in ${colorScheme} mode`, () => {
    test.use({ colorScheme });
    for (const path of ['/', '/articles/moonlit-pharmacy-behind-the-scenes', '/category/k-pop', '/tag/finale', '/search?q=finale']) {
      test(`axe finds no violations on ${path}`, async ({ page }) => {
        await page.goto(path);
        const results = await new AxeBuilder({ page }).analyze();
        expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
        await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
        await expect(page.getByRole('main')).toHaveCount(1);
      });
    }
  });
}

test('feeds and sitemaps are valid XML listing published articles only', async ({ request }) => {
  const parser = new XMLParser({ ignoreAttributes: false });
  for (const path of ['/feed.xml', '/category/recaps/feed.xml', '/sitemap.xml', '/news-sitemap.xml']) {
    const response = await request.get(path);
    expect(response.status()).toBe(200);
    const xml = await response.text();
    expect(XMLValidator.validate(xml), path).toBe(true);
    expect(xml).not.toContain('draft-moonlit-pharmacy-season-two');
    parser.parse(xml);
  }
  const rss = parser.parse(await (await request.get('/feed.xml')).text());
  expect(rss.rss.channel.item.length).toBe(30);
  const recaps = parser.parse(await (await request.get('/category/recaps/feed.xml')).text());
  expect([recaps.rss.channel.item].flat().every((i: { category: string }) => i.category === 'Episode Recaps')).toBe(true);
  const news = parser.parse(await (await request.get('/news-sitemap.xml')).text());
  const newsUrls = [news.urlset.url ?? []].flat();
  expect(newsUrls.length).toBeGreaterThan(0);
  for (const u of newsUrls) expect(Date.now() - Date.parse(u['news:news']['news:publication_date'])).toBeLessThan(2 * 86_400_000);
  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toContain('Sitemap:');
});

test('an article carries search-engine metadata and JSON-LD', async ({ page }) => {
  await page.goto('/articles/crown-of-ash-premiere-first-look');
  await expect(page).toHaveTitle(/'Crown of Ash' premieres .* \| Hallyu/);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/articles\/crown-of-ash-premiere-first-look$/);
  await expect(page.locator('meta[property="og:image"]').first()).toHaveAttribute('content', /\/images\/heroes\/crown-of-ash\.jpg/);
  await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary_large_image');
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
  const data = blocks.map((b) => JSON.parse(b));
  const article = data.find((d) => d['@type'] === 'NewsArticle');
  expect(article).toMatchObject({ headline: expect.stringContaining('Crown of Ash'), datePublished: expect.any(String), dateModified: expect.any(String) });
  expect(article.image[0]).toMatch(/^https?:\/\/.+crown-of-ash\.jpg$/);
  expect(article.author[0].name).toBe('Seo Min-ji');
  const crumbs = data.find((d) => d['@type'] === 'BreadcrumbList');
  expect(crumbs.itemListElement).toHaveLength(3);
  await expect(page.getByRole('complementary', { name: 'Watch now' })).toContainText('Streaming on Pulse+');
  await expect(page.getByRole('navigation', { name: 'Share this article' }).getByRole('link', { name: /WhatsApp/ })).toHaveAttribute('href', /wa\.me/);
});

test('a video article makes no third-party request before play, then loads the privacy-enhanced player', async ({ page, baseURL }) => {
  const foreign: string[] = [];
  const ownHost = new URL(baseURL!).host;
  await page.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.host !== ownHost) {
      foreign.push(url.href);
      return route.abort();
    }
    return route.continue();
  });
  await page.goto('/articles/crown-of-ash-behind-the-scenes');
  await page.waitForLoadState('networkidle');
  expect(foreign).toEqual([]);

  const play = page.getByRole('button', { name: /^Play video: Crown of Ash: behind the scenes/ });
  await play.focus();
  await page.keyboard.press('Enter');
  const frame = page.locator('iframe[title="Crown of Ash: behind the scenes"]');
  await expect(frame).toHaveAttribute('src', /^https:\/\/www\.youtube-nocookie\.com\/embed\/[A-Za-z0-9_-]{11}/);
  await expect.poll(() => foreign.some((u) => u.startsWith('https://www.youtube-nocookie.com/'))).toBe(true);
  expect(foreign.every((u) => u.startsWith('https://www.youtube-nocookie.com/'))).toBe(true);
});

test('the layout works on a 360 px phone without horizontal scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  for (const path of ['/', '/articles/moonlit-pharmacy-review', '/category/reviews']) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
});
