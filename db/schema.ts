// The one picture of Hallyu's data. Every table, enum and index lives here; migrations are generated from it.
import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  boolean,
  check,
  customType,
  date,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  serial,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import {
  ARTICLE_STATUSES,
  COMMENT_STATUSES,
  EMAIL_TOKEN_PURPOSES,
  MODERATION_ACTION_KINDS,
  MODERATION_REASON_CODES,
  NOTIFICATION_KINDS,
  REACTION_KINDS,
  USER_ROLES,
} from './enums';

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });
const timestamptz = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export const userRole = pgEnum('user_role', USER_ROLES);
export const articleStatus = pgEnum('article_status', ARTICLE_STATUSES);
export const reactionKind = pgEnum('reaction_kind', REACTION_KINDS);
export const commentStatus = pgEnum('comment_status', COMMENT_STATUSES);
export const moderationReason = pgEnum('moderation_reason', MODERATION_REASON_CODES);
export const moderationActionKind = pgEnum('moderation_action_kind', MODERATION_ACTION_KINDS);
export const notificationKind = pgEnum('notification_kind', NOTIFICATION_KINDS);
export const emailTokenPurpose = pgEnum('email_token_purpose', EMAIL_TOKEN_PURPOSES);

// ---------- People ----------

export const users = pgTable(
  'users',
  {
    id: text('id')
      .primaryKey()
      .default(sql`gen_random_uuid()::text`),
    name: text('name'),
    email: text('email').notNull(),
    emailVerified: timestamptz('email_verified'),
    image: text('image'),
    passwordHash: text('password_hash'),
    role: userRole('role').notNull().default('reader'),
    // A ban has no end; a suspension ends at suspendedUntil. Both are read from here on every write.
    bannedAt: timestamptz('banned_at'),
    suspendedUntil: timestamptz('suspended_until'),
    restrictionReason: text('restriction_reason'),
    // Staff tools: every comment held for review; new comments seen only by their author (and staff).
    alwaysReview: boolean('always_review').notNull().default(false),
    shadowBannedAt: timestamptz('shadow_banned_at'),
    // The last time the user chose a new display name (renames are limited: lib/limits.ts).
    nameChangedAt: timestamptz('name_changed_at'),
    // The handle of the public profile (/people/<handle>) and of mentions: random, so it says nothing
    // about the account (the id stays private) and survives renames.
    handle: text('handle')
      .notNull()
      .default(sql`substr(md5(gen_random_uuid()::text), 1, 10)`),
    // The generated avatar the user chose (components/ui/avatar.tsx); null: the one their handle gives.
    avatar: integer('avatar'),
    // "Delete my account": erased after the grace period unless the owner signs in before (lib/dal/account-deletion.ts).
    deletionRequestedAt: timestamptz('deletion_requested_at'),
    // Erased: the row stays only so the comments keep their place, as "[deleted]" with no name or text.
    erasedAt: timestamptz('erased_at'),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('users_email_key').on(t.email),
    uniqueIndex('users_handle_key').on(t.handle),
    index('users_deletion_idx').on(t.deletionRequestedAt).where(sql`${t.deletionRequestedAt} is not null`),
    index('users_name_idx').on(t.name),
    // Mention suggestions match the start of a name, whatever its case.
    index('users_name_prefix_idx').using('btree', sql`lower(${t.name}) text_pattern_ops`),
  ],
);

// next-auth (Auth.js) tables, in the shape @auth/drizzle-adapter expects.
export const accounts = pgTable(
  'accounts',
  {
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    type: text('type').notNull(),
    provider: text('provider').notNull(),
    providerAccountId: text('provider_account_id').notNull(),
    refresh_token: text('refresh_token'),
    access_token: text('access_token'),
    expires_at: integer('expires_at'),
    token_type: text('token_type'),
    scope: text('scope'),
    id_token: text('id_token'),
    session_state: text('session_state'),
  },
  (t) => [primaryKey({ columns: [t.provider, t.providerAccountId] }), index('accounts_user_idx').on(t.userId)],
);

export const sessions = pgTable('sessions', {
  sessionToken: text('session_token').primaryKey(),
  userId: text('user_id')
    .notNull()
    .references(() => users.id, { onDelete: 'cascade' }),
  expires: timestamptz('expires').notNull(),
});

