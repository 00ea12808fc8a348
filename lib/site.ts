import { config } from '@/lib/config';

/** Where the site lives, for canonical links, feeds and metadata (SITE_URL, required in production). */
export function siteUrl(): string {
  return config().siteUrl;
}

export const SITE_NAME = 'Hallyu';
