import { connection } from 'next/server';
import { buildRssFeed } from '@/lib/rss';
import { xmlResponse } from '@/lib/xml';

export async function GET() {
  await connection();
  return xmlResponse(await buildRssFeed({ path: '/feed.xml' }), 'application/rss+xml');
}
