// Item 3: a signed-in visitor sent to /signin or /signup with a crafted callbackUrl stays on this site.
import { describe, expect, it } from 'vitest';
import { baseUrl, freshAddress, redirectTarget, send, signUp } from './client';

const CRAFTED = ['/%09/example.org', '/%0A/example.org', '/%0D/example.org', '//example.org', '/\\example.org', 'https://example.org', '/%5Cexample.org', 'javascript:alert(1)'];

describe('callbackUrl', () => {
  it('never leaves the site', async () => {
    const { cookie } = await signUp(freshAddress());
    for (const page of ['/signin', '/signup']) {
      for (const crafted of CRAFTED) {
        const answer = await send(`${page}?callbackUrl=${crafted}`, { headers: { Cookie: cookie } });
        const location = redirectTarget(answer);
        expect(location, `${page} ${crafted} redirects`).not.toBeNull();
        expect(new URL(location!, baseUrl()).origin, `${page}?callbackUrl=${crafted} → ${location}`).toBe(new URL(baseUrl()).origin);
      }
    }
  });
});
