// Item 1, at the socket: the address stamped on a request is the connection's, whatever the client
// writes in X-Forwarded-For; behind N trusted proxies, the entry N from the right.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { CLIENT_ADDRESS_HEADER, clientIp, resolveClientAddress, stampRequests } from '@/lib/client-ip';

describe('resolveClientAddress', () => {
  it('ignores X-Forwarded-For without a trusted proxy', () => {
    expect(resolveClientAddress('203.0.113.9', '127.0.0.5', 0)).toBe('127.0.0.5');
    expect(resolveClientAddress(undefined, '::ffff:10.1.2.3', 0)).toBe('10.1.2.3');
  });

  it('takes the entry N from the right behind N proxies', () => {
    // The client wrote 6.6.6.6; proxy 1 (the socket) appended the real client 198.51.100.7.
    expect(resolveClientAddress('6.6.6.6, 198.51.100.7', '10.0.0.1', 1)).toBe('198.51.100.7');
    // Two proxies: the outer one appended the client, the inner one the outer proxy.
    expect(resolveClientAddress('6.6.6.6, 198.51.100.7, 10.0.0.9', '10.0.0.1', 2)).toBe('198.51.100.7');
    // Reached directly although a proxy is configured: the leftmost address it has.
    expect(resolveClientAddress(undefined, '127.0.0.5', 1)).toBe('127.0.0.5');
  });

  it('counts IPv6 clients by their /64', () => {
    const headers = (a: string) => new Headers({ [CLIENT_ADDRESS_HEADER]: a });
    expect(clientIp(headers('2001:db8:1:2:aaaa::1'))).toBe('2001:db8:1:2::/64');
    expect(clientIp(headers('2001:db8:1:2:bbbb:cccc:dddd:eeee'))).toBe('2001:db8:1:2::/64');
    expect(clientIp(headers('2001:db8::1'))).toBe('2001:db8:0:0::/64');
    expect(clientIp(new Headers({ 'x-forwarded-for': '1.2.3.4' }))).toBe('unknown');
  });
});

describe('stampRequests', () => {
  it('overwrites what the client sent with the socket address, before the app sees the request', async () => {
    stampRequests(0);
    const server = http.createServer((req, res) => res.end(String(req.headers[CLIENT_ADDRESS_HEADER])));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const seen = await new Promise<string>((resolve, reject) => {
      http
        .get({ host: '127.0.0.1', port, localAddress: '127.0.0.42', headers: { 'x-forwarded-for': '203.0.113.1', [CLIENT_ADDRESS_HEADER]: '192.0.2.1' } }, (res) => {
          let body = '';
          res.on('data', (d) => (body += d));
          res.on('end', () => resolve(body));
        })
        .on('error', reject);
    });
    server.close();
    expect(seen).toBe('127.0.0.42');
  });
});
