// Where the site lives, for canonical links, feeds and metadata.
export function siteUrl(): string {
  return (process.env.SITE_URL ?? process.env.AUTH_URL ?? 'http://localhost:3000').replace(/\/+$/, '');
}

export const SITE_NAME = 'Hallyu';
