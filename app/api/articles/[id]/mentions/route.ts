import type { NextRequest } from 'next/server';
import { suggestMentions } from '@/lib/dal/mentions';
import { MAX_NAME_LENGTH } from '@/lib/limits';
import { getViewer } from '@/lib/viewer';

// Names to suggest after "@" in an article's comment form (components/comments/mention-field.tsx): for
// signed-in readers only (they are the ones who can write), never cached (the list leaves out the viewer).
const PRIVATE = { 'Cache-Control': 'private, no-store' };

export async function GET(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const q = request.nextUrl.searchParams.get('q') ?? '';
  if (!/^\d{1,10}$/.test(id) || q.length > MAX_NAME_LENGTH) return Response.json({ error: 'Unknown article or name.' }, { status: 400, headers: PRIVATE });
  const viewer = await getViewer();
  if (!viewer) return Response.json({ error: 'Sign in to mention people.' }, { status: 401, headers: PRIVATE });
  return Response.json({ people: await suggestMentions(Number(id), q, viewer.id) }, { headers: PRIVATE });
}
