import { connection } from 'next/server';
import { listPublishedForIndex } from '@/lib/dal/articles';
import { listCategories } from '@/lib/dal/categories';
import { siteUrl } from '@/lib/site';
import { xmlResponse } from '@/lib/xml';

export async function GET() {
  await connection();
  const base = siteUrl();
  const [articles, categories] = await Promise.all([listPublishedForIndex(), listCategories()]);
  const urls = [
    `  <url><loc>${base}/</loc><changefreq>hourly</changefreq></url>`,
    ...categories.map((c) => `  <url><loc>${base}/category/${c.slug}</loc><changefreq>hourly</changefreq></url>`),
    ...articles.map((a) => `  <url><loc>${base}/articles/${a.slug}</loc><lastmod>${a.updatedAt.toISOString()}</lastmod></url>`),
  ];
  return xmlResponse(`<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${urls.join('\n')}
</urlset>
`);
}
