// zod schemas shared by server actions and forms. Objects are strict: unknown fields are rejected.
import { z } from 'zod';
import { EMAIL_TOPICS, USER_ROLES } from '@/db/enums';
import { COMMENT_SORT_VALUES } from '@/lib/comment-sorts';
import { RESTRICTION_KIND_VALUES } from '@/lib/restriction-kinds';
import { MODERATION_REASON_CODES } from '@/lib/moderation-reasons';
import { REACTION_KINDS } from '@/lib/reactions';
import { MAX_PASSWORD_LENGTH, passwordProblem } from '@/lib/password-rules';
import { visibleCharacters } from '@/lib/text-folding';

// Control characters (except tab and newline), bidi overrides and other invisible troublemakers.
const UNSAFE_CHARS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\uFEFF]/g;
// Lone surrogates (invalid UTF-16) become U+FFFD here, so what is validated is exactly what is stored.
export const stripUnsafeChars = (text: string) => text.toWellFormed().replace(UNSAFE_CHARS, '');
/** One line of text as stored: unsafe characters stripped, any run of white space one space, trimmed. */
export const singleLine = (text: string) => stripUnsafeChars(text).replace(/\s+/g, ' ').trim();

const email = z
  .string({ error: 'Enter your email address.' })
  .trim()
  .toLowerCase()
  .max(254, 'That email address is too long.')
  .pipe(z.email({ error: 'Enter a valid email address, like name@example.com.' }));

export const displayNameSchema = z
  .string({ error: 'Enter a name.' })
  .transform(singleLine)
  .pipe(z.string().min(2, 'Use at least 2 characters.').max(MAX_NAME_LENGTH, `Use at most ${MAX_NAME_LENGTH} characters.`))
  .refine((s) => [...visibleCharacters(s)].length >= 2, 'Use at least 2 visible characters.');

export const signInSchema = z
  .object({
    email,
    password: z.string({ error: 'Enter your password.' }).min(1, 'Enter your password.').max(MAX_PASSWORD_LENGTH),
    callbackUrl: z.string().max(500).optional(),
  })
  .strict();

export const forgotPasswordSchema = z.object({ email }).strict();
const token = z.string().min(1).max(100);
/** A new password, checked like at sign-up (the account's email comes from the link, not the form). */
const newPassword = z.string({ error: 'Choose a password.' }).max(MAX_PASSWORD_LENGTH, 'That password is too long.');
export const resetPasswordSchema = z.object({ token, password: newPassword }).strict();
export const changePasswordSchema = z
  .object({ currentPassword: z.string({ error: 'Enter your current password.' }).min(1, 'Enter your current password.').max(MAX_PASSWORD_LENGTH), password: newPassword })
  .strict();
export const changeEmailSchema = z
  .object({ email, currentPassword: z.string({ error: 'Enter your current password.' }).min(1, 'Enter your current password.').max(MAX_PASSWORD_LENGTH) })
  .strict();
export const emailPreferencesSchema = z
  .object({ replies: z.literal('on').optional(), mentions: z.literal('on').optional(), moderation: z.literal('on').optional(), digest: z.literal('on').optional() })
  .strict()
  .transform((v) => ({ replies: v.replies === 'on', mentions: v.mentions === 'on', moderation: v.moderation === 'on', digest: v.digest === 'on' }));

export const deleteAccountSchema = z
  .object({
    confirm: z.literal('on', { error: 'Tick the box to confirm.' }),
    currentPassword: z.string().max(MAX_PASSWORD_LENGTH).optional(),
  })
  .strict();
/** An unsubscribe link's fields (handle, topic, signature), and the page's undo that repeats them. */
export const unsubscribeLinkSchema = z.object({ h: z.string().max(40), t: z.enum(EMAIL_TOPICS), s: z.string().max(64) }).strict();

// What the Credentials provider's authorize() reads: Auth.js adds its own fields (callbackUrl, csrfToken).
export const credentialsSchema = z.object({ email, password: z.string().min(1).max(MAX_PASSWORD_LENGTH) });

export const signUpSchema = z
  .object({
    name: displayNameSchema,
    email,
    password: z.string({ error: 'Choose a password.' }),
    replyEmails: z.literal('on').optional(),
    callbackUrl: z.string().max(500).optional(),
  })
  .strict()
  .superRefine((data, ctx) => {
    const problem = passwordProblem(data.password, data.email);
    if (problem) ctx.addIssue({ code: 'custom', path: ['password'], message: problem });
  });

import { AVATAR_CHOICES, MAX_COMMENT_LENGTH, MAX_NAME_LENGTH, MAX_SLOW_MODE_SECONDS, MAX_THREAD_MESSAGE_LENGTH } from '@/lib/limits';
export { MAX_COMMENT_LENGTH };

