import { NextResponse, type NextRequest } from 'next/server';
import { auth } from '@/lib/auth';
import { staffRole } from '@/lib/dal/moderation';
import { slugExists, type SlugKind } from '@/lib/dal/slugs';

// Unknown slugs must answer 404, not 200. Next.js 16.3+ with Cache Components sends a 200 when a page
// calls notFound() (vercel/next.js#95380, #98518), so the status is decided here, before rendering:
// an unknown slug is rewritten to a path no route matches, which renders app/not-found.tsx with a 404.
const KINDS: Record<string, SlugKind> = { articles: 'article', category: 'category', tag: 'tag', author: 'author' };

const notFoundPage = (request: NextRequest) => NextResponse.rewrite(new URL('/_not-found-page', request.url), { status: 404 });

export async function proxy(request: NextRequest) {
  if (request.method !== 'GET' && request.method !== 'HEAD') return NextResponse.next();
  const [, section, slug] = request.nextUrl.pathname.split('/');
  if (section === 'moderation') {
    // Signed-out visitors go on to the layout's sign-in redirect; signed-in non-staff get a real 404.
    // (The layout, every page and every action check the role again themselves.)
    const session = await auth();
    if (session?.user?.id && !(await staffRole(session.user.id))) return notFoundPage(request);
    return NextResponse.next();
  }
  const kind = KINDS[section];
  if (!kind || !slug) return NextResponse.next();
  try {
    if (await slugExists(kind, decodeURIComponent(slug))) return NextResponse.next();
  } catch {
    return NextResponse.next(); // the page itself will report a database problem
  }
  return notFoundPage(request);
}

export const config = {
  matcher: ['/articles/:slug', '/category/:slug', '/tag/:slug', '/author/:slug', '/moderation', '/moderation/:path*'],
};