export const verificationTokens = pgTable(
  'verification_tokens',
  {
    identifier: text('identifier').notNull(),
    token: text('token').notNull(),
    expires: timestamptz('expires').notNull(),
  },
  (t) => [primaryKey({ columns: [t.identifier, t.token] })],
);

// A reader's mutes: the muted person's comments collapse for them everywhere.
export const userMutes = pgTable(
  'user_mutes',
  {
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    mutedUserId: text('muted_user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.mutedUserId] })],
);

// ---------- Editorial ----------

export const authors = pgTable('authors', {
  id: serial('id').primaryKey(),
  slug: text('slug').notNull().unique(),
  name: text('name').notNull(),
  bio: text('bio').notNull().default(''),
  // The account behind the byline, when the writer has one: their comments carry an "Author" badge on
  // their own articles.
  userId: text('user_id')
    .unique()
    .references(() => users.id, { onDelete: 'set null' }),
});

export const categories = pgTable('categories', {
  id: serial('id').primaryKey(),
  slug: text('slug').notNull().unique(),
  name: text('name').notNull(),
  description: text('description').notNull().default(''),
  position: integer('position').notNull().default(0),
});

export const tags = pgTable('tags', {
  id: serial('id').primaryKey(),
  slug: text('slug').notNull().unique(),
  name: text('name').notNull(),
});

export type VideoEmbed = { provider: 'youtube' | 'vimeo'; id: string; title: string };
export type WatchCta = { title: string; platform: string; url: string; image?: string };

export const articles = pgTable(
  'articles',
  {
    id: serial('id').primaryKey(),
    slug: text('slug').notNull(),
    title: text('title').notNull(),
    dek: text('dek').notNull(),
    body: text('body').notNull(),
    heroImage: text('hero_image'),
    heroAlt: text('hero_alt'),
    heroCredit: text('hero_credit'),
    video: jsonb('video').$type<VideoEmbed>(),
    watchCta: jsonb('watch_cta').$type<WatchCta>(),
    categoryId: integer('category_id')
      .notNull()
      .references(() => categories.id),
    authorId: integer('author_id')
      .notNull()
      .references(() => authors.id),
    status: articleStatus('status').notNull().default('draft'),
    publishedAt: timestamptz('published_at'),
    // When a 'scheduled' article goes live (lib/newsroom-scheduler.ts publishes it on time).
    scheduledAt: timestamptz('scheduled_at'),
    // Who started it in the newsroom (a writer edits only their own); null for the seed's and a deleted account's.
    createdBy: text('created_by').references(() => users.id, { onDelete: 'set null' }),
    // Raised by every save: a save made from an older version is refused, never silently overwriting.
    version: integer('version').notNull().default(1),
    updatedAt: timestamptz('updated_at').notNull().defaultNow(),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
    searchVector: tsvector('search_vector').generatedAlwaysAs(
      sql`setweight(to_tsvector('english', coalesce(title, '')), 'A') || setweight(to_tsvector('english', coalesce(dek, '')), 'B') || setweight(to_tsvector('english', coalesce(body, '')), 'C')`,
    ),
  },
  (t) => [
    uniqueIndex('articles_slug_key').on(t.slug),
    // Ascending on purpose: scanned backwards they give ORDER BY published_at DESC, id DESC (NULLS FIRST,
    // PostgreSQL's default for DESC). drizzle's .desc() would emit DESC NULLS LAST, which that ORDER BY
    // cannot use, and every list would sort.
    index('articles_published_idx').on(t.status, t.publishedAt, t.id),
    index('articles_category_published_idx').on(t.categoryId, t.status, t.publishedAt, t.id),
    index('articles_author_published_idx').on(t.authorId, t.status, t.publishedAt, t.id),
    index('articles_search_idx').using('gin', t.searchVector),
    // Set only while an article is scheduled (a new enum value cannot appear in the migration that adds it).
    index('articles_scheduled_idx').on(t.scheduledAt).where(sql`${t.scheduledAt} is not null`),
    // The newsroom's list: most recently updated first.
    index('articles_updated_idx').on(t.updatedAt, t.id),
  ],
);

// Every save of an article in the newsroom: who, when, what changed, and the whole editable content
// (a snapshot), so any version can be compared and restored.
export type ArticleSnapshot = {
  title: string;
  slug: string;
  dek: string;
  body: string;
  categoryId: number;
  authorId: number;
  tags: string[];
  heroImage: string | null;
  heroAlt: string | null;
  heroCredit: string | null;
  video: VideoEmbed | null;
  watchCta: WatchCta | null;
};

export const articleRevisions = pgTable(
  'article_revisions',
  {
    id: serial('id').primaryKey(),
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    actorId: text('actor_id').references(() => users.id, { onDelete: 'set null' }),
    status: articleStatus('status').notNull(),
    // The fields that differ from the revision before (empty: only the status moved).
    changed: text('changed').array().notNull(),
    autosave: boolean('autosave').notNull().default(false),
    snapshot: jsonb('snapshot').$type<ArticleSnapshot>().notNull(),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
  },
  (t) => [index('article_revisions_article_idx').on(t.articleId, t.id)],
);

// The addresses a published article had before its slug changed: they answer 301 to the current one.
export const articleSlugRedirects = pgTable('article_slug_redirects', {
  slug: text('slug').primaryKey(),
  articleId: integer('article_id')
    .notNull()
    .references(() => articles.id, { onDelete: 'cascade' }),
  createdAt: timestamptz('created_at').notNull().defaultNow(),
});

// What a newsroom form sent when the browser runs no JavaScript and the answer is not a save: the
// fields as typed, their errors or the preview. The editor page shows it again (?stash=<key>), so
// nothing typed is lost. Deleted after a day by the housekeeping sweep.
export const editorStash = pgTable(
  'editor_stash',
  {
    key: text('key').primaryKey(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    state: jsonb('state').notNull(),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
  },
  (t) => [index('editor_stash_created_idx').on(t.createdAt)],
);

// Images uploaded in the newsroom. The files (re-encoded variants) live in the media store
// (lib/media/storage.ts) under the key; this row says what exists and who uploaded it. usedAt: when a
// saved article first used it; an upload no save ever used is removed after a day (lib/dal/media.ts).
export const media = pgTable('media', {
  key: text('key').primaryKey(),
  width: integer('width').notNull(),
  height: integer('height').notNull(),
  widths: integer('widths').array().notNull(),
  bytes: integer('bytes').notNull(),
  uploadedBy: text('uploaded_by').references(() => users.id, { onDelete: 'set null' }),
  createdAt: timestamptz('created_at').notNull().defaultNow(),
  usedAt: timestamptz('used_at'),
});

export const articleTags = pgTable(
  'article_tags',
  {
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    tagId: integer('tag_id')
      .notNull()
      .references(() => tags.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.articleId, t.tagId] }), index('article_tags_tag_idx').on(t.tagId, t.articleId)],
);

// ---------- Reactions ----------

// One row per article and reactor. A reactor is "u:<user id>" or "a:<anonymous cookie id>".
export const articleReactions = pgTable(
  'article_reactions',
  {
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    reactorKey: text('reactor_key').notNull(),
    kind: reactionKind('kind').notNull(),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
    updatedAt: timestamptz('updated_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.articleId, t.reactorKey] }), index('article_reactions_reactor_idx').on(t.reactorKey)],
);

// Counts kept in step with article_reactions inside the same transaction.
export const articleReactionCounts = pgTable(
  'article_reaction_counts',
  {
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    kind: reactionKind('kind').notNull(),
    count: integer('count').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.articleId, t.kind] })],
);

