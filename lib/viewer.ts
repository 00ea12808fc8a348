import 'server-only';
import { cookies } from 'next/headers';
import { cache } from 'react';
import { sessionClaims } from '@/lib/auth';
import { getViewerBySession, type Viewer } from '@/lib/dal/users';

/** The signed-in person, read from the database once per request; null when signed out or the session ended. */
export const getViewer = cache(async (): Promise<Viewer | null> => {
  const jar = await cookies();
  return viewerOfSession((name) => jar.get(name)?.value);
});

/** The ids in this request's session token, not yet checked against the database (lib/personal-view.ts checks them in its own statement). */
export async function requestSessionClaims(): Promise<{ userId: string; sessionId: string } | null> {
  const jar = await cookies();
  return sessionClaims((name) => jar.get(name)?.value);
}

/**
 * The viewer whose session cookie this request carries, read from the database; null without one, or
 * once the session ended (the token must still have its session row: signing out, "sign out
 * everywhere" and bans delete it). `cookie` reads the request's cookies (the proxy reads them from its
 * request, everything else from next/headers).
 */
export async function viewerOfSession(cookie: (name: string) => string | undefined): Promise<Viewer | null> {
  const claims = await sessionClaims(cookie);
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
