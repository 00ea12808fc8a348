import 'server-only';
import { cache } from 'react';
import { auth } from '@/lib/auth';
import { getViewerById, type Viewer } from '@/lib/dal/users';

/** The signed-in person, read from the database once per request; null when signed out. */
export const getViewer = cache(async (): Promise<Viewer | null> => {
  const session = await auth();
  const id = session?.user?.id;
  return id ? getViewerById(id) : null;
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
