import { connection } from 'next/server';
import { listPublishedForIndex } from '@/lib/dal/articles';
import { SITE_NAME, siteUrl } from '@/lib/site';
import { xmlEscape, xmlResponse } from '@/lib/xml';

// Google News sitemap: articles published in the last two days.
export async function GET() {
  await connection();
  const base = siteUrl();
  const since = new Date(Date.now() - 2 * 24 * 3600 * 1000);
  const articles = await listPublishedForIndex({ since, limit: 1000 });
  const urls = articles.map(
    (a) => `  <url>
    <loc>${base}/articles/${a.slug}</loc>
    <news:news>
      <news:publication><news:name>${xmlEscape(SITE_NAME)}</news:name><news:language>en</news:language></news:publication>
      <news:publication_date>${a.publishedAt.toISOString()}</news:publication_date>
      <news:title>${xmlEscape(a.title)}</news:title>
    </news:news>
  </url>`,
  );
  return xmlResponse(`<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
${urls.join('\n')}
</urlset>
`);
}
