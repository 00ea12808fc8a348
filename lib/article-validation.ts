// The newsroom editor's form, checked field by field: every problem is reported next to its field, and
// a refused form keeps everything typed (lib/actions/newsroom.ts hands it back).
import { z } from 'zod';
import type { VideoEmbed, WatchCta } from '@/db/schema';
import { MAX_SLUG_LENGTH } from '@/lib/article-slug';
import { ARTICLE_LIMITS as L, MAX_ARTICLE_BODY_LENGTH } from '@/lib/limits';
import { parseVideoUrl } from '@/lib/video-providers';
import { MAX_ROW_ID, singleLine, stripUnsafeChars } from '@/lib/validation';
import { visibleCharacters } from '@/lib/text-folding';

export const ARTICLE_INTENTS = ['save', 'autosave', 'preview', 'submit', 'withdraw', 'schedule', 'publish', 'unpublish', 'draft'] as const;
export type ArticleIntent = (typeof ARTICLE_INTENTS)[number];

/** The form's text fields, handed back after any refusal so nothing typed is lost. */
export const ARTICLE_FORM_FIELDS = [
  'id', 'version', 'title', 'slug', 'dek', 'body', 'categoryId', 'authorId', 'tags', 'heroImage', 'heroAlt', 'heroCredit',
  'videoUrl', 'videoTitle', 'ctaTitle', 'ctaPlatform', 'ctaUrl', 'ctaImage', 'scheduledAt', 'timezoneOffset',
] as const;
export type ArticleFormFields = Partial<Record<(typeof ARTICLE_FORM_FIELDS)[number], string>>;

// Uploaded images (lib/media/images.ts) or the site's own illustrations.
const IMAGE_PATH = /^\/(media\/[a-z0-9]{20}\/\d{2,4}\.webp|images\/[a-z0-9/_-]+\.(jpg|png|webp))$/;

const line = (max: number, label: string) =>
  z
    .string()
    .optional()
    .default('')
    .transform(singleLine)
    .pipe(z.string().max(max, `${label} can be at most ${max} characters.`));

const positiveId = (message: string) => z.coerce.number({ error: message }).int(message).positive(message).max(MAX_ROW_ID, message);

const httpsUrl = (label: string) =>
  line(L.url, label).refine((s) => s === '' || /^https:\/\/[^\s/]+\.[^\s/]+/.test(s), `${label} must be a full https:// address.`);

