// Calls a server action directly, as a hand-crafted request would, bypassing the UI: the same
// Next-Action POST the page's JavaScript sends, with React's own argument encoding.
import type { APIRequestContext } from '@playwright/test';
import { actionIdOf, encodeReply } from '../../scripts/lib/server-actions';

export { formData } from '../../scripts/lib/server-actions';

/** Posts to `path` invoking the action with `args`; returns the status and raw RSC response text. */
export async function callAction(request: APIRequestContext, path: string, exportedName: string, args: unknown[], headers: Record<string, string> = {}) {
  const encoded = await encodeReply(args);
  // Serialise exactly as fetch() would: a Response builds the multipart body and its boundary.
  const asRequest = new Response(encoded);
  const response = await request.post(path, {
    headers: {
      'Next-Action': actionIdOf(exportedName),
      Accept: 'text/x-component',
      'Content-Type': asRequest.headers.get('content-type') ?? 'text/plain;charset=UTF-8',
      ...headers,
    },
    data: Buffer.from(await asRequest.arrayBuffer()),
  });
  return { status: response.status(), text: await response.text() };
}
