import type { NextRequest } from 'next/server';
import { config } from '@/lib/config';
import { setEmailTopic } from '@/lib/dal/email-preferences';
import { validUnsubscribe } from '@/lib/mail/unsubscribe';
import { unsubscribeLinkSchema } from '@/lib/validation';

// One-click unsubscribe (RFC 8058). Mail apps POST here ("List-Unsubscribe-Post"); the link in the mail
// opens it with GET, which unsubscribes too and shows /unsubscribed (with a way to undo it). The signed
// link is the authority: no session needed.

async function unsubscribe(request: NextRequest): Promise<{ ok: boolean; query: string }> {
  const params = request.nextUrl.searchParams; // only these three: a mail app may add others
  const link = unsubscribeLinkSchema.safeParse({ h: params.get('h'), t: params.get('t'), s: params.get('s') });
  if (!link.success || !validUnsubscribe(link.data.h, link.data.t, link.data.s)) return { ok: false, query: '' };
  return { ok: await setEmailTopic(link.data.h, link.data.t, false), query: new URLSearchParams(link.data).toString() };
}

export async function POST(request: NextRequest) {
  const { ok } = await unsubscribe(request);
  return new Response(ok ? 'Unsubscribed.' : 'This unsubscribe link is not valid.', { status: ok ? 200 : 400 });
}

export async function GET(request: NextRequest) {
  const { ok, query } = await unsubscribe(request);
  return Response.redirect(`${config().siteUrl}/unsubscribed?${ok ? query : 'invalid=1'}`, 303);
}
