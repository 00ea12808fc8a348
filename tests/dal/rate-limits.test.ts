import { describe, expect, it } from 'vitest';
import { clearRateLimit, hitRateLimit, peekRateLimit } from '@/lib/dal/rate-limits';

describe('rate limits', () => {
  it('counts concurrent hits exactly and refuses those over the limit', async () => {
    const key = `test:${Math.random()}`;
    const results = await Promise.all(Array.from({ length: 40 }, () => hitRateLimit(key, 25, 60)));
    expect(results.filter((r) => r.allowed)).toHaveLength(25);
    expect(Math.max(...results.map((r) => r.count))).toBe(40);
    const refused = results.find((r) => !r.allowed)!;
    expect(refused.retryAfterSeconds).toBeGreaterThan(0);
    expect(refused.retryAfterSeconds).toBeLessThanOrEqual(60);
    expect((await peekRateLimit(key, 60)).count).toBe(40);
  });

  it('starts a new window once the old one has passed, and can be cleared', async () => {
    const key = `test:${Math.random()}`;
    await hitRateLimit(key, 1, 1);
    expect((await hitRateLimit(key, 1, 1)).allowed).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    expect((await hitRateLimit(key, 1, 1)).allowed).toBe(true);
    await clearRateLimit(key);
    expect((await peekRateLimit(key, 60)).count).toBe(0);
  });
});
