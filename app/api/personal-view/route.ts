import type { NextRequest } from 'next/server';
import { requestLog } from '@/lib/request-log';
import { readPersonalView } from '@/lib/personal-view';
import { describeError, isOutage } from '@/lib/unavailable';
import { personalViewSchema } from '@/lib/validation';

// A read for one visitor: the browser asks once per page load that came from the shared copy. A route
// handler, not a server action: it is on the hot path of every signed-in page view, and JSON over GET
// costs a fraction of an action's round trip. Never cached anywhere: it answers for the cookie's owner.
const PRIVATE = { 'Cache-Control': 'private, no-store' };

export async function GET(request: NextRequest) {
  const parsed = personalViewSchema.safeParse(Object.fromEntries(request.nextUrl.searchParams));
  if (!parsed.success) return Response.json({ error: 'Unknown article or sort.' }, { status: 400, headers: PRIVATE });
  try {
    return Response.json(await readPersonalView(parsed.data), { headers: PRIVATE });
  } catch (error) {
    if (!isOutage(error)) throw error;
    (await requestLog()).error({ where: 'personal view', error: describeError(error) }, 'database unavailable');
    return Response.json({ error: 'Unavailable right now.' }, { status: 503, headers: PRIVATE });
  }
}
