// Each instance's Prometheus metrics (METRICS_PORT): requests by route and status, latency, the page
// cache's outcomes, actions (reactions and comments per minute come from these), the pool and the listener.
import { describe, expect, inject, it } from 'vitest';
import { callAction, freshAddress } from '../security/abuse-http/client';

const ARTICLE = '/articles/moonlit-pharmacy-premiere-first-look';

/** The value of one series in Prometheus's text format (0 when absent). */
function value(text: string, name: string, labels: Record<string, string> = {}): number {
  const want = Object.entries(labels).map(([k, v]) => `${k}="${v}"`);
  const line = text.split('\n').find((l) => l.startsWith(`${name}{`) || l.startsWith(`${name} `) ? want.every((w) => l.includes(w)) : false);
  return line ? Number(line.slice(line.lastIndexOf(' ') + 1)) : 0;
}

const sum = (text: string, name: string) => text.split('\n').filter((l) => l.startsWith(`${name}{`)).reduce((total, l) => total + Number(l.slice(l.lastIndexOf(' ') + 1)), 0);

describe('metrics', () => {
  it('count what the instance served, by route, and report its pool and listener', async () => {
    const [, second] = inject('instances');
    const [, metricsUrl] = inject('metricsUrls');
    const scrape = async () => {
      const response = await fetch(metricsUrl);
      expect(response.headers.get('content-type')).toMatch(/text\/plain/);
      return response.text();
    };
    const before = await scrape();
    for (let i = 0; i < 3; i++) expect((await fetch(`${second}${ARTICLE}`)).status).toBe(200);
    expect((await fetch(`${second}/no/such/page/${Date.now()}`)).status).toBe(404);
    const page = await (await fetch(`${second}${ARTICLE}`)).text();
    const articleId = /name="articleId" value="(\d+)"/.exec(page)![1];
    const reacted = await callAction(ARTICLE, 'reactToArticle', { articleId, choice: 'set:wow' }, { base: second, from: freshAddress() });
    expect(reacted.state?.status).toBe('success');
    const after = await scrape();

    const articleViews = (text: string) => value(text, 'hallyu_http_requests_total', { route: '/articles/[slug]', method: 'GET', status: '200' });
    expect(articleViews(after) - articleViews(before)).toBeGreaterThanOrEqual(4);
    expect(value(after, 'hallyu_http_requests_total', { route: 'other', status: '404' })).toBeGreaterThanOrEqual(1);
    expect(after).not.toContain('/no/such/page'); // a label per route, never per URL
    expect(sum(after, 'hallyu_page_cache_total') - sum(before, 'hallyu_page_cache_total')).toBeGreaterThanOrEqual(4);
    const reactions = (text: string) => value(text, 'hallyu_actions_total', { action: 'reactToArticle', outcome: 'success' });
    expect(reactions(after) - reactions(before)).toBe(1);
    expect(value(after, 'hallyu_http_request_duration_seconds_count', { route: '/articles/[slug]', method: 'GET' })).toBeGreaterThanOrEqual(4);
    expect(after).toMatch(/hallyu_db_pool_connections\{state="total"\} [1-9]/);
    expect(after).toMatch(/hallyu_db_pool_connections\{state="waiting"\} \d/);
    expect(value(after, 'hallyu_change_listener_up')).toBe(1);
    const hits = value(after, 'hallyu_page_cache_total', { outcome: 'hit' });
    console.log(`metrics of instance 2: ${articleViews(after)} article views answered 200, page cache ${hits} hits of ${sum(after, 'hallyu_page_cache_total')}, ${reactions(after)} reactions`);
    // Not on the site's own port.
    expect((await fetch(`${second}/metrics`)).status).toBe(404);
  });
});
