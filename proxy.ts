import { NextResponse, type NextRequest } from 'next/server';
import { sessionClaims } from '@/lib/auth';
import { REQUEST_ID_HEADER } from '@/lib/client-ip';
import { config as settings, serverOrigin } from '@/lib/config';
import { articleSurrogateKeys } from '@/lib/dal/articles';
import { publicProfileExists } from '@/lib/dal/profiles';
import { staffRole } from '@/lib/dal/staff';
import { movedArticleSlug, slugId, type SlugKind } from '@/lib/dal/slugs';
import { newsroomActor } from '@/lib/dal/newsroom-access';
import { JS_COOKIE } from '@/lib/js-cookie';
import { MAX_COMMENT_LENGTH, MAX_FORM_BODY_BYTES, NEWSROOM_FORM_BODY_BYTES } from '@/lib/limits';
import { cachedPage, FILL_HEADER, personalizedCopy } from '@/lib/page-cache';
import { pageCacheKey, surrogateKeysOf, type CacheablePage } from '@/lib/page-cache-key';
import { decodeReactorCookie, REACTOR_COOKIE } from '@/lib/reactor';
import { buildCsp } from '@/lib/security-headers';
import { safeCallbackUrl } from '@/lib/validation';
import { viewerOfSession } from '@/lib/viewer';

// Runs before every page:
// - sets the Content-Security-Policy with a fresh nonce;
// - decides 404s that pages cannot. Next.js 16.3+ with Cache Components sends a 200 when a page or
//   layout calls notFound() (vercel/next.js#95380, #98518), so unknown slugs, and readers under
//   /moderation or /newsroom, are rewritten here to a path no route matches, which renders
//   app/not-found.tsx with a real 404 (an unpublished article too; a published article's old slug
//   answers 301 with its new address); and sends visitors where a page would redirect them (sign in first, or back from the
//   sign-in forms once signed in), with a real 307;
// - answers anonymous visitors from the page cache (lib/page-cache.ts);
// - refuses form posts larger than any form here, with a clear 413.
const KINDS: Record<string, SlugKind> = { articles: 'article', category: 'category', tag: 'tag', author: 'author' };

const OAUTH_HOSTS = [
  ...(settings().auth.github ? ['https://github.com'] : []),
  ...(settings().auth.google ? ['https://accounts.google.com'] : []),
];
const DEV = settings().nodeEnv === 'development';

// The crawlers Next.js itself recognises (next/server's isBot), without parsing the whole user agent.
const CRAWLER =
  /Googlebot|Mediapartners-Google|AdsBot-Google|googleweblight|Storebot-Google|Google-PageRenderer|Google-InspectionTool|Bingbot|BingPreview|Slurp|DuckDuckBot|baiduspider|yandex|sogou|LinkedInBot|bitlybot|tumblr|vkShare|quora link preview|facebookexternalhit|facebookcatalog|Twitterbot|applebot|redditbot|Slackbot|Discordbot|WhatsApp|SkypeUriPreview|ia_archiver|GPTBot/i;

type Route = { missing: boolean; articleId: number | null; cacheable: CacheablePage | null; redirect?: string; permanent?: boolean };

/** The signed-in viewer's id, checked against the database (a session that ended is signed out). */
const liveViewerId = async (request: NextRequest) => (await viewerOfSession((name) => request.cookies.get(name)?.value))?.id ?? null;

const signInFirst = (request: NextRequest) => `/signin?callbackUrl=${encodeURIComponent(request.nextUrl.pathname + request.nextUrl.search)}`;

async function routeOf(request: NextRequest): Promise<Route> {
  const plain: Route = { missing: false, articleId: null, cacheable: null };
  if (request.method !== 'GET' && request.method !== 'HEAD') return plain;
  const [, section, slug, rest] = request.nextUrl.pathname.split('/');
  try {
    if (!section) return { ...plain, cacheable: 'listing' }; // the home page
    if (section === 'search' && slug === undefined) return { ...plain, cacheable: 'search' };
    // Redirects are decided here, with a real 307: a redirect() in a page answers 200 and leaves it to
    // JavaScript (see the README's Known issues), which a browser without it never follows.
    if ((section === 'signin' || section === 'signup') && slug === undefined) {
      if (await liveViewerId(request)) return { ...plain, redirect: safeCallbackUrl(request.nextUrl.searchParams.get('callbackUrl') ?? undefined) };
      return { ...plain, cacheable: 'account-form' };
    }
    if ((section === 'profile' || section === 'notifications') && slug === undefined) return (await liveViewerId(request)) ? plain : { ...plain, redirect: signInFirst(request) };
    if (section === 'moderation') {
      // Signed-out visitors are sent to sign in; signed-in non-staff get a 404.
      const viewerId = await liveViewerId(request);
      if (!viewerId) return { ...plain, redirect: signInFirst(request) };
      return { ...plain, missing: !(await staffRole(viewerId)) };
    }
    if (section === 'newsroom') {
      const viewerId = await liveViewerId(request);
      if (!viewerId) return { ...plain, redirect: signInFirst(request) };
      const actor = await newsroomActor(viewerId);
      return { ...plain, missing: !actor || (slug === 'categories' && !actor.editor) }; // categories: editors only
    }
    if (section === 'people' && slug && rest === undefined) return { ...plain, missing: !(await publicProfileExists(decodeURIComponent(slug))) };
    if (section === 'dev') return { ...plain, missing: !DEV }; // the development mailbox
    const kind = KINDS[section];
    if (!kind || !slug || rest !== undefined) return plain;
    const id = await slugId(kind, decodeURIComponent(slug));
    if (id === null && kind === 'article') {
      // An old address of a renamed article answers 301 with the new one.
      const moved = await movedArticleSlug(decodeURIComponent(slug));
      if (moved) return { ...plain, redirect: `/articles/${moved}${request.nextUrl.search}`, permanent: true };
      return { ...plain, missing: true };
    }
    if (id === null) return { ...plain, missing: true };
    return kind === 'article' ? { ...plain, articleId: id, cacheable: 'article' } : { ...plain, cacheable: 'listing' };
  } catch {
    return plain; // the page itself reports a database problem
  }
}

