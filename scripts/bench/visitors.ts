// The article as each kind of visitor gets it, and the other pages people who take part hit: at 10 and
// 50 connections, with p50/p99 and errors. The people who take part are the hot path, so this measures
// them, not only anonymous visitors.
import { load, type LoadFigure, type LoadRequest } from './load';
import { actionIdOf, callFormAction, encodeReply, formData, mergeCookies, postReaction, reactionFormOnPage } from '../lib/server-actions';
import { SUITE_DEMO_PASSWORD, type ProductionServer } from '../lib/production-server';

export type VisitorFigure = { visitor: string } & LoadFigure;

/** Signs in (or up) through the real server actions and returns the session cookie. */
async function sessionCookie(server: ProductionServer, fields: Record<string, string>, action: 'signInAction' | 'signUpAction'): Promise<string> {
  const reply = await callFormAction(`${server.url}/signin`, action, fields);
  const cookie = mergeCookies('', reply.setCookie);
  if (!/authjs\.session-token=/.test(cookie)) throw new Error(`${action} gave no session (${reply.httpStatus} ${reply.message})`);
  return cookie;
}

export async function benchVisitors(server: ProductionServer, article: string, seconds: number): Promise<VisitorFigure[]> {
  const page = `${server.url}${article}`;
  const html = await (await fetch(page)).text();
  const form = reactionFormOnPage(html);
  const reacted = await postReaction(page, form, 'love');
  const reactor = mergeCookies('', reacted.headers.getSetCookie());
  const reader = await sessionCookie(server, { name: 'Bench Reader', email: `bench-${Date.now()}@example.test`, password: 'moonlit-benchmark-2026' }, 'signUpAction');
  const moderator = await sessionCookie(server, { email: 'moderator@hallyu.test', password: SUITE_DEMO_PASSWORD }, 'signInAction');

  // A browser that runs our JavaScript carries this cookie (components/personal-view.ts) and gets the
  // shared copy, then asks for its personal view: both requests are measured. Without it, a page of its own.
  const js = 'hallyu_js=1';
  type Row = { visitor: string; path: string; cookie?: string };
  const visitors: Row[] = [
    { visitor: 'article, anonymous', path: article },
    { visitor: 'article, anonymous, ?fbclid=…&utm_source=…', path: `${article}?fbclid=IwAR0bench&utm_source=facebook` },
    { visitor: 'article, reactor cookie', path: article, cookie: `${reactor}; ${js}` },
    { visitor: 'article, signed-in reader', path: article, cookie: `${reader}; ${js}` },
    { visitor: 'article, moderator', path: article, cookie: `${moderator}; ${js}` },
    { visitor: 'their personal view (one per page load above)', path: `/api/personal-view?articleId=${form.articleId}`, cookie: reader },
    { visitor: 'article, signed-in reader without JavaScript', path: article, cookie: reader },
    { visitor: 'search ?q=drama, anonymous', path: '/search?q=drama' },
    { visitor: '/signin, anonymous', path: '/signin' },
  ];
  const headersOf = (v: Row): Record<string, string> => (v.cookie ? { cookie: v.cookie } : {});
  for (const v of visitors) await fetch(server.url + v.path, { headers: headersOf(v) }); // warm up

  // Server actions. The ceiling: the cheapest action round trip this server makes, an action refused
  // before any work (reporting a comment while signed out: no database, no body). Against it, the
  // reaction action as 50 reactors (one per connection, each with its cookie) switching between two
  // reactions, so every request is a real change with its counters.
  const actionRequest = async (exportedName: string, fields: Record<string, string>): Promise<LoadRequest> => {
    const encoded = new Response(await encodeReply([{ status: 'idle' }, formData(fields)]));
    return {
      method: 'POST',
      headers: { 'Next-Action': actionIdOf(exportedName), Accept: 'text/x-component', 'Content-Type': encoded.headers.get('content-type')! },
      body: Buffer.from(await encoded.arrayBuffer()),
    };
  };
  const ceiling = [await actionRequest('reportCommentAction', { commentId: '1', reason: 'spam', note: '' })];
  const react = [await actionRequest('reactToArticle', { articleId: form.articleId, choice: 'set:love' }), await actionRequest('reactToArticle', { articleId: form.articleId, choice: 'set:wow' })];
  const reactors: Record<string, string>[] = [];
  for (let i = 0; i < 50; i++) reactors.push({ cookie: mergeCookies('', (await postReaction(page, form, 'sad')).headers.getSetCookie()) });

  const figures: VisitorFigure[] = [];
  for (const connections of [10, 50]) {
    for (const v of visitors) {
      figures.push({ visitor: v.visitor, ...(await load(server.url + v.path, connections, seconds, headersOf(v))) });
    }
    figures.push({ visitor: 'server action refused before any work (the ceiling)', ...(await load(page, connections, seconds, {}, { requests: ceiling })) });
    figures.push({ visitor: 'reaction action, one reactor per connection', ...(await load(page, connections, seconds, {}, { requests: react, perConnectionHeaders: reactors })) });
  }
  return figures;
}
