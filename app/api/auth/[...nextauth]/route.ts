import { NextRequest } from 'next/server';
import { handlers } from '@/lib/auth';
import { MAX_FORM_BODY_BYTES } from '@/lib/limits';
import { readLimited } from '@/lib/read-limited';
import { getViewer } from '@/lib/viewer';

const TOO_LARGE = () => new Response(`Request too large: at most ${MAX_FORM_BODY_BYTES / 1024} KB.`, { status: 413, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });

// Auth.js reads a sign-in post in full: the body is checked against the form limit first, so a
// multi-megabyte post costs nothing.
export async function POST(request: NextRequest) {
  const body = await readLimited(request, MAX_FORM_BODY_BYTES);
  if (!body) return TOO_LARGE();
  return handlers.POST(new NextRequest(request.url, { method: 'POST', headers: request.headers, body: new Uint8Array(body) }));
}

// The session endpoint answers from the database too: a token whose session ended (signed out, signed
// out everywhere, banned) reads as signed out.
export async function GET(request: NextRequest) {
  if (request.nextUrl.pathname.endsWith('/session') && !(await getViewer())) return Response.json(null, { headers: { 'Cache-Control': 'private, no-store' } });
  return handlers.GET(request);
}
