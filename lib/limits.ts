// Limits shared by forms in the browser and validation on the server. Kept apart from lib/validation.ts
// so client components do not pull zod into the page's JavaScript.
export const MAX_COMMENT_LENGTH = 2_000;

/** The longest search query; longer ones are cut. */
export const MAX_QUERY_LENGTH = 200;

/** How long after posting an author may still edit a comment. */
export const EDIT_WINDOW_MS = 15 * 60 * 1000;

/** Password length rules, shown by the sign-up form and enforced by lib/password-rules.ts. */
export const MIN_PASSWORD_LENGTH = 10;
export const MAX_PASSWORD_LENGTH = 200;

/**
 * The largest request body a form may send (server actions and the sign-in endpoint). The longest
 * form, a comment of 2,000 characters, is at most 8 KB of UTF-8 plus its fields; anything far larger is
 * refused with 413 before it is read.
 */
export const MAX_FORM_BODY_BYTES = 64 * 1024;

/**
 * The newsroom's editor sends a whole article: up to MAX_ARTICLE_BODY_LENGTH characters (Korean takes 3
 * bytes each) and its other fields. Only posts to /newsroom may be this large (proxy.ts).
 */
export const MAX_ARTICLE_BODY_LENGTH = 60_000;
export const NEWSROOM_FORM_BODY_BYTES = 512 * 1024;
/** An uploaded image, before re-encoding (lib/media/images.ts). */
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

/** A display name can be chosen once per this many days (a moderator's reset does not count). */
export const NAME_CHANGE_INTERVAL_DAYS = 7;

/** How young an account is "new" to the link rule of pre-moderation and to the risk score. */
export const NEW_ACCOUNT_DAYS = 7;

/** The longest message a moderator can show above an article's thread, and the longest slow mode. */
export const MAX_THREAD_MESSAGE_LENGTH = 300;
export const MAX_SLOW_MODE_SECONDS = 3_600;

/** The longest display name (lib/validation.ts); a mention is matched over at most this many characters. */
export const MAX_NAME_LENGTH = 50;

/** People one comment can mention (more stay plain text). */
export const MAX_MENTIONS = 10;

/** How many generated avatars a reader chooses from (components/ui/avatar.tsx). */
export const AVATAR_CHOICES = 8;

/** The newsroom editor's fields (lib/article-validation.ts checks them; the form shows them). */
export const ARTICLE_LIMITS = {
  title: 150,
  dek: 300,
  heroAlt: 250,
  heroCredit: 150,
  tags: 10,
  tagName: 40,
  ctaTitle: 100,
  ctaPlatform: 50,
  url: 500,
} as const;
