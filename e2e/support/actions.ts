// Calls a server action directly, as a hand-crafted request would, bypassing the UI: the same
// Next-Action POST the page's JavaScript sends, with React's own argument encoding.
import fs from 'node:fs';
import type { APIRequestContext } from '@playwright/test';

// Playwright loads specs as CommonJS; this is React's client encoder as bundled with this Next.js.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { encodeReply } = require('next/dist/compiled/react-server-dom-webpack/client.node.js') as {
  encodeReply: (value: unknown) => Promise<FormData | string>;
};

type Manifest = { node: Record<string, { filename: string; exportedName: string }> };

export function actionId(exportedName: string): string {
  const manifest = JSON.parse(fs.readFileSync('.next/server/server-reference-manifest.json', 'utf8')) as Manifest;
  const entry = Object.entries(manifest.node).find(([, v]) => v.exportedName === exportedName && v.filename.startsWith('lib/actions/'));
  if (!entry) throw new Error(`no server action named ${exportedName} in the build`);
  return entry[0];
}

export function form(fields: Record<string, string | number>): FormData {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.set(k, String(v));
  return data;
}

/** Posts to `path` invoking the action with `args`; returns the status and raw RSC response text. */
export async function callAction(request: APIRequestContext, path: string, exportedName: string, args: unknown[], headers: Record<string, string> = {}) {
  const encoded = await encodeReply(args);
  // Serialise exactly as fetch() would: a Response builds the multipart body and its boundary.
  const asRequest = new Response(encoded);
  const response = await request.post(path, {
    headers: {
      'Next-Action': actionId(exportedName),
      Accept: 'text/x-component',
      'Content-Type': asRequest.headers.get('content-type') ?? 'text/plain;charset=UTF-8',
      ...headers,
    },
    data: Buffer.from(await asRequest.arrayBuffer()),
  });
  return { status: response.status(), text: await response.text() };
}
