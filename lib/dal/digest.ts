import 'server-only';
import { and, eq, isNull, lte, or, sql } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { emailPreferences, users } from '@/db/schema';
import { config } from '@/lib/config';
import { composeMail } from '@/lib/mail/compose';
import { unsubscribeHeaders, unsubscribeUrl } from '@/lib/mail/unsubscribe';
import { notificationSentence } from '@/lib/notification-text';
import { listNotifications } from './notifications';
import { queueEmail } from './outbox';

// The daily digest: for readers who asked for it (and whose address is confirmed), at most one email a
// day listing the notifications they have not read yet. Every instance looks now and then; a reader's
// preferences row is locked while their digest is queued, so two instances never send the same one.

const DAY_SECONDS = 86_400;
const MAX_ITEMS = 20;

/** Queues the digests that are due; returns how many. */
export async function queueDueDigests(): Promise<number> {
  const db = await getDb();
  const due = await db
    .select({ userId: emailPreferences.userId })
    .from(emailPreferences)
    .innerJoin(users, eq(users.id, emailPreferences.userId))
    .where(
      and(
        eq(emailPreferences.digest, true),
        sql`${users.emailVerified} is not null`,
        isNull(users.erasedAt),
        or(isNull(emailPreferences.lastDigestAt), lte(emailPreferences.lastDigestAt, sql`now() - make_interval(secs => ${DAY_SECONDS})`)),
      ),
    )
    .limit(200);
  let queued = 0;
  for (const { userId } of due) if (await queueDigest(userId)) queued++;
  return queued;
}

async function queueDigest(userId: string): Promise<boolean> {
  const unread = (await listNotifications(userId, undefined, 50)).items.filter((n) => !n.read);
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [prefs] = await tx
      .select({ last: emailPreferences.lastDigestAt, email: users.email, name: users.name, handle: users.handle })
      .from(emailPreferences)
      .innerJoin(users, eq(users.id, emailPreferences.userId))
      .where(and(eq(emailPreferences.userId, userId), eq(emailPreferences.digest, true)))
      .for('update', { of: emailPreferences, skipLocked: true });
    if (!prefs || (prefs.last && prefs.last.getTime() > Date.now() - DAY_SECONDS * 1000)) return false; // another instance did it
    const fresh = unread.filter((n) => !prefs.last || n.createdAt > prefs.last).slice(0, MAX_ITEMS);
    await tx.update(emailPreferences).set({ lastDigestAt: sql`now()` }).where(eq(emailPreferences.userId, userId));
    if (fresh.length === 0) return false;
    const unsubscribe = unsubscribeUrl(prefs.handle, 'digest');
    await queueEmail(tx, {
      to: prefs.email,
      userId,
      kind: 'digest',
      ...composeMail({
        subject: `Your Hallyu day: ${fresh.length} new ${fresh.length === 1 ? 'notification' : 'notifications'}`,
        greeting: `Hi ${prefs.name ?? 'there'}, here is what happened since your last digest:`,
        paragraphs: fresh.map(
          (n) => `• ${notificationSentence({ ...n, actor: n.actor?.name ?? null })} on “${n.article.title}”${n.comment.snippet ? `: “${n.comment.snippet}”` : ''}`,
        ),
        action: { label: 'See all your notifications', url: `${config().siteUrl}/notifications` },
        footer: ['You get this because you asked for a daily digest.', `Stop the digest with one click: ${unsubscribe}`],
        headers: unsubscribeHeaders(unsubscribe),
      }),
    });
    return true;
  });
}
