import { connection } from 'next/server';
import { checkDatabase } from '@/lib/dal/health';

export async function GET() {
  await connection();
  const database = await checkDatabase();
  return Response.json(
    { status: database.ok ? 'ok' : 'degraded', app: 'hallyu', time: new Date().toISOString(), database },
    { status: database.ok ? 200 : 503, headers: { 'Cache-Control': 'no-store' } },
  );
}
