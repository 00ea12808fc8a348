// Liveness, for an orchestrator deciding whether to restart the process: it answers, so it lives. It
// reads nothing: a database outage is not a reason to restart every instance (that is /ready's job).
export function GET() {
  return Response.json({ status: 'ok' }, { headers: { 'Cache-Control': 'no-store' } });
}
