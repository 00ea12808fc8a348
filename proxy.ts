import { NextResponse, type NextRequest } from 'next/server';
import { auth } from '@/lib/auth';
import { staffRole } from '@/lib/dal/moderation';
import { slugExists, type SlugKind } from '@/lib/dal/slugs';
import { buildCsp } from '@/lib/security-headers';

// Runs before every page: sets the Content-Security-Policy with a fresh nonce, and decides 404s that
// pages cannot. Next.js 16.3+ with Cache Components sends a 200 when a page or layout calls notFound()
// (vercel/next.js#95380, #98518), so unknown slugs, and readers under /moderation, are rewritten here to
// a path no route matches, which renders app/not-found.tsx with a real 404.
const KINDS: Record<string, SlugKind> = { articles: 'article', category: 'category', tag: 'tag', author: 'author' };

const OAUTH_HOSTS = [
  ...(process.env.AUTH_GITHUB_ID ? ['https://github.com'] : []),
  ...(process.env.AUTH_GOOGLE_ID ? ['https://accounts.google.com'] : []),
];

async function isMissing(request: NextRequest): Promise<boolean> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return false;
  const [, section, slug, rest] = request.nextUrl.pathname.split('/');
  try {
    if (section === 'moderation') {
      // Signed-out visitors go on to the layout's sign-in redirect; signed-in non-staff get a 404.
      const session = await auth();
      return Boolean(session?.user?.id && !(await staffRole(session.user.id)));
    }
    const kind = KINDS[section];
    if (!kind || !slug || rest !== undefined) return false;
    return !(await slugExists(kind, decodeURIComponent(slug)));
  } catch {
    return false; // the page itself reports a database problem
  }
}

export async function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.randomUUID()).toString('base64');
  const csp = buildCsp(nonce, { dev: process.env.NODE_ENV === 'development', oauthHosts: OAUTH_HOSTS });
  const headers = new Headers(request.headers);
  headers.set('x-nonce', nonce);
  headers.set('Content-Security-Policy', csp); // Next.js reads the nonce from here for its own scripts

  const response = (await isMissing(request))
    ? NextResponse.rewrite(new URL('/_not-found-page', request.url), { status: 404, request: { headers } })
    : NextResponse.next({ request: { headers } });
  response.headers.set('Content-Security-Policy', csp);
  return response;
}

export const config = {
  // Pages and actions; not static files, optimised images or the API (which serves no HTML).
  matcher: [{ source: '/((?!_next/static|_next/image|images/|bench/|favicon.ico|icon.svg|api/).*)' }],
};
