// What the newsroom editor accepts: slugs made from titles (Korean included), video addresses checked
// against the provider table, and the form's field-by-field rules.
import { describe, expect, it } from 'vitest';
import { romanizeHangul, slugFromTitle } from '@/lib/article-slug';
import { articleFormSchema, scheduledTime } from '@/lib/article-validation';
import { fieldErrorsOf } from '@/lib/validation';
import { parseVideoUrl } from '@/lib/video-providers';

describe('slugs from titles', () => {
  it.each([
    ['Crown of Ash: the finale, reviewed', 'crown-of-ash-the-finale-reviewed'],
    ['LUMEN’s comeback & what it means', 'lumens-comeback-and-what-it-means'],
    ['Café Ondo’s señorita', 'cafe-ondos-senorita'],
    ['눈물의 여왕', 'nunmurui-yeowang'],
    ['사랑의 불시착 다시 보기', 'sarangui-bulsichak-dasi-bogi'],
    ['NOVA-9 × 서울 콘서트 2026', 'nova-9-seoul-konseoteu-2026'],
    ['🎉🎉', ''],
  ])('%s → %s', (title, slug) => expect(slugFromTitle(title)).toBe(slug));

  it('romanizes syllable by syllable, carrying a final consonant over to a following vowel', () => {
    expect(romanizeHangul('한국')).toBe('hanguk');
    expect(romanizeHangul('음악')).toBe('eumak');
    expect(romanizeHangul('음악 ok')).toBe('eumak ok');
  });

  it('cuts long titles at a word', () => {
    const slug = slugFromTitle('word '.repeat(60));
    expect(slug.length).toBeLessThanOrEqual(120);
    expect(slug.endsWith('-')).toBe(false);
    expect(slug.endsWith('word')).toBe(true);
  });
});

describe('video addresses', () => {
  it.each([
    ['https://www.youtube.com/watch?v=dQw4w9WgXcQ', { provider: 'youtube', id: 'dQw4w9WgXcQ' }],
    ['https://youtu.be/dQw4w9WgXcQ?t=42', { provider: 'youtube', id: 'dQw4w9WgXcQ' }],
    ['https://www.youtube.com/shorts/dQw4w9WgXcQ', { provider: 'youtube', id: 'dQw4w9WgXcQ' }],
    ['https://vimeo.com/76979871', { provider: 'vimeo', id: '76979871' }],
    ['https://player.vimeo.com/video/76979871', { provider: 'vimeo', id: '76979871' }],
  ])('%s is embedded', (url, expected) => expect(parseVideoUrl(url, 'T')).toEqual({ video: { ...expected, title: 'T' } }));

  it.each([
    ['https://example.com/video.mp4', /cannot be embedded/],
    ['https://www.youtube.com/watch?v=short', /does not point to a video/],
    ['https://www.youtube.com/channel/abc', /does not point to a video/],
    ['not a url', /not a web address/],
    ['javascript:alert(1)', /https/],
  ])('%s is refused with a clear message', (url, message) => {
    const result = parseVideoUrl(url, 'T');
    expect('problem' in result && result.problem).toMatch(message);
  });
});

describe('the editor form', () => {
  const valid = { title: 'A title', body: 'Body', categoryId: '3' };
  const errorsOf = (input: Record<string, string>) => {
    const parsed = articleFormSchema.safeParse({ ...valid, ...input });
    return parsed.success ? {} : fieldErrorsOf(parsed.error);
  };

  it('accepts a plain draft and builds the video and Watch now card', () => {
    const parsed = articleFormSchema.parse({ ...valid, videoUrl: 'https://youtu.be/dQw4w9WgXcQ', ctaTitle: 'Ep 1', ctaPlatform: 'Pulse+', ctaUrl: 'https://example.com/w' });
    expect(parsed.content.video).toEqual({ provider: 'youtube', id: 'dQw4w9WgXcQ', title: 'A title' });
    expect(parsed.content.watchCta).toEqual({ title: 'Ep 1', platform: 'Pulse+', url: 'https://example.com/w' });
  });

  it('puts every problem next to its field', () => {
    expect(errorsOf({ title: '   ' }).title).toEqual(['Give the article a title.']);
    expect(errorsOf({ title: 'x'.repeat(151) }).title?.[0]).toMatch(/at most 150/);
    expect(errorsOf({ slug: 'Not A Slug!' }).slug?.[0]).toMatch(/lower-case/);
    expect(errorsOf({ videoUrl: 'https://example.com/v' }).videoUrl?.[0]).toMatch(/YouTube or Vimeo/);
    expect(errorsOf({ heroImage: '/media/abcdefabcdefabcdefab/1200.webp' }).heroAlt?.[0]).toMatch(/alt text is required/);
    expect(errorsOf({ heroImage: 'https://evil.example/x.png', heroAlt: 'x' }).heroImage?.[0]).toMatch(/Upload/);
    expect(errorsOf({ ctaTitle: 'Only a title' })).toMatchObject({ ctaPlatform: [expect.any(String)], ctaUrl: [expect.any(String)] });
    expect(errorsOf({ ctaTitle: 'T', ctaPlatform: 'P', ctaUrl: 'http://insecure.example' }).ctaUrl?.[0]).toMatch(/https/);
    expect(errorsOf({ tags: Array.from({ length: 11 }, (_, i) => `t${i}`).join(',') }).tags?.[0]).toMatch(/at most 10/);
    expect(errorsOf({ categoryId: '' }).categoryId?.[0]).toMatch(/category/);
  });

  it('refuses to schedule in the past or without a time', () => {
    expect(errorsOf({ intent: 'schedule', scheduledAt: '' }).scheduledAt?.[0]).toMatch(/Choose the date/);
    expect(errorsOf({ intent: 'schedule', scheduledAt: '2020-01-01T10:00' }).scheduledAt?.[0]).toMatch(/passed/);
    const soon = new Date(Date.now() + 3_600_000).toISOString().slice(0, 16);
    expect(errorsOf({ intent: 'schedule', scheduledAt: soon, timezoneOffset: '0' })).toEqual({});
  });

  it('reads the scheduled time in the browser’s zone', () => {
    expect(scheduledTime('2026-12-24T18:00', -540)?.toISOString()).toBe('2026-12-24T09:00:00.000Z'); // Seoul, UTC+9
    expect(scheduledTime('2026-12-24T18:00', undefined)?.toISOString()).toBe('2026-12-24T18:00:00.000Z');
    expect(scheduledTime('tomorrow', 0)).toBeNull();
  });
});