// Per-article totals shown on cards, kept in step by the writes that change them.
export const articleStats = pgTable('article_stats', {
  articleId: integer('article_id')
    .primaryKey()
    .references(() => articles.id, { onDelete: 'cascade' }),
  reactionCount: integer('reaction_count').notNull().default(0),
  commentCount: integer('comment_count').notNull().default(0),
});

// Activity per article and day, so "trending in the last 7 days" sums at most 7 small rows per article.
export const articleActivityDaily = pgTable(
  'article_activity_daily',
  {
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    day: date('day', { mode: 'string' }).notNull(),
    reactions: integer('reactions').notNull().default(0),
    comments: integer('comments').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.articleId, t.day] }), index('article_activity_day_idx').on(t.day)],
);

// ---------- Comments ----------

export const comments = pgTable(
  'comments',
  {
    id: serial('id').primaryKey(),
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    authorId: text('author_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    parentId: integer('parent_id').references((): AnyPgColumn => comments.id, { onDelete: 'cascade' }),
    // A reply to a reply joins its thread (parentId is the top-level comment); this is the one it answered.
    replyToId: integer('reply_to_id').references((): AnyPgColumn => comments.id, { onDelete: 'set null' }),
    body: text('body').notNull(),
    // The author marked the whole comment as a spoiler: it stays folded until a reader opens it.
    hasSpoilers: boolean('has_spoilers').notNull().default(false),
    // Marked by a moderator as a staff pick (the "Featured" sort shows these, newest pick first).
    staffPickAt: timestamptz('staff_pick_at'),
    status: commentStatus('status').notNull().default('published'),
    statusReason: moderationReason('status_reason'),
    editedAt: timestamptz('edited_at'),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
    likeCount: integer('like_count').notNull().default(0),
    replyCount: integer('reply_count').notNull().default(0),
    reportCount: integer('report_count').notNull().default(0),
  },
  (t) => [
    // Top-level comments in page order (Newest/Oldest, Top). Partial, because PostgreSQL does not treat
    // "parent_id is null" as an equality: an index with parent_id in it cannot give created_at order.
    index('comments_thread_new_idx').on(t.articleId, t.createdAt, t.id).where(sql`${t.parentId} is null`),
    index('comments_thread_top_idx').on(t.articleId, t.likeCount, t.id).where(sql`${t.parentId} is null`),
    index('comments_parent_idx').on(t.parentId, t.createdAt, t.id),
    index('comments_author_idx').on(t.authorId, t.createdAt),
    index('comments_status_idx').on(t.status, t.createdAt, t.id),
    index('comments_reported_idx')
      .on(t.reportCount, t.id)
      .where(sql`${t.reportCount} > 0`),
    index('comments_staff_pick_idx')
      .on(t.articleId, t.staffPickAt, t.id)
      .where(sql`${t.staffPickAt} is not null`),
  ],
);

// The people a comment mentions ("@Mina Park"), as references: the name as typed links to the account
// even after a rename. Written with the comment (and again on edit) by lib/dal/mentions.ts.
export const commentMentions = pgTable(
  'comment_mentions',
  {
    commentId: integer('comment_id')
      .notNull()
      .references(() => comments.id, { onDelete: 'cascade' }),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    typedName: text('typed_name').notNull(),
  },
  (t) => [primaryKey({ columns: [t.commentId, t.userId] }), index('comment_mentions_user_idx').on(t.userId)],
);

// Earlier texts of edited comments: readers see "edited", staff see every version with its times.
export const commentRevisions = pgTable(
  'comment_revisions',
  {
    id: serial('id').primaryKey(),
    commentId: integer('comment_id')
      .notNull()
      .references(() => comments.id, { onDelete: 'cascade' }),
    body: text('body').notNull(),
    // When this text was first shown (the comment's posting or an earlier edit), and when an edit replaced it.
    writtenAt: timestamptz('written_at').notNull(),
    replacedAt: timestamptz('replaced_at').notNull().defaultNow(),
  },
  (t) => [index('comment_revisions_comment_idx').on(t.commentId, t.id)],
);

export const commentLikes = pgTable(
  'comment_likes',
  {
    commentId: integer('comment_id')
      .notNull()
      .references(() => comments.id, { onDelete: 'cascade' }),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.commentId, t.userId] }), index('comment_likes_user_idx').on(t.userId)],
);

