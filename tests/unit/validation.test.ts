import { describe, expect, it } from 'vitest';
import { passwordProblem } from '@/lib/password-rules';
import { formFields, reactionSchema, rowIdFrom, safeCallbackUrl, signUpSchema, stripUnsafeChars } from '@/lib/validation';

describe('password rules', () => {
  it('refuses short, common and email-like passwords', () => {
    expect(passwordProblem('short', 'a@b.co')).toMatch(/at least 10/);
    expect(passwordProblem('password123', 'a@b.co')).toMatch(/too common/);
    expect(passwordProblem('Saranghae123', 'a@b.co')).toMatch(/too common/);
    expect(passwordProblem('aaaaaaaaaaaa', 'a@b.co')).toMatch(/too common/);
    expect(passwordProblem('minji.fan@example.com', 'Minji.Fan@example.com')).toMatch(/email/);
    expect(passwordProblem('moonlit-pharmacy-2026', 'a@b.co')).toBeNull();
  });
});

describe('sign-up validation', () => {
  it('normalises email and name, and rejects unknown fields', () => {
    const ok = signUpSchema.safeParse({ name: '  Min\u202Eji   Fan ', email: ' Fan@Example.COM ', password: 'moonlit-pharmacy-2026' });
    expect(ok.success && ok.data).toMatchObject({ name: 'Minji Fan', email: 'fan@example.com' });
    expect(signUpSchema.safeParse({ name: 'Min', email: 'a@b.co', password: 'moonlit-pharmacy-2026', role: 'admin' }).success).toBe(false);
  });
});

describe('reaction validation', () => {
  it('accepts set and clear of known kinds only', () => {
    expect(reactionSchema.parse({ articleId: '12', choice: 'set:want_more' })).toEqual({ articleId: 12, choice: ['set', 'want_more'] });
    expect(reactionSchema.safeParse({ articleId: '12', choice: 'set:meh' }).success).toBe(false);
    expect(reactionSchema.safeParse({ articleId: '-1', choice: 'set:love' }).success).toBe(false);
    expect(reactionSchema.safeParse({ articleId: '1e99', choice: 'set:love' }).success).toBe(false);
    expect(reactionSchema.safeParse({ articleId: '1', choice: 'set:love', extra: 'x' }).success).toBe(false);
    expect(reactionSchema.safeParse({ choice: 'set:love' }).success).toBe(false);
  });

  it('ignores the framework’s own hidden action fields', () => {
    const data = new FormData();
    data.set('$ACTION_REF_1', '');
    data.set('articleId', '3');
    expect(formFields(data)).toEqual({ articleId: '3' });
  });
});

describe('safe callback URLs', () => {
  it('keeps same-site paths and drops everything else', () => {
    expect(safeCallbackUrl('/articles/x#comments')).toBe('/articles/x#comments');
    for (const bad of ['https://evil.test', '//evil.test', '/\\evil.test', 'javascript:alert(1)', '', undefined]) {
      expect(safeCallbackUrl(bad)).toBe('/');
    }
    // Browsers drop tabs and newlines from URLs, which turns these into "//example.org".
    for (const bad of ['/\t/example.org', '/\n/example.org', '/\r/example.org', '/\t\\example.org', decodeURIComponent('/%09/example.org')]) {
      expect(safeCallbackUrl(bad), JSON.stringify(bad)).toBe('/');
    }
    expect(safeCallbackUrl('/search?q=ferry')).toBe('/search?q=ferry');
  });

  it('strips control characters and bidi overrides but keeps newlines', () => {
    expect(stripUnsafeChars('a\u0000b\u202Ec\nd\u200Be')).toBe('abc\nd\u200Be');
  });
});

describe('row ids in addresses', () => {
  it('takes whole numbers the database can hold, and nothing else', () => {
    expect(rowIdFrom('12')).toBe(12);
    expect(rowIdFrom('2147483647')).toBe(2_147_483_647);
    for (const bad of ['0', '2147483648', '9999999999', '-1', '1.5', '1e3', ' 12', '12abc', '', '0x10']) expect(rowIdFrom(bad), bad).toBeNull();
  });
});