export const articleFormSchema = z
  .object({
    id: z.union([z.literal(''), positiveId('Unknown article.')]).optional(),
    version: z.union([z.literal(''), z.coerce.number().int().min(1)]).optional(),
    intent: z.enum(ARTICLE_INTENTS).optional().default('save'),
    title: line(L.title, 'The title').refine((s) => visibleCharacters(s).length > 0, 'Give the article a title.'),
    slug: line(MAX_SLUG_LENGTH + 20, 'The slug')
      .transform((s) => s.toLowerCase())
      .refine((s) => s === '' || /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(s), 'Use lower-case letters, digits and single hyphens (like my-article-title), or leave it empty to make one from the title.')
      .refine((s) => s.length <= MAX_SLUG_LENGTH, `The slug can be at most ${MAX_SLUG_LENGTH} characters.`),
    dek: line(L.dek, 'The dek'),
    body: z
      .string()
      .optional()
      .default('')
      .transform((s) => stripUnsafeChars(s.replace(/\r\n?/g, '\n')).replace(/\s+$/, ''))
      .pipe(z.string().max(MAX_ARTICLE_BODY_LENGTH, `The body can be at most ${MAX_ARTICLE_BODY_LENGTH.toLocaleString('en')} characters.`)),
    categoryId: positiveId('Choose a category.'),
    authorId: z.union([z.literal(''), positiveId('Choose a byline.')]).optional(),
    tags: z
      .string()
      .optional()
      .default('')
      .transform((s) => [...new Set(s.split(',').map(singleLine).filter(Boolean))])
      .refine((tags) => tags.length <= L.tags, `Use at most ${L.tags} tags.`)
      .refine((tags) => tags.every((t) => t.length <= L.tagName), `A tag can be at most ${L.tagName} characters.`),
    heroImage: z
      .string()
      .optional()
      .default('')
      .refine((s) => s === '' || IMAGE_PATH.test(s), 'Upload the hero image again.'),
    heroAlt: line(L.heroAlt, 'The alt text'),
    heroCredit: line(L.heroCredit, 'The credit'),
    videoUrl: line(L.url, 'The video address'),
    videoTitle: line(L.title, 'The video title'),
    ctaTitle: line(L.ctaTitle, 'The title'),
    ctaPlatform: line(L.ctaPlatform, 'The platform'),
    ctaUrl: httpsUrl('The link'),
    ctaImage: z
      .string()
      .optional()
      .default('')
      .refine((s) => s === '' || IMAGE_PATH.test(s), 'Upload the image again.'),
    // A datetime-local value ("2026-12-07T18:30") in the browser's time zone, whose offset the form sends
    // (minutes, as Date#getTimezoneOffset); without JavaScript the offset is missing and the time is UTC.
    scheduledAt: z.string().max(40).optional().default(''),
    timezoneOffset: z.union([z.literal(''), z.coerce.number().int().min(-900).max(900)]).optional(),
  })
  .strict()
  .superRefine((v, ctx) => {
    if (v.heroImage && !v.heroAlt) ctx.addIssue({ code: 'custom', path: ['heroAlt'], message: 'Describe the image for people who cannot see it (alt text is required).' });
    if (v.videoUrl) {
      const parsed = parseVideoUrl(v.videoUrl, v.videoTitle || v.title);
      if ('problem' in parsed) ctx.addIssue({ code: 'custom', path: ['videoUrl'], message: parsed.problem });
    }
    const cta = [v.ctaTitle, v.ctaPlatform, v.ctaUrl];
    if (cta.some(Boolean) || v.ctaImage) {
      if (!v.ctaTitle) ctx.addIssue({ code: 'custom', path: ['ctaTitle'], message: 'The Watch now card needs a title (or clear all its fields).' });
      if (!v.ctaPlatform) ctx.addIssue({ code: 'custom', path: ['ctaPlatform'], message: 'Name the platform, like Netflix.' });
      if (!v.ctaUrl) ctx.addIssue({ code: 'custom', path: ['ctaUrl'], message: 'The Watch now card needs a link.' });
    }
    if (v.intent === 'schedule') {
      const at = scheduledTime(v.scheduledAt, v.timezoneOffset);
      if (!at) ctx.addIssue({ code: 'custom', path: ['scheduledAt'], message: 'Choose the date and time to publish at.' });
      else if (at.getTime() <= Date.now()) ctx.addIssue({ code: 'custom', path: ['scheduledAt'], message: 'That time has passed. Choose a time in the future.' });
    }
  })
  .transform((v) => {
    const video: VideoEmbed | null = v.videoUrl ? (parseVideoUrl(v.videoUrl, v.videoTitle || v.title) as { video: VideoEmbed }).video : null;
    const watchCta: WatchCta | null = v.ctaTitle ? { title: v.ctaTitle, platform: v.ctaPlatform, url: v.ctaUrl, ...(v.ctaImage ? { image: v.ctaImage } : {}) } : null;
    return {
      id: typeof v.id === 'number' ? v.id : null,
      version: typeof v.version === 'number' ? v.version : null,
      intent: v.intent,
      content: {
        title: v.title,
        slug: v.slug,
        dek: v.dek,
        body: v.body,
        categoryId: v.categoryId,
        authorId: typeof v.authorId === 'number' ? v.authorId : null,
        tags: v.tags,
        heroImage: v.heroImage || null,
        heroAlt: v.heroImage ? v.heroAlt : null,
        heroCredit: v.heroImage ? v.heroCredit || null : null,
        video,
        watchCta,
      },
      scheduledAt: v.intent === 'schedule' ? scheduledTime(v.scheduledAt, v.timezoneOffset) : null,
    };
  });

export type ArticleForm = z.output<typeof articleFormSchema>;
export type ArticleContent = ArticleForm['content'];

/** The moment a datetime-local value means, given the browser's offset from UTC (minutes; none: UTC). */
export function scheduledTime(value: string, offsetMinutes: number | '' | undefined): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value.trim());
  if (!match) return null;
  const [, y, mo, d, h, mi] = match.map(Number);
  const utc = Date.UTC(y, mo - 1, d, h, mi) + (typeof offsetMinutes === 'number' ? offsetMinutes : 0) * 60_000;
  return Number.isNaN(utc) ? null : new Date(utc);
}
