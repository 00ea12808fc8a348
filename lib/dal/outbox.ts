import 'server-only';
import { randomUUID } from 'node:crypto';
import { and, desc, eq, inArray, isNull, lte, or, sql } from 'drizzle-orm';
import { getDb, type Tx } from '@/db/client';
import { emailOutbox, notifications } from '@/db/schema';
import { config } from '@/lib/config';
import type { Mail } from '@/lib/mail/compose';

// The outbox's rows: queued with the change that causes them (in its transaction), claimed for a while by
// the instance that sends them, then marked sent, retried later, or dropped. The sending is in
// lib/mail/mailer.ts.

const CLAIM_SECONDS = 120; // longer than any one SMTP exchange (the transport times out well before)
export const MAX_ATTEMPTS = 12; // about a day of retries with the backoff below

/** Backoff after the n-th failed attempt: 10 s, 20 s, 40 s, … at most an hour. */
export const retryDelaySeconds = (attempts: number) => Math.min(10 * 2 ** (attempts - 1), 3600);

export type QueuedMail = Mail & { to: string; userId?: string | null; kind: string; notificationId?: number; sendAfterSeconds?: number };

export async function queueEmail(tx: Tx, mail: QueuedMail): Promise<void> {
  const host = new URL(config().siteUrl).hostname;
  await tx.insert(emailOutbox).values({
    messageId: `<${randomUUID()}@${host}>`,
    toAddress: mail.to,
    userId: mail.userId ?? null,
    kind: mail.kind,
    subject: mail.subject,
    textBody: mail.text,
    htmlBody: mail.html,
    headers: mail.headers ?? {},
    notificationId: mail.notificationId ?? null,
    sendAfter: sql`now() + make_interval(secs => ${mail.sendAfterSeconds ?? 0})`,
  });
}

export type OutboxRow = typeof emailOutbox.$inferSelect;

/**
 * Claims up to `limit` due mails for this instance: each is leased for CLAIM_SECONDS, so no other
 * instance sends it meanwhile; one whose lease ran out (its sender died) is due again. A notification's
 * mail whose notification was read in the app first is dropped instead.
 */
export async function claimDueEmails(limit = 10): Promise<OutboxRow[]> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const due = await tx
      .select({ id: emailOutbox.id, notificationRead: notifications.readAt })
      .from(emailOutbox)
      .leftJoin(notifications, eq(notifications.id, emailOutbox.notificationId))
      .where(
        and(
          isNull(emailOutbox.sentAt),
          isNull(emailOutbox.droppedAt),
          lte(emailOutbox.sendAfter, sql`now()`),
          or(isNull(emailOutbox.claimedUntil), lte(emailOutbox.claimedUntil, sql`now()`)),
        ),
      )
      .orderBy(emailOutbox.sendAfter, emailOutbox.id)
      .limit(limit)
      .for('update', { of: emailOutbox, skipLocked: true });
    const seen = due.filter((d) => d.notificationRead !== null).map((d) => d.id);
    if (seen.length) await tx.update(emailOutbox).set({ droppedAt: sql`now()`, lastError: 'Seen in the app first' }).where(inArray(emailOutbox.id, seen));
    const ids = due.filter((d) => d.notificationRead === null).map((d) => d.id);
    if (ids.length === 0) return [];
    return tx
      .update(emailOutbox)
      .set({ claimedUntil: sql`now() + make_interval(secs => ${CLAIM_SECONDS})`, attempts: sql`${emailOutbox.attempts} + 1` })
      .where(inArray(emailOutbox.id, ids))
      .returning();
  });
}

export async function markEmailSent(id: number): Promise<void> {
  const db = await getDb();
  await db.update(emailOutbox).set({ sentAt: sql`now()`, claimedUntil: null, lastError: null }).where(eq(emailOutbox.id, id));
}

/** A failed attempt: tried again after the backoff, or dropped after MAX_ATTEMPTS. */
export async function markEmailFailed(row: Pick<OutboxRow, 'id' | 'attempts'>, error: string): Promise<void> {
  const db = await getDb();
  const giveUp = row.attempts >= MAX_ATTEMPTS;
  await db
    .update(emailOutbox)
    .set({
      claimedUntil: null,
      lastError: error.slice(0, 500),
      sendAfter: sql`now() + make_interval(secs => ${retryDelaySeconds(row.attempts)})`,
      droppedAt: giveUp ? sql`now()` : null,
    })
    .where(eq(emailOutbox.id, row.id));
}

/** The latest mails, newest first (the development mailbox, /dev/mail). */
export async function listRecentEmails(limit = 50): Promise<OutboxRow[]> {
  const db = await getDb();
  return db.select().from(emailOutbox).orderBy(desc(emailOutbox.id)).limit(limit);
}
