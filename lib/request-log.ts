import 'server-only';
import type { Logger } from 'pino';
import { headers } from 'next/headers';
import { REQUEST_ID_HEADER } from '@/lib/client-ip';
import { log } from '@/lib/log';

/** The logger for the request being served: its lines carry the request's id. Outside a request, the process's. */
export async function requestLog(): Promise<Logger> {
  try {
    const id = (await headers()).get(REQUEST_ID_HEADER);
    return id ? log.child({ requestId: id }) : log;
  } catch {
    return log; // not serving a request (start-up, the change listener, a script)
  }
}
