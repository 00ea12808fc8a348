// The test function every spec uses: Playwright's, plus a page that fails the test if the browser
// reports any Content-Security-Policy violation while it runs.
import { test as base, expect } from '@playwright/test';

export const test = base.extend({
  page: async ({ page }, provide) => {
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy|Content-Security-Policy/i.test(message.text())) violations.push(message.text());
    });
    await provide(page);
    expect(violations, 'CSP violations reported by the browser').toEqual([]);
  },
});

export { expect };
