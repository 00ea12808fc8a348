import 'server-only';
import { cookies } from 'next/headers';
import { cache } from 'react';
import { sessionClaims } from '@/lib/auth';
import { getViewerBySession, type Viewer } from '@/lib/dal/users';

// Auth.js's session cookie (prefixed with __Secure- over HTTPS); large sessions are split into .0, .1….
export const SESSION_COOKIES = ['authjs.session-token', '__Secure-authjs.session-token', 'authjs.session-token.0', '__Secure-authjs.session-token.0'];

/** The signed-in person, read from the database once per request; null when signed out or the session ended. */
export const getViewer = cache(async (): Promise<Viewer | null> => {
  // Most visitors are anonymous: without a session cookie there is no session to decode, so skip
  // Auth.js (its per-request setup costs more than the rest of a small page).
  const jar = await cookies();
  return viewerOfSession((name) => jar.has(name));
});

/**
 * The viewer whose session cookie this request carries, read from the database; null without one, or
 * once the session ended (the token must still have its session row: signing out, "sign out
 * everywhere" and bans delete it). `hasCookie` says which cookies the request has (the proxy reads
 * them from its request, everything else from next/headers).
 */
export async function viewerOfSession(hasCookie: (name: string) => boolean): Promise<Viewer | null> {
  if (!SESSION_COOKIES.some(hasCookie)) return null;
  const claims = await sessionClaims();
  return claims ? getViewerBySession(claims.userId, claims.sessionId) : null;
}

/** A sentence telling a restricted user why they cannot write, and until when. */
export function restrictionMessage(viewer: Viewer): string | null {
  const r = viewer.restriction;
  if (!r) return null;
  const reason = r.reason ? ` Reason: ${r.reason}.` : '';
  if (r.kind === 'ban') return `Your account is banned, so you cannot react, comment, like or report.${reason}`;
  const until = r.until!.toISOString().replace('T', ' ').slice(0, 16);
  return `Your account is suspended until ${until} UTC, so you cannot react, comment, like or report until then.${reason}`;
}
