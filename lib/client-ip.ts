import { randomUUID } from 'node:crypto';
import { subscribe } from 'node:diagnostics_channel';
import type { IncomingMessage } from 'node:http';
import type { Socket } from 'node:net';

/**
 * The header carrying the client's address to the app. It is written for every request by
 * `stampClientAddresses` from the socket, before Next.js reads the request: whatever a client sends
 * under this name is overwritten, so nothing the client writes decides its address.
 */
export const CLIENT_ADDRESS_HEADER = 'x-hallyu-client-address';

/**
 * The client's address: the connecting socket's with no trusted proxy (X-Forwarded-For is ignored),
 * or, behind `hops` trusted proxies, the entry `hops` from the right of X-Forwarded-For once the
 * socket's address is appended (each proxy appends the address it received the request from, so
 * entries a client wrote sit further left and are never used).
 */
export function resolveClientAddress(forwardedFor: string | string[] | undefined, socketAddress: string | undefined, hops: number): string {
  const socket = normalizeAddress(socketAddress ?? '') || 'unknown';
  if (hops === 0) return socket;
  const header = Array.isArray(forwardedFor) ? forwardedFor.join(',') : (forwardedFor ?? '');
  const chain = [...header.split(',').map((s) => normalizeAddress(s.trim())).filter(Boolean), socket];
  // A request that came through fewer proxies than configured (someone reaching the app directly)
  // gets the leftmost address it has; keep the app reachable only through its proxies.
  return chain[Math.max(0, chain.length - 1 - hops)];
}

function normalizeAddress(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  return (mapped ? mapped[1] : address).toLowerCase();
}

let stamping = false;

/** The id a log line names a request by: a trusted proxy's (nginx's $request_id), else a new one. */
export const REQUEST_ID_HEADER = 'x-request-id';
const REQUEST_ID = /^[\w.-]{8,64}$/;

/**
 * Writes CLIENT_ADDRESS_HEADER and REQUEST_ID_HEADER on every request this process's HTTP server
 * receives. Node publishes 'http.server.request.start' synchronously before the server emits the
 * request, so both are in place before Next.js (proxy, pages, actions, route handlers) sees it. A
 * request id sent by the client is kept only behind a trusted proxy. Called once at start-up.
 */
export function stampRequests(hops: number): void {
  if (stamping) return;
  stamping = true;
  subscribe('http.server.request.start', (message) => {
    const { request, socket } = message as { request: IncomingMessage; socket: Socket };
    request.headers[CLIENT_ADDRESS_HEADER] = resolveClientAddress(request.headers['x-forwarded-for'], socket.remoteAddress, hops);
    const given = request.headers[REQUEST_ID_HEADER];
    request.headers[REQUEST_ID_HEADER] = hops > 0 && typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
  });
}

/**
 * The key rate limits count a client under: its address, with IPv6 cut to its /64 (one household or
 * server gets a whole /64, so counting single IPv6 addresses would let one client rotate through them).
 */
export function clientIp(headers: Headers): string {
  const address = headers.get(CLIENT_ADDRESS_HEADER) ?? 'unknown';
  return address.includes(':') ? ipv6Prefix64(address) : address;
}

function ipv6Prefix64(address: string): string {
  const [head, tail = ''] = address.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups = address.includes('::') ? [...left, ...Array(Math.max(0, 8 - left.length - right.length)).fill('0'), ...right] : left;
  return `${groups.slice(0, 4).map((g) => g.replace(/^0+(?=.)/, '')).join(':')}::/64`;
}
