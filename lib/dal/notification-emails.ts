import 'server-only';
import { sql } from 'drizzle-orm';
import { queryRows, type Tx } from '@/db/client';
import type { EmailTopic, ModerationReason, NotificationKind } from '@/db/enums';
import { spoilerFreeText } from '@/lib/comment-markup';
import { config } from '@/lib/config';
import { notificationMail } from '@/lib/mail/templates';
import { unsubscribeHeaders, unsubscribeUrl } from '@/lib/mail/unsubscribe';
import { notificationSentence } from '@/lib/notification-text';
import { queueEmail } from './outbox';

// Notifications by email, for readers who asked for them (lib/dal/email-preferences.ts) and whose address
// is confirmed. Queued with the notification, sent after NOTIFICATION_EMAIL_DELAY_SECONDS unless the
// reader read it in the app first (lib/dal/outbox.ts drops it then). Each mail carries a one-click
// unsubscribe link for its topic, also as List-Unsubscribe headers.

const TOPIC: Partial<Record<NotificationKind, EmailTopic>> = { reply: 'replies', mention: 'mentions', hidden: 'moderation', restored: 'moderation', approved: 'moderation' };
const WHY: Record<EmailTopic, string> = {
  replies: 'You get this because you asked for an email when someone replies to your comments.',
  mentions: 'You get this because you asked for an email when someone mentions you.',
  moderation: 'You get this because you asked for an email when moderators act on your comments.',
  digest: 'You get this because you asked for a daily digest.',
};

type Row = {
  id: number;
  user_id: string;
  kind: NotificationKind;
  email: string;
  handle: string;
  actor: string | null;
  reason: ModerationReason | null;
  comment_id: number;
  body: string;
  has_spoilers: boolean;
  slug: string;
  title: string;
};

/** Queues the emails of just-created notifications, for the readers who want them. */
export async function queueNotificationEmails(tx: Tx, notificationIds: number[]): Promise<number> {
  if (notificationIds.length === 0) return 0;
  const ids = sql.join(notificationIds.map((id) => sql`${id}`), sql`, `);
  // Raw SQL: the reader's choice for the notification's topic decides, in the same statement.
  const rows = await queryRows<Row>(
    tx,
    sql`select n.id, n.user_id, n.kind, u.email, u.handle, a.name as actor, n.reason, c.id as comment_id, c.body, c.has_spoilers, ar.slug, ar.title
        from notifications n
        join users u on u.id = n.user_id and u.email_verified is not null
        join email_preferences p on p.user_id = n.user_id
        join comments c on c.id = n.comment_id
        join articles ar on ar.id = c.article_id
        left join users a on a.id = n.actor_id
        where n.id in (${ids}) and case n.kind
          when 'reply' then p.replies when 'mention' then p.mentions
          when 'hidden' then p.moderation when 'restored' then p.moderation when 'approved' then p.moderation
          else false end`,
  );
  const { siteUrl, mail } = config();
  for (const row of rows) {
    const topic = TOPIC[row.kind]!;
    const unsubscribe = unsubscribeUrl(row.handle, topic);
    const text = spoilerFreeText(row.body, row.has_spoilers).replace(/\s+/g, ' ').trim();
    const content = notificationMail({
      sentence: notificationSentence(row),
      articleTitle: row.title,
      snippet: text.length > 300 ? `${text.slice(0, 299)}…` : text,
      link: `${siteUrl}/articles/${row.slug}#comment-${row.comment_id}`,
      why: WHY[topic],
      unsubscribe,
    });
    await queueEmail(tx, { to: row.email, userId: row.user_id, kind: `notification:${row.kind}`, notificationId: row.id, sendAfterSeconds: mail.notificationDelaySeconds, ...content, headers: unsubscribeHeaders(unsubscribe) });
  }
  return rows.length;
}
