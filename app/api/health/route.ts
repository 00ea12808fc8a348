import { connection } from 'next/server';
import { checkDatabase } from '@/lib/dal/health';
import { getViewer } from '@/lib/viewer';

// For load balancers and uptime checks: 200 "ok" or 503 "unavailable", and nothing about the inside.
// The details (database kind, latency, the driver's error) are for operators: a signed-in admin sees
// them here, and a failure is written to the server log.
export async function GET() {
  await connection();
  const database = await checkDatabase();
  const status = database.ok ? 'ok' : 'unavailable';
  const operator = (await getViewer().catch(() => null))?.role === 'admin';
  return Response.json(operator ? { status, time: new Date().toISOString(), database } : { status }, {
    status: database.ok ? 200 : 503,
    headers: { 'Cache-Control': 'no-store' },
  });
}
