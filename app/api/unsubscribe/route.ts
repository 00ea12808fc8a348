import type { NextRequest } from 'next/server';
import { EMAIL_TOPICS, type EmailTopic } from '@/db/enums';
import { config } from '@/lib/config';
import { setEmailTopic } from '@/lib/dal/email-preferences';
import { validUnsubscribe } from '@/lib/mail/unsubscribe';

// One-click unsubscribe (RFC 8058). Mail apps POST here ("List-Unsubscribe-Post"); the link in the mail
// opens it with GET, which unsubscribes too and shows /unsubscribed (with a way to undo it). The signed
// link is the authority: no session needed.

async function unsubscribe(request: NextRequest): Promise<{ ok: boolean; query: string }> {
  const params = request.nextUrl.searchParams;
  const [handle, topic, sig] = [params.get('h') ?? '', params.get('t') ?? '', params.get('s') ?? ''];
  const query = new URLSearchParams({ h: handle, t: topic, s: sig }).toString();
  if (!EMAIL_TOPICS.includes(topic as EmailTopic) || !validUnsubscribe(handle, topic as EmailTopic, sig)) return { ok: false, query };
  return { ok: await setEmailTopic(handle, topic as EmailTopic, false), query };
}

export async function POST(request: NextRequest) {
  const { ok } = await unsubscribe(request);
  return new Response(ok ? 'Unsubscribed.' : 'This unsubscribe link is not valid.', { status: ok ? 200 : 400 });
}

export async function GET(request: NextRequest) {
  const { ok, query } = await unsubscribe(request);
  return Response.redirect(`${config().siteUrl}/unsubscribed?${ok ? query : 'invalid=1'}`, 303);
}
