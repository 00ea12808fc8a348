// Every enumeration of Hallyu's data, defined once. db/schema.ts makes PostgreSQL enums of these lists;
// lib/, validation and forms derive their types and choices from them. It imports nothing, so client
// components can use it without pulling the database layer into the browser.
// Writers and editors work in the newsroom (/newsroom); moderators look after the conversation; admins do both.
export const USER_ROLES = ['reader', 'writer', 'editor', 'moderator', 'admin'] as const;
export const NEWSROOM_ROLES = ['writer', 'editor', 'admin'] as const;
// An article's workflow: written (draft), submitted (review), set to publish at a time (scheduled), public
// (published), taken down (unpublished). Only 'published' is ever shown to readers.
export const ARTICLE_STATUSES = ['draft', 'review', 'scheduled', 'published', 'unpublished'] as const;
export const REACTION_KINDS = ['love', 'haha', 'wow', 'sad', 'angry', 'want_more'] as const;
// 'shadowed': written by a shadow-banned account; shown to its author (as if published) and to staff only.
export const COMMENT_STATUSES = ['published', 'pending', 'hidden', 'deleted', 'shadowed'] as const;
export const MODERATION_REASON_CODES = ['spam', 'harassment', 'hate_speech', 'spoilers', 'off_topic', 'misinformation', 'other'] as const;
export const MODERATION_ACTION_KINDS = [
  'hide',
  'unhide',
  'approve',
  'hold',
  'auto_hide',
  'suspend',
  'ban',
  'lift_restriction',
  'change_role',
  'add_banned_word',
  'remove_banned_word',
  'reject',
  'shadow_ban',
  'lift_shadow_ban',
  'set_review',
  'reset_name',
  'rename',
  'add_user_note',
  'change_settings',
  'article_controls',
  'pin',
  'unpin',
  'staff_pick',
  'remove_staff_pick',
  // The newsroom's actions, in the same log (lib/dal/newsroom-writes.ts).
  'article_create',
  'article_submit',
  'article_schedule',
  'article_publish',
  'article_unpublish',
  'article_restore',
  'article_slug_change',
  'article_withdraw',
  // Editors' care of the taxonomy (lib/dal/taxonomy.ts).
  'category_create',
  'category_change',
  'tag_rename',
  'byline_create',
  'byline_change',
] as const;

// What a notification tells its reader: a reply to or mention of them, likes on their comment (grouped),
// and what moderators did with their comment.
export const NOTIFICATION_KINDS = ['reply', 'mention', 'like', 'hidden', 'restored', 'approved'] as const;

// What an emailed link lets its holder do once (lib/dal/email-tokens.ts).
export const EMAIL_TOKEN_PURPOSES = ['verify_email', 'reset_password', 'change_email'] as const;
// Emails a reader can choose to get (lib/dal/email-preferences.ts); each has its own unsubscribe link.
export const EMAIL_TOPICS = ['replies', 'mentions', 'moderation', 'digest'] as const;

export type UserRole = (typeof USER_ROLES)[number];
export const isModeratorRole = (role: UserRole | null | undefined): boolean => role === 'moderator' || role === 'admin';
export const isNewsroomRole = (role: UserRole | null | undefined): boolean => role === 'writer' || role === 'editor' || role === 'admin';
/** May publish, schedule, unpublish and edit anyone's article. */
export const isEditorRole = (role: UserRole | null | undefined): boolean => role === 'editor' || role === 'admin';
export const ROLE_LABELS: Record<UserRole, string> = { reader: 'Reader', writer: 'Writer', editor: 'Editor', moderator: 'Moderator', admin: 'Admin' };
export type ArticleStatus = (typeof ARTICLE_STATUSES)[number];
export const ARTICLE_STATUS_LABELS: Record<ArticleStatus, string> = { draft: 'Draft', review: 'In review', scheduled: 'Scheduled', published: 'Published', unpublished: 'Unpublished' };
export type ReactionKind = (typeof REACTION_KINDS)[number];
export type CommentStatus = (typeof COMMENT_STATUSES)[number];
export type ModerationReason = (typeof MODERATION_REASON_CODES)[number];
export type ModerationActionKind = (typeof MODERATION_ACTION_KINDS)[number];
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];
export type EmailTokenPurpose = (typeof EMAIL_TOKEN_PURPOSES)[number];
export type EmailTopic = (typeof EMAIL_TOPICS)[number];
