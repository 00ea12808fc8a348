import { describe, expect, it } from 'vitest';
import { pageCacheKey } from '@/lib/page-cache-key';

const key = (page: Parameters<typeof pageCacheKey>[0], url: string) => {
  const parsed = new URL(url, 'http://x');
  return pageCacheKey(page, parsed.pathname, parsed.searchParams);
};

describe('page cache keys', () => {
  it('drops tracking and unknown parameters, so a shared link is the clean URL', () => {
    for (const query of ['?fbclid=IwAR0abc', '?utm_source=x&utm_medium=social&utm_campaign=finale', '?gclid=1&igshid=2&ref=home&mc_cid=3', '?whatever=1', '?sort=nonsense']) {
      expect(key('article', `/articles/finale${query}`)).toBe('/articles/finale');
    }
  });

  it('keeps what changes the page, in one form', () => {
    expect(key('article', '/articles/finale?utm_source=x&sort=top')).toBe('/articles/finale?sort=top');
    expect(key('article', '/articles/finale?sort=newest')).toBe('/articles/finale');
    expect(key('listing', '/category/k-pop?page=0001')).toBe('/category/k-pop');
    expect(key('listing', '/category/k-pop?page=1')).toBe('/category/k-pop');
    expect(key('listing', '/category/k-pop?page=0002&fbclid=x')).toBe('/category/k-pop?page=2');
    expect(key('listing', '/category/k-pop?page=-3')).toBe('/category/k-pop');
    expect(key('search', '/search?q=%20%20moonlit%20%20pharmacy%20&utm_source=x')).toBe('/search?q=moonlit+pharmacy');
    expect(key('search', '/search?q=')).toBe('/search');
    expect(key('search', `/search?q=${'a'.repeat(500)}`)).toBe(`/search?q=${'a'.repeat(200)}`);
  });

  it('keys the sign-in and sign-up forms by their safe callback only', () => {
    expect(key('account-form', '/signin?callbackUrl=%2Farticles%2Ffinale%23comments&utm_source=x')).toBe('/signin?callbackUrl=%2Farticles%2Ffinale%23comments');
    expect(key('account-form', '/signup?callbackUrl=https%3A%2F%2Fevil.test')).toBe('/signup');
    expect(key('account-form', '/signin')).toBe('/signin');
  });

  it('does not cache deeper comment pages', () => {
    expect(key('article', '/articles/finale?after=2026-01-01T00:00:00.000000_5')).toBeNull();
  });
});
