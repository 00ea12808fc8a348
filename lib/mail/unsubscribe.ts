import 'server-only';
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { EmailTopic } from '@/db/enums';
import { authSecret } from '@/lib/auth-secret';
import { config } from '@/lib/config';

// One-click unsubscribe links (RFC 8058): the link names the reader's public handle and the topic, signed
// with the server's secret, so it works without signing in and cannot be made up for someone else.

const signature = (handle: string, topic: EmailTopic) => createHmac('sha256', authSecret()).update(`unsubscribe:${handle}:${topic}`).digest('base64url').slice(0, 32);

export function unsubscribeUrl(handle: string, topic: EmailTopic): string {
  return `${config().siteUrl}/api/unsubscribe?h=${encodeURIComponent(handle)}&t=${topic}&s=${signature(handle, topic)}`;
}

export function validUnsubscribe(handle: string, topic: EmailTopic, sig: string): boolean {
  const expected = Buffer.from(signature(handle, topic));
  const given = Buffer.from(sig);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** The headers that let mail apps offer "Unsubscribe" themselves, by a POST to the same link. */
export const unsubscribeHeaders = (url: string) => ({ 'List-Unsubscribe': `<${url}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' });