/**
 * Whether the page cache answers this request, and with which copy: everyone who sees what every
 * anonymous visitor sees gets the shared copy. So does someone with a session or a reactor cookie whose
 * browser runs our JavaScript, marked to fill in their own part (personalize); without JavaScript, and
 * on the sign-in forms, they get a render of their own. Only valid cookies count: a forged or expired
 * reactor or session cookie does not buy a render.
 */
async function cacheAnswer(request: NextRequest, route: Route): Promise<{ key: string; personalize: boolean } | null> {
  if (DEV || !route.cacheable) return null;
  const h = request.headers;
  if (h.has(FILL_HEADER) || h.has('rsc') || h.has('next-router-prefetch') || h.has('next-router-state-tree') || h.has('next-action')) return null;
  if (CRAWLER.test(h.get('user-agent') ?? '')) return null; // crawlers get a full render with metadata in the head
  const key = pageCacheKey(route.cacheable, request.nextUrl.pathname, request.nextUrl.searchParams);
  if (!key) return null;
  const known =
    decodeReactorCookie(request.cookies.get(REACTOR_COOKIE)?.value) !== null ||
    (await sessionClaims((name) => request.cookies.get(name)?.value)) !== null;
  if (!known) return { key, personalize: false };
  if (route.cacheable === 'account-form' || request.cookies.get(JS_COOKIE)?.value !== '1') return null;
  return { key, personalize: true };
}

/** The answer to a form post larger than any form here (Next.js itself would answer 500). */
function tooLarge(newsroom: boolean): NextResponse {
  const message = newsroom
    ? `This article is too large to save: at most ${NEWSROOM_FORM_BODY_BYTES / 1024} KB. Nothing was saved; go back to keep your text.`
    : `This request is too large: forms here send at most ${MAX_FORM_BODY_BYTES / 1024} KB (a comment is at most ${MAX_COMMENT_LENGTH.toLocaleString('en')} characters). Nothing was saved.`;
  return new NextResponse(message, { status: 413, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' } });
}

export async function proxy(request: NextRequest) {
  if (request.method === 'POST') {
    const newsroom = request.nextUrl.pathname.startsWith('/newsroom/');
    if (Number(request.headers.get('content-length') ?? 0) > (newsroom ? NEWSROOM_FORM_BODY_BYTES : MAX_FORM_BODY_BYTES)) return tooLarge(newsroom);
  }
  const nonce = Buffer.from(crypto.randomUUID()).toString('base64');
  const csp = buildCsp(nonce, { dev: DEV, oauthHosts: OAUTH_HOSTS });
  const requestId = request.headers.get(REQUEST_ID_HEADER) ?? '';
  const route = await routeOf(request);
  if (route.redirect) return NextResponse.redirect(new URL(route.redirect, request.url), route.permanent ? 301 : 307);

  const answer = route.missing ? null : await cacheAnswer(request, route);
  if (answer) {
    const { articleId, cacheable } = route;
    const surrogateKeys = async () => (articleId !== null ? articleSurrogateKeys(articleId) : surrogateKeysOf(cacheable as Exclude<CacheablePage, 'article'>, request.nextUrl.pathname));
    const shared = await cachedPage(answer.key, articleId, serverOrigin(), nonce, surrogateKeys).catch(() => null);
    const page = shared && answer.personalize ? personalizedCopy(shared, articleId) : shared;
    if (page) {
      const response = new NextResponse(request.method === 'HEAD' ? null : page.body, { status: 200, headers: page.headers });
      response.headers.set('Content-Security-Policy', csp);
      response.headers.set(FILL_HEADER, page.outcome);
      response.headers.set(REQUEST_ID_HEADER, requestId); // quoted in a bug report, it finds the server's lines
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
  response.headers.set(REQUEST_ID_HEADER, requestId);
  return response;
}

export const config = {
  // Pages and actions; not static files, optimised images or the API (which serves no HTML).
  matcher: [{ source: '/((?!_next/static|_next/image|images/|media/|bench/|favicon.ico|icon.svg|api/).*)' }],
};
