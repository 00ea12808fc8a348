import { exportAccountData } from '@/lib/dal/account-export';
import { hitRateLimit } from '@/lib/dal/rate-limits';
import { getViewer } from '@/lib/viewer';

// "Export my data" (the profile's link): the signed-in reader's data as a JSON download. A few a day:
// each reads up to tens of thousands of rows.
export async function GET() {
  const viewer = await getViewer();
  if (!viewer) return new Response('Sign in to export your data.', { status: 401 });
  const limit = await hitRateLimit(`export:${viewer.id}`, 10, 3600);
  if (!limit.allowed) return new Response(`Too many exports. Try again in ${Math.ceil(limit.retryAfterSeconds / 60)} minutes.`, { status: 429 });
  const data = await exportAccountData(viewer.id);
  if (!data) return new Response('Your account could not be found.', { status: 404 });
  return new Response(JSON.stringify(data, null, 2), {
    headers: {
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Disposition': `attachment; filename="hallyu-data-${new Date().toISOString().slice(0, 10)}.json"`,
      'Cache-Control': 'private, no-store',
    },
  });
}
