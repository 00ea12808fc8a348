import { describe, expect, it } from 'vitest';
import { hitRateLimit, hitRateLimits, peekRateLimit, refundRateLimits } from '@/lib/dal/rate-limits';

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

  it('starts a new window once the old one has passed, and takes back a refunded event', async () => {
    const key = `test:${Math.random()}`;
    await hitRateLimit(key, 1, 1);
    expect((await hitRateLimit(key, 1, 1)).allowed).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    expect((await hitRateLimit(key, 1, 1)).allowed).toBe(true);
    await refundRateLimits([key, key]); // one event back per key, never below zero
    expect((await peekRateLimit(key, 60)).count).toBe(0);
    await refundRateLimits([key]);
    expect((await peekRateLimit(key, 60)).count).toBe(0);
  });

  it('counts several limits at once, each against its own limit, and concurrent callers sharing a key exactly', async () => {
    const person = () => `test:person:${Math.random()}`;
    const address = `test:address:${Math.random()}`;
    // 30 people from one address, 2 clicks each, at once: every person is within 2, the address within 50.
    const people = Array.from({ length: 30 }, person);
    const results = await Promise.all(
      people.flatMap((p) => [0, 1].map(() => hitRateLimits([{ key: p, limit: 2 }, { key: address, limit: 50 }], 60))),
    );
    expect(results.every(([mine]) => mine.allowed)).toBe(true);
    expect(results.filter(([, shared]) => shared.allowed)).toHaveLength(50);
    expect((await peekRateLimit(address, 60)).count).toBe(60);
    const [again] = await hitRateLimits([{ key: people[0], limit: 2 }], 60);
    expect(again).toMatchObject({ allowed: false, count: 3 });
  });
});
