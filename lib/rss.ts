import 'server-only';
import { listPublishedForIndex } from '@/lib/dal/articles';
import { SITE_NAME, siteUrl } from '@/lib/site';
import { xmlEscape } from '@/lib/xml';

/** An RSS 2.0 feed of the latest published articles, optionally of one category. */
export async function buildRssFeed(options: { categorySlug?: string; title?: string; path: string }): Promise<string> {
  const base = siteUrl();
  const items = await listPublishedForIndex({ limit: 30, categorySlug: options.categorySlug });
  const title = options.title ? `${SITE_NAME}: ${options.title}` : SITE_NAME;
  const entries = items
    .map((a) => {
      const link = `${base}/articles/${a.slug}`;
      return `    <item>
      <title>${xmlEscape(a.title)}</title>
      <link>${link}</link>
      <guid isPermaLink="true">${link}</guid>
      <description>${xmlEscape(a.dek)}</description>
      <category>${xmlEscape(a.categoryName)}</category>
      <dc:creator>${xmlEscape(a.authorName)}</dc:creator>
      <pubDate>${a.publishedAt.toUTCString()}</pubDate>${a.heroImage ? `\n      <enclosure url="${base}${a.heroImage}" type="image/jpeg" length="0"/>` : ''}
    </item>`;
    })
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel>
    <title>${xmlEscape(title)}</title>
    <link>${base}/</link>
    <description>News, recaps and making-of videos for K-drama and K-pop fans.</description>
    <language>en</language>
    <atom:link href="${base}${options.path}" rel="self" type="application/rss+xml"/>
    <lastBuildDate>${(items[0]?.publishedAt ?? new Date()).toUTCString()}</lastBuildDate>
${entries}
  </channel>
</rss>
`;
}
