// A client for the abuse suite that can be many clients: every request leaves from the loopback address
// it is given (127.x.y.z), as different machines would, and sends exactly the headers it is told to.
import http from 'node:http';
import { inject } from 'vitest';
import { actionIdOf, actionResult, encodeReply, formData, mergeCookies } from '../../../scripts/lib/server-actions';

export type Answer = { status: number; text: string; setCookie: string[]; headers: http.IncomingHttpHeaders; ms: number };

export const baseUrl = () => inject('baseUrl');

let next = 0;
/** A loopback address no other test uses, so per-address limits start from zero. */
export function freshAddress(): string {
  next++;
  return `127.${10 + (process.pid % 200)}.${Math.floor(next / 250)}.${(next % 250) + 2}`;
}

/** Sends one request to the site (or to `base`: one instance behind the balancer) from `from`. */
export function send(path: string, options: { method?: string; headers?: Record<string, string>; body?: Buffer | string; from?: string; base?: string } = {}): Promise<Answer> {
  const url = new URL(path, options.base ?? baseUrl());
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const request = http.request(
      { host: url.hostname, port: url.port, path: url.pathname + url.search, method: options.method ?? 'GET', headers: options.headers, localAddress: options.from ?? '127.0.0.1' },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (c: Buffer) => chunks.push(c));
        response.on('end', () => {
          const setCookie = response.headers['set-cookie'] ?? [];
          resolve({ status: response.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8'), setCookie, headers: response.headers, ms: performance.now() - started });
        });
        response.on('error', reject);
      },
    );
    request.on('error', reject);
    if (options.body !== undefined) request.write(options.body);
    request.end();
  });
}

/**
 * Where an answer sends the browser: its Location, or, for a redirect() in a page rendered with Cache
 * Components (Next.js then answers 200 and the redirect travels in the page's payload), that URL.
 * Null when it stays.
 */
export function redirectTarget(answer: Answer): string | null {
  if (answer.status >= 300 && answer.status < 400) return String(answer.headers.location ?? '');
  return /NEXT_REDIRECT;(?:replace|push);([^;]+);30\d;/.exec(answer.text)?.[1] ?? null;
}

export type ActionAnswer = Answer & { state: { status?: string; message?: string; fieldErrors?: Record<string, string[]> } | null };

/** Calls a form action of lib/actions the way the page's JavaScript does, from `from`. */
export async function callAction(page: string, exportedName: string, fields: Record<string, string | number>, options: { cookie?: string; from?: string; headers?: Record<string, string>; base?: string } = {}): Promise<ActionAnswer> {
  const encoded = new Response(await encodeReply([{ status: 'idle' }, formData(fields)]));
  const body = Buffer.from(await encoded.arrayBuffer());
  const answer = await send(page, {
    method: 'POST',
    from: options.from,
    base: options.base,
    body,
    headers: {
      'Next-Action': actionIdOf(exportedName),
      Accept: 'text/x-component',
      'Content-Type': encoded.headers.get('content-type')!,
      'Content-Length': String(body.length),
      // The site's public address, as a browser sends it and a balancer passes it on (Host) to an instance.
      Origin: baseUrl(),
      Host: new URL(baseUrl()).host,
      ...(options.cookie ? { Cookie: options.cookie } : {}),
      ...options.headers,
    },
  });
  return { ...answer, state: actionResult(answer.text) as ActionAnswer['state'] };
}

export { mergeCookies };

/** Signs up a fresh account from `from`; returns its credentials and session cookie. */
export async function signUp(from: string, name = `Fan ${Math.random().toString(36).slice(2, 8)}`) {
  const user = { name, email: `abuse-${Date.now()}-${Math.random().toString(36).slice(2)}@example.test`, password: `moonlit-${Math.random().toString(36).slice(2)}-Aa` };
  const answer = await callAction('/signup', 'signUpAction', user, { from });
  const cookie = mergeCookies('', answer.setCookie);
  return { ...user, cookie, answer };
}

/** Signs in from `from` (with `cookie` carried, e.g. a device cookie); returns the answer and the cookies after it. */
export async function signIn(email: string, password: string, from: string, cookie = '', base?: string) {
  const answer = await callAction('/signin', 'signInAction', { email, password }, { from, cookie, base });
  return { answer, cookie: mergeCookies(cookie, answer.setCookie), signedIn: answer.setCookie.some((c) => c.startsWith('authjs.session-token=') && !c.startsWith('authjs.session-token=;')) };
}

export const demoPassword = () => inject('demoPassword');
