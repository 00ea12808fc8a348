import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from '@/lib/config';

const production = { NODE_ENV: 'production', SITE_URL: 'https://hallyu.example' } as const;

describe('settings', () => {
  it('has working defaults for local use', () => {
    const settings = parseConfig({ NODE_ENV: 'development' });
    expect(settings.siteUrl).toBe('http://localhost:3000');
    expect(settings.trustedProxyHops).toBe(0);
    expect(settings.limits.commentIntervalSeconds).toBe(5);
    expect(settings.pageCacheSeconds).toBe(10);
    expect(settings.seedDemoData).toBeUndefined();
    expect(settings.auth.github).toBeNull();
  });

  it('reads numbers, flags and URLs', () => {
    const settings = parseConfig({ ...production, SITE_URL: 'https://hallyu.example/', TRUSTED_PROXY_HOPS: '2', SEED_DEMO_DATA: 'true', AUTH_GITHUB_ID: 'id', AUTH_GITHUB_SECRET: 's' });
    expect(settings).toMatchObject({ siteUrl: 'https://hallyu.example', trustedProxyHops: 2, seedDemoData: true, auth: { github: { id: 'id', secret: 's' } } });
  });

  it.each([
    ['TRUSTED_PROXY_HOPS', 'abc'],
    ['TRUSTED_PROXY_HOPS', '-1'],
    ['TRUSTED_PROXY_HOPS', '1.5'],
    ['PAGE_CACHE_SECONDS', 'ten'],
    ['SITE_URL', 'hallyu.example'],
    ['SITE_URL', 'ftp://hallyu.example'],
    ['SEED_DEMO_DATA', 'yes'],
    ['DATABASE_URL', 'mysql://localhost/hallyu'],
    ['DATABASE_POOL_MAX', '0'],
    ['REPORT_AUTO_HIDE_THRESHOLD', '0'],
  ])('refuses %s=%s, naming the variable', (name, value) => {
    expect(() => parseConfig({ ...production, [name]: value })).toThrow(ConfigError);
    expect(() => parseConfig({ ...production, [name]: value })).toThrow(new RegExp(`${name}=`));
  });

  it('requires SITE_URL in production, but not while building', () => {
    expect(() => parseConfig({ NODE_ENV: 'production' })).toThrow(/SITE_URL is required in production/);
    expect(parseConfig({ NODE_ENV: 'production', NEXT_PHASE: 'phase-production-build' }).siteUrl).toBe('http://localhost:3000');
    expect(parseConfig({ NODE_ENV: 'development' }).siteUrl).toBe('http://localhost:3000');
  });
});

describe('empty variables', () => {
  it('count as unset', () => {
    expect(parseConfig({ NODE_ENV: 'development', SITE_URL: '', TRUSTED_PROXY_HOPS: '', PAGE_CACHE_SECONDS: '' })).toMatchObject({ siteUrl: 'http://localhost:3000', trustedProxyHops: 0, pageCacheSeconds: 10 });
    expect(() => parseConfig({ NODE_ENV: 'production', SITE_URL: '' })).toThrow(/SITE_URL is required/);
  });
});

describe('the documentation of the settings', () => {
  it('lists exactly the variables the schema reads, in the README table and in .env.example', async () => {
    const fs = await import('node:fs');
    const { envSchema } = await import('@/lib/config');
    const read = Object.keys(envSchema.shape).filter((name) => name !== 'NODE_ENV').sort();
    const readme = fs.readFileSync('README.md', 'utf8');
    const table = readme.slice(readme.indexOf('| variable | default |'), readme.indexOf('\n\n', readme.indexOf('| variable | default |')));
    const inTable = [...table.matchAll(/`([A-Z][A-Z0-9_]+)`/g)].map((m) => m[1]).filter((name) => /^[A-Z_]+$/.test(name) && name.length > 3);
    const inExample = [...fs.readFileSync('.env.example', 'utf8').matchAll(/^# ([A-Z][A-Z0-9_]+)=/gm)].map((m) => m[1]);
    expect([...new Set(inTable)].sort()).toEqual(read);
    expect([...new Set(inExample)].sort()).toEqual(read);
  });
});