/** Comment text as stored: CRLF folded, unsafe characters stripped, trimmed, 1 to 2,000 characters. */
export const commentBodySchema = z
  .string({ error: 'Write something first.' })
  .max(MAX_COMMENT_LENGTH * 4, `Comments can be at most ${MAX_COMMENT_LENGTH.toLocaleString('en')} characters.`)
  .transform((s) => stripUnsafeChars(s.replace(/\r\n?/g, '\n')).replace(/\n{3,}/g, '\n\n').trim())
  .pipe(
    z
      .string()
      .max(MAX_COMMENT_LENGTH, `Comments can be at most ${MAX_COMMENT_LENGTH.toLocaleString('en')} characters.`)
      // Empty, or only zero-width spaces or Hangul fillers (which pass any length check and show as blank).
      .refine((s) => visibleCharacters(s).length > 0, 'Write something first.'),
  );

/** The largest id a PostgreSQL serial column holds. */
export const MAX_ROW_ID = 2_147_483_647;

/** A row id from an address segment ("/newsroom/articles/12"): a whole number the database can hold, else null. */
export function rowIdFrom(segment: string): number | null {
  if (!/^\d{1,10}$/.test(segment)) return null;
  const id = Number(segment);
  return id > 0 && id <= MAX_ROW_ID ? id : null;
}

const id = z.coerce.number().int().positive().max(MAX_ROW_ID);
// An HTML checkbox sends "on" when ticked and nothing when not.
const checkbox = z.preprocess((v) => v === 'on' || v === 'true' || v === true, z.boolean());

// Handles of the people picked from the mention suggestions (one field per pick): hints, not trusted.
/** A public profile's handle (users.handle): what /people/<handle> and the mention picks accept. */
export const HANDLE_PATTERN = /^[a-z0-9-]{1,40}$/;
const handle = z.string().regex(HANDLE_PATTERN);
const pickedMentions = z
  .union([handle, z.array(handle).max(40)])
  .optional()
  .transform((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]));

export const postCommentSchema = z
  .object({
    articleId: id,
    parentId: z.union([z.literal(''), id]).optional(),
    body: commentBodySchema,
    mention: pickedMentions,
    spoilers: checkbox.optional().default(false),
    // "preview": show the comment as it will look, save nothing (the form's Preview button).
    intent: z.enum(['post', 'preview']).optional().default('post'),
  })
  .strict()
  .transform(({ spoilers, mention, ...v }) => ({ ...v, hasSpoilers: spoilers, pickedHandles: mention, parentId: typeof v.parentId === 'number' ? v.parentId : null }));

export const editCommentSchema = z.object({ commentId: id, body: commentBodySchema, mention: pickedMentions }).strict();
/** One notification by id, or (no id) all of them. */
export const markReadSchema = z.object({ notificationId: id.optional() }).strict();
export const commentIdSchema = z.object({ commentId: id }).strict();
export const commentSwitchSchema = z.object({ commentId: id, on: z.enum(['true', 'false']).transform((v) => v === 'true') }).strict();
export const likeSchema = z.object({ commentId: id, like: z.enum(['true', 'false']).transform((v) => v === 'true') }).strict();
export const loadMoreSchema = z
  .object({ articleId: id, sort: z.enum(COMMENT_SORT_VALUES), cursor: z.string().max(60) })
  .strict();

const note = z
  .string()
  .max(500, 'Keep the note under 500 characters.')
  .transform((s) => stripUnsafeChars(s).trim() || null)
  .optional()
  .transform((v) => v ?? null);
const reason = z.enum(MODERATION_REASON_CODES, { error: 'Choose a reason.' });
const userId = z.string().uuid();

export const hideSchema = z.object({ commentId: id, reason, note }).strict();
export const reportSchema = z.object({ commentId: id, reason, note }).strict();
export const approveSchema = z.object({ commentId: id, note }).strict();
// The queue's checkboxes are all named commentId: one value arrives as a string, several as a list.
const commentIdList = z.preprocess(
  (v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]),
  z.array(id).min(1, 'Select at least one comment.').max(100, 'Select at most 100 comments at a time.'),
);
export const bulkSchema = z
  .object({ op: z.enum(['approve', 'hide', 'unhide']), reason: z.preprocess((v) => v || undefined, reason.optional()), commentId: commentIdList })
  .strict()
  .refine((v) => v.op !== 'hide' || v.reason, { message: 'Choose a reason for hiding.', path: ['reason'] });
export const restrictSchema = z
  .object({
    userId,
    kind: z.enum(RESTRICTION_KIND_VALUES),
    reason: z.string().transform((s) => stripUnsafeChars(s).trim()).pipe(z.string().min(3, 'Give a reason the user will see.').max(300)),
    hideComments: checkbox.optional().default(false),
  })
  .strict();
export const userIdSchema = z.object({ userId }).strict();
export const liftSchema = z.object({ userId, restoreComments: checkbox.optional().default(false) }).strict();
export const switchSchema = z.object({ userId, on: z.enum(['true', 'false']).transform((v) => v === 'true'), note }).strict();
export const resetNameSchema = z
  .object({ userId, reason: z.string().transform((s) => stripUnsafeChars(s).trim()).pipe(z.string().min(3, 'Say why, in a few words.').max(300, 'Keep the reason under 300 characters.')) })
  .strict();
