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
  if (!SESSION_COOKIES.some((name) => jar.has(name))) return null;
  // The token must still have its session row: signed out, "sign out everywhere" and bans delete it.
  const claims = await sessionClaims();
  return claims ? getViewerBySession(claims.userId, claims.sessionId) : null;
});

/** A sentence telling a restricted user why they cannot write, and until when. */
export function restrictionMessage(viewer: Viewer): string | null {
  const r = viewer.restriction;
  if (!r) return null;
  const reason = r.reason ? ` Reason: ${r.reason}.` : '';
  if (r.kind === 'ban') return `Your account is banned, so you cannot react, comment, like or report.${reason}`;
  const until = r.until!.toISOString().replace('T', ' ').slice(0, 16);
  return `Your account is suspended until ${until} UTC, so you cannot react, comment, like or report until then.${reason}`;
}
