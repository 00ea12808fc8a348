// Calling the app's server actions from a script the way the page's JavaScript does: a Next-Action POST
// whose body is encoded by React's own encodeReply, as bundled with this Next.js version.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
export const { encodeReply } = require('next/dist/compiled/react-server-dom-webpack/client.node.js') as {
  encodeReply: (value: unknown) => Promise<FormData | string>;
};

/** The reaction form's action id and article id, read from an article page's HTML. */
export function reactionFormOnPage(html: string): { actionId: string; articleId: string } {
  const ref = /name="\$ACTION_1:0" value="([^"]+)"/.exec(html);
  const article = /name="articleId" value="(\d+)"/.exec(html);
  if (!ref || !article) throw new Error('reaction form not found on the article page');
  const decoded = ref[1].replace(/&quot;/g, '"').replace(/&amp;/g, '&').replace(/&#x27;/g, "'");
  return { actionId: (JSON.parse(decoded) as { id: string }).id, articleId: article[1] };
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
