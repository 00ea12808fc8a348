// Calling the app's server actions from a script or an end-to-end test the way the page's JavaScript
// does: a Next-Action POST whose body is encoded by React's own encodeReply, as bundled with this
// Next.js version.
import fs from 'node:fs';

// Scripts (tsx) and Playwright specs both load this as CommonJS, where require is at hand.
// eslint-disable-next-line @typescript-eslint/no-require-imports
export const { encodeReply } = require('next/dist/compiled/react-server-dom-webpack/client.node.js') as {
  encodeReply: (value: unknown) => Promise<FormData | string>;
};

/** The reaction form's action id and article id, read from an article page's HTML. */
export function reactionFormOnPage(html: string): { actionId: string; articleId: string } {
  const unescape = (value: string) => value.replace(/&quot;/g, '"').replace(/&amp;/g, '&').replace(/&#x27;/g, "'");
  // React numbers the page's progressively enhanced forms ($ACTION_<n>:0 holds the action's id, :1 its
  // bound state); the reaction form is the one whose state holds the reaction counts.
  const ref = [...html.matchAll(/name="\$ACTION_(\d+):0" value="([^"]+)"/g)].find(([, n]) =>
    new RegExp(`name="\\$ACTION_${n}:1" value="[^"]*&quot;counts&quot;`).test(html),
  );
  const article = /name="articleId" value="(\d+)"/.exec(html);
  if (!ref || !article) throw new Error('reaction form not found on the article page');
  return { actionId: (JSON.parse(unescape(ref[2])) as { id: string }).id, articleId: article[1] };
}

/** Sets a reaction through the real server action; the caller reads the response. */
export async function postReaction(pageUrl: string, form: { actionId: string; articleId: string }, kind: string, cookie = '', signal?: AbortSignal) {
  const data = new FormData();
  data.set('articleId', form.articleId);
  data.set('choice', `set:${kind}`);
  return fetch(pageUrl, {
    method: 'POST',
    headers: { 'Next-Action': form.actionId, Accept: 'text/x-component', ...(cookie ? { Cookie: cookie } : {}) },
    body: await encodeReply([{ status: 'idle' }, data]),
    signal,
  });
}

type Manifest = { node: Record<string, { filename: string; exportedName: string }> };
let manifest: Manifest | undefined;

/** The id of a server action exported from lib/actions/, read from the production build's manifest. */
export function actionIdOf(exportedName: string): string {
  manifest ??= JSON.parse(fs.readFileSync('.next/server/server-reference-manifest.json', 'utf8')) as Manifest;
  const entry = Object.entries(manifest.node).find(([, v]) => v.exportedName === exportedName && v.filename.startsWith('lib/actions/'));
  if (!entry) throw new Error(`no server action named ${exportedName} in the build`);
  return entry[0];
}

export function formData(fields: Record<string, string | number>): FormData {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.set(k, String(v));
  return data;
}

export type ActionReply = { httpStatus: number; status: 'success' | 'error' | 'unknown'; message: string; setCookie: string[] };

/**
 * Calls a form action (previous state, form data) as the page's JavaScript does and reads the state it
 * returned from the RSC answer: "success" or "error" with its message.
 */
export async function callFormAction(pageUrl: string, exportedName: string, fields: Record<string, string | number>, cookie = ''): Promise<ActionReply> {
  const res = await fetch(pageUrl, {
    method: 'POST',
    headers: { 'Next-Action': actionIdOf(exportedName), Accept: 'text/x-component', ...(cookie ? { Cookie: cookie } : {}) },
    body: await encodeReply([{ status: 'idle' }, formData(fields)]),
    redirect: 'manual',
  });
  const state = actionResult(await res.text()) as { status?: string; message?: string } | null;
  return {
    httpStatus: res.status,
    status: state?.status === 'success' || state?.status === 'error' ? state.status : 'unknown',
    message: state?.message ?? '',
    setCookie: res.headers.getSetCookie(),
  };
}

/** The value an action returned, from its RSC answer: row 0 names the row ("a":"$@N") that holds it. */
export function actionResult(rsc: string): unknown {
  const rows = new Map<string, string>();
  for (const line of rsc.split('\n')) {
    const colon = line.indexOf(':');
    if (colon > 0 && /^[0-9a-f]+$/.test(line.slice(0, colon))) rows.set(line.slice(0, colon), line.slice(colon + 1));
  }
  try {
    const ref = (JSON.parse(rows.get('0') ?? 'null') as { a?: string } | null)?.a;
    const id = typeof ref === 'string' && ref.startsWith('$@') ? ref.slice(2) : null;
    return id && rows.has(id) ? JSON.parse(rows.get(id)!) : null;
  } catch {
    return null;
  }
}

/** Folds Set-Cookie headers into a Cookie header value, newer values replacing older ones. */
export function mergeCookies(cookie: string, setCookie: string[]): string {
  const jar = new Map(cookie ? cookie.split('; ').map((c) => [c.slice(0, c.indexOf('=')), c] as const) : []);
  for (const header of setCookie) {
    const pair = header.split(';')[0];
    jar.set(pair.slice(0, pair.indexOf('=')), pair);
  }
  return [...jar.values()].join('; ');
}