export const userNoteSchema = z
  .object({
    userId,
    body: z
      .string({ error: 'Write the note first.' })
      .transform((s) => stripUnsafeChars(s.replace(/\r\n?/g, '\n')).trim())
      .pipe(z.string().min(1, 'Write the note first.').max(1000, 'Keep notes under 1,000 characters.')),
  })
  .strict();
export const moderationSettingsSchema = z
  .object({
    newAccountHoldCount: z.coerce
      .number({ error: 'Enter a whole number from 0 to 20.' })
      .int('Enter a whole number from 0 to 20.')
      .min(0, 'Enter a whole number from 0 to 20.')
      .max(20, 'Enter a whole number from 0 to 20.'),
    holdNewAccountLinks: checkbox.optional().default(false),
    requireVerifiedEmail: checkbox.optional().default(false),
  })
  .strict();
/** Pre-moderation of one article: keep what is in force, turn it off, or review everything for N hours. */
export const PREMODERATE_CHOICES = ['keep', 'off', '1', '6', '24', '72', '168'] as const;
export const articleControlsSchema = z
  .object({
    articleId: id,
    closed: checkbox.optional().default(false),
    slowModeSeconds: z.coerce
      .number({ error: `Enter a number of seconds from 0 to ${MAX_SLOW_MODE_SECONDS.toLocaleString('en')}.` })
      .int(`Enter a whole number of seconds.`)
      .min(0, `Enter a number of seconds from 0 to ${MAX_SLOW_MODE_SECONDS.toLocaleString('en')}.`)
      .max(MAX_SLOW_MODE_SECONDS, `Slow mode can be at most ${MAX_SLOW_MODE_SECONDS.toLocaleString('en')} seconds (an hour).`),
    premoderate: z.enum(PREMODERATE_CHOICES, { error: 'Choose how long to review every comment.' }),
    message: z
      .string()
      .transform(singleLine)
      .pipe(z.string().max(MAX_THREAD_MESSAGE_LENGTH, `Keep the message under ${MAX_THREAD_MESSAGE_LENGTH} characters.`))
      .optional()
      .transform((v) => v || null),
  })
  .strict();
export const roleSchema = z.object({ userId, role: z.enum(USER_ROLES) }).strict();
export const bannedWordSchema = z
  .object({ word: z.string().trim().toLowerCase().pipe(z.string().regex(/^[\p{L}\p{N}][\p{L}\p{N}' -]{0,38}[\p{L}\p{N}]$/u, 'Use 2 to 40 letters, digits, spaces or hyphens.')) })
  .strict();

export const personalViewSchema = z.object({ articleId: id.optional(), sort: z.enum(COMMENT_SORT_VALUES).optional() }).strict();
export const profileSchema = z.object({ name: displayNameSchema }).strict();
export const avatarSchema = z.object({ avatar: z.coerce.number({ error: 'Choose an avatar.' }).int().min(0).max(AVATAR_CHOICES - 1, 'Choose an avatar.') }).strict();
export const signOutSchema = z.object({}).strict();
export const providerSignInSchema = z.object({ provider: z.enum(['github', 'google']), callbackUrl: z.string().max(500).optional() }).strict();

export const reactionSchema = z
  .object({
    articleId: id,
    // "set:love" picks Love (switching from any other); "clear:love" takes Love back.
    choice: z
      .string()
      .regex(/^(set|clear):[a-z_]{1,20}$/)
      .transform((v) => v.split(':') as ['set' | 'clear', string])
      .pipe(z.tuple([z.enum(['set', 'clear']), z.enum(REACTION_KINDS)])),
  })
  .strict();

// Any origin will do for resolving: only whether the result stays on it matters.
const CALLBACK_BASE = 'http://hallyu.invalid';

/**
 * Only same-site paths, so a crafted link cannot send people elsewhere after signing in. The value is
 * resolved the way a browser would (which drops tabs and newlines: "/\t/evil.test" is "//evil.test")
 * and kept only if it stays on this origin; what is returned is the parsed path, query and fragment.
 */
export function safeCallbackUrl(raw: string | string[] | undefined | null): string {
  const value = Array.isArray(raw) ? raw[0] : raw;
  if (!value || !value.startsWith('/')) return '/';
  try {
    const url = new URL(value, CALLBACK_BASE);
    return url.origin === CALLBACK_BASE ? `${url.pathname}${url.search}${url.hash}` : '/';
  } catch {
    return '/';
  }
}

export type FieldErrors = Record<string, string[] | undefined>;

export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  return z.flattenError(error).fieldErrors as FieldErrors;
}

/**
 * A form's own fields; a name sent more than once (checkboxes) becomes a list. React adds hidden
 * `$ACTION_…` inputs to progressively enhanced forms; they are the framework's, not the user's, so they
 * are dropped before strict validation.
 */
export function formFields(formData: FormData): Record<string, FormDataEntryValue | FormDataEntryValue[]> {
  const fields: Record<string, FormDataEntryValue | FormDataEntryValue[]> = {};
  for (const key of new Set(formData.keys())) {
    if (key.startsWith('$ACTION')) continue;
    const values = formData.getAll(key);
    fields[key] = values.length === 1 ? values[0] : values;
  }
  return fields;
}
