import { NextResponse, type NextRequest } from 'next/server';
import { auth } from '@/lib/auth';
import { config as settings, serverOrigin } from '@/lib/config';
import { staffRole } from '@/lib/dal/moderation';
import { slugId, type SlugKind } from '@/lib/dal/slugs';
import { cachedPage, FILL_HEADER } from '@/lib/page-cache';
import { REACTOR_COOKIE } from '@/lib/reactor';
import { buildCsp } from '@/lib/security-headers';
import { SESSION_COOKIES } from '@/lib/viewer';

// Runs before every page:
// - sets the Content-Security-Policy with a fresh nonce;
// - decides 404s that pages cannot. Next.js 16.3+ with Cache Components sends a 200 when a page or
//   layout calls notFound() (vercel/next.js#95380, #98518), so unknown slugs, and readers under
//   /moderation, are rewritten here to a path no route matches, which renders app/not-found.tsx with a
//   real 404;
// - answers anonymous visitors from the page cache (lib/page-cache.ts).
const KINDS: Record<string, SlugKind> = { articles: 'article', category: 'category', tag: 'tag', author: 'author' };

const OAUTH_HOSTS = [
  ...(settings().auth.github ? ['https://github.com'] : []),
  ...(settings().auth.google ? ['https://accounts.google.com'] : []),
];
const DEV = settings().nodeEnv === 'development';

// The crawlers Next.js itself recognises (next/server's isBot), without parsing the whole user agent.
const CRAWLER =
  /Googlebot|Mediapartners-Google|AdsBot-Google|googleweblight|Storebot-Google|Google-PageRenderer|Google-InspectionTool|Bingbot|BingPreview|Slurp|DuckDuckBot|baiduspider|yandex|sogou|LinkedInBot|bitlybot|tumblr|vkShare|quora link preview|facebookexternalhit|facebookcatalog|Twitterbot|applebot|redditbot|Slackbot|Discordbot|WhatsApp|SkypeUriPreview|ia_archiver|GPTBot/i;

type Route = { missing: boolean; articleId: number | null; listing: boolean };

async function routeOf(request: NextRequest): Promise<Route> {
  const plain: Route = { missing: false, articleId: null, listing: false };
  if (request.method !== 'GET' && request.method !== 'HEAD') return plain;
  const [, section, slug, rest] = request.nextUrl.pathname.split('/');
  try {
    if (!section) return { ...plain, listing: true }; // the home page
    if (section === 'moderation') {
      // Signed-out visitors go on to the layout's sign-in redirect; signed-in non-staff get a 404.
      const session = await auth();
      return { ...plain, missing: Boolean(session?.user?.id && !(await staffRole(session.user.id))) };
    }
    const kind = KINDS[section];
    if (!kind || !slug || rest !== undefined) return plain;
    const id = await slugId(kind, decodeURIComponent(slug));
    if (id === null) return { ...plain, missing: true };
    return kind === 'article' ? { ...plain, articleId: id } : { ...plain, listing: true };
  } catch {
    return plain; // the page itself reports a database problem
  }
}

/** A reader page requested by someone who sees what every anonymous visitor sees. */
function anonymousReaderPage(request: NextRequest, route: Route): boolean {
  if (DEV || (route.articleId === null && !route.listing)) return false;
  const { searchParams } = request.nextUrl;
  const query = [...searchParams.keys()];
  if (query.length > 1 || (query.length === 1 && !(query[0] === 'page' && /^\d{1,4}$/.test(searchParams.get('page')!)))) return false;
  const h = request.headers;
  if (h.has(FILL_HEADER) || h.has('rsc') || h.has('next-router-prefetch') || h.has('next-router-state-tree') || h.has('next-action')) return false;
  if (request.cookies.has(REACTOR_COOKIE) || SESSION_COOKIES.some((name) => request.cookies.has(name))) return false;
  return !CRAWLER.test(h.get('user-agent') ?? ''); // crawlers get a full render with metadata in the head
}

export async function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.randomUUID()).toString('base64');
  const csp = buildCsp(nonce, { dev: DEV, oauthHosts: OAUTH_HOSTS });
  const route = await routeOf(request);

  if (!route.missing && anonymousReaderPage(request, route)) {
    const page = await cachedPage(request.nextUrl.pathname + request.nextUrl.search, route.articleId, serverOrigin(), nonce).catch(() => null);
    if (page) {
      const response = new NextResponse(request.method === 'HEAD' ? null : page.body, { status: 200, headers: page.headers });
      response.headers.set('Content-Security-Policy', csp);
      response.headers.set(FILL_HEADER, page.outcome);
      return response;
    }
  }

  const headers = new Headers(request.headers);
  headers.set('x-nonce', nonce);
  headers.set('Content-Security-Policy', csp); // Next.js reads the nonce from here for its own scripts
  const response = route.missing
    ? NextResponse.rewrite(new URL('/_not-found-page', request.url), { status: 404, request: { headers } })
    : NextResponse.next({ request: { headers } });
  response.headers.set('Content-Security-Policy', csp);
  return response;
}

export const config = {
  // Pages and actions; not static files, optimised images or the API (which serves no HTML).
  matcher: [{ source: '/((?!_next/static|_next/image|images/|bench/|favicon.ico|icon.svg|api/).*)' }],
};