export const commentReports = pgTable(
  'comment_reports',
  {
    id: serial('id').primaryKey(),
    commentId: integer('comment_id')
      .notNull()
      .references(() => comments.id, { onDelete: 'cascade' }),
    reporterId: text('reporter_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    reason: moderationReason('reason').notNull(),
    note: text('note'),
    // The comment's text when it was reported: an edit afterwards does not change what was reported.
    reportedBody: text('reported_body'),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
    // Set when a moderator approves the comment; dismissed reports leave the queue but stay on record.
    resolvedAt: timestamptz('resolved_at'),
  },
  (t) => [uniqueIndex('comment_reports_once_key').on(t.commentId, t.reporterId)],
);

// ---------- Notifications ----------

// What happened to a reader's comments and mentions (lib/dal/notifications.ts). `commentId` is the comment
// the notification is about: the reply or the mentioning comment, or the reader's own comment (likes,
// moderation). Likes on one comment share one row: `actorCount` people, the latest `actorId`.
export const notifications = pgTable(
  'notifications',
  {
    id: serial('id').primaryKey(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    kind: notificationKind('kind').notNull(),
    commentId: integer('comment_id')
      .notNull()
      .references(() => comments.id, { onDelete: 'cascade' }),
    actorId: text('actor_id').references(() => users.id, { onDelete: 'set null' }),
    actorCount: integer('actor_count').notNull().default(1),
    reason: moderationReason('reason'),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
    readAt: timestamptz('read_at'),
  },
  (t) => [
    index('notifications_user_idx').on(t.userId, t.createdAt, t.id),
    index('notifications_unread_idx').on(t.userId).where(sql`${t.readAt} is null`),
    uniqueIndex('notifications_like_key').on(t.userId, t.commentId).where(sql`${t.kind} = 'like'`),
    uniqueIndex('notifications_once_key').on(t.userId, t.kind, t.commentId).where(sql`${t.kind} in ('reply', 'mention', 'approved')`),
  ],
);

// ---------- Email ----------

// The durable outbox (lib/mail/outbox.ts): a mail is queued in the transaction of the change that causes
// it, then delivered by whichever instance claims it first (a lease, claimedUntil), retried with backoff.
// Its Message-ID is fixed when queued, so a mail sent again after a crash is recognisably the same one.
export const emailOutbox = pgTable(
  'email_outbox',
  {
    id: serial('id').primaryKey(),
    messageId: text('message_id').notNull().unique(),
    toAddress: text('to_address').notNull(),
    userId: text('user_id').references(() => users.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    subject: text('subject').notNull(),
    textBody: text('text_body').notNull(),
    htmlBody: text('html_body').notNull(),
    headers: jsonb('headers').$type<Record<string, string>>().notNull().default({}),
    // A notification's email waits a few minutes, and is dropped if the reader saw it in the app meanwhile.
    notificationId: integer('notification_id').references(() => notifications.id, { onDelete: 'cascade' }),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
    sendAfter: timestamptz('send_after').notNull().defaultNow(),
    claimedUntil: timestamptz('claimed_until'),
    attempts: integer('attempts').notNull().default(0),
    lastError: text('last_error'),
    sentAt: timestamptz('sent_at'),
    // Given up (too many failures) or no longer needed (the notification was read first).
    droppedAt: timestamptz('dropped_at'),
  },
  (t) => [index('email_outbox_due_idx').on(t.sendAfter, t.id).where(sql`${t.sentAt} is null and ${t.droppedAt} is null`)],
);

// Single-use links sent by email: verify an address, reset a password, confirm a new address. Only a
// hash of the token is kept, so the table cannot be used to take over an account.
export const emailTokens = pgTable(
  'email_tokens',
  {
    id: serial('id').primaryKey(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    purpose: emailTokenPurpose('purpose').notNull(),
    tokenHash: text('token_hash').notNull().unique(),
    // The address being verified (the account's, or the new one for change_email).
    email: text('email').notNull(),
    expiresAt: timestamptz('expires_at').notNull(),
    usedAt: timestamptz('used_at'),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
  },
  (t) => [index('email_tokens_user_idx').on(t.userId, t.purpose)],
);

// Which emails a reader wants. Replies are on only if they said so at sign-up; mentions, never by default.
export const emailPreferences = pgTable('email_preferences', {
  userId: text('user_id')
    .primaryKey()
    .references(() => users.id, { onDelete: 'cascade' }),
  replies: boolean('replies').notNull().default(false),
  mentions: boolean('mentions').notNull().default(false),
  moderation: boolean('moderation').notNull().default(false),
  digest: boolean('digest').notNull().default(false),
  lastDigestAt: timestamptz('last_digest_at'),
});

// ---------- Moderation ----------

// Append-only audit log. actorId null means the system acted (e.g. auto-hide on reports).
export const moderationActions = pgTable(
  'moderation_actions',
  {
    id: serial('id').primaryKey(),
    actorId: text('actor_id').references(() => users.id, { onDelete: 'set null' }),
    action: moderationActionKind('action').notNull(),
    commentId: integer('comment_id').references(() => comments.id, { onDelete: 'set null' }),
    targetUserId: text('target_user_id').references(() => users.id, { onDelete: 'set null' }),
    articleId: integer('article_id').references(() => articles.id, { onDelete: 'set null' }),
    // The action this one followed from: each hide of a ban's clean-up names the ban.
    causeId: integer('cause_id').references((): AnyPgColumn => moderationActions.id, { onDelete: 'set null' }),
    fromStatus: text('from_status'),
    toStatus: text('to_status'),
    reason: moderationReason('reason'),
    note: text('note'),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
  },
  (t) => [
    index('moderation_actions_created_idx').on(t.createdAt, t.id),
    index('moderation_actions_comment_idx').on(t.commentId, t.createdAt),
    index('moderation_actions_target_idx').on(t.targetUserId, t.createdAt),
    index('moderation_actions_cause_idx').on(t.causeId),
    index('moderation_actions_actor_idx').on(t.actorId, t.createdAt),
  ],
);

// Site-wide moderation settings, one row, changed by admins in the app (audited).
export const moderationSettings = pgTable(
  'moderation_settings',
  {
    id: integer('id').primaryKey().default(1),
    // Hold the first N comments of every account for review (0: off).
    newAccountHoldCount: integer('new_account_hold_count').notNull().default(0),
    // Hold comments with links from accounts younger than a week.
    holdNewAccountLinks: boolean('hold_new_account_links').notNull().default(false),
    // Only accounts with a confirmed email address may comment (off by default: see the README).
    requireVerifiedEmail: boolean('require_verified_email').notNull().default(false),
    updatedAt: timestamptz('updated_at').notNull().defaultNow(),
  },
  (t) => [check('moderation_settings_one_row', sql`${t.id} = 1`)],
);

// Per-article controls of the conversation (moderators): closed, slow mode, review everything for a while.
export const articleCommentControls = pgTable('article_comment_controls', {
  articleId: integer('article_id')
    .primaryKey()
    .references(() => articles.id, { onDelete: 'cascade' }),
  closedAt: timestamptz('closed_at'),
  // One comment per user per this many seconds on this article (0: off).
  slowModeSeconds: integer('slow_mode_seconds').notNull().default(0),
  premoderateUntil: timestamptz('premoderate_until'),
  // Shown above the thread to everyone.
  message: text('message'),
  // The one comment shown first in the thread, whatever the order.
  pinnedCommentId: integer('pinned_comment_id').references((): AnyPgColumn => comments.id, { onDelete: 'set null' }),
  updatedAt: timestamptz('updated_at').notNull().defaultNow(),
});

// Staff-only notes about a user.
export const userNotes = pgTable(
  'user_notes',
  {
    id: serial('id').primaryKey(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    authorId: text('author_id').references(() => users.id, { onDelete: 'set null' }),
    body: text('body').notNull(),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
  },
  (t) => [index('user_notes_user_idx').on(t.userId, t.createdAt)],
);

export const bannedWords = pgTable('banned_words', {
  id: serial('id').primaryKey(),
  word: text('word').notNull().unique(),
  createdBy: text('created_by').references(() => users.id, { onDelete: 'set null' }),
  createdAt: timestamptz('created_at').notNull().defaultNow(),
});

// ---------- Abuse limits ----------

// Fixed-window counters shared by every app instance (rate limits, login throttling).
export const rateLimits = pgTable('rate_limits', {
  key: text('key').primaryKey(),
  windowStart: timestamptz('window_start').notNull(),
  count: integer('count').notNull(),
  blockedUntil: timestamptz('blocked_until'),
});
