import 'server-only';
import nodemailer, { type Transporter } from 'nodemailer';
import { config } from '@/lib/config';
import { claimDueEmails, markEmailFailed, markEmailSent, type OutboxRow } from '@/lib/dal/outbox';
import { log } from '@/lib/log';

// Delivers the outbox (lib/dal/outbox.ts): every instance looks for due mail every POLL_MS, and at once
// after it queued some itself. A mail is claimed before it is sent, so two instances never send the same
// one; a crash after queueing loses nothing (the mail waits in the table), and an SMTP outage only
// delays (each failure waits longer before the next try). Without SMTP_URL, development writes each
// mail to the log and lists it at /dev/mail; production leaves it queued until SMTP is configured.

const POLL_MS = 2_000;

type Send = (row: OutboxRow) => Promise<void>;

export function smtpSender(url: string, from: string): Send {
  const transporter: Transporter = nodemailer.createTransport(url, { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 20_000 });
  return async (row) => {
    await transporter.sendMail({ from, to: row.toAddress, subject: row.subject, text: row.textBody, html: row.htmlBody, messageId: row.messageId, headers: row.headers });
  };
}

const logSender: Send = async (row) => {
  log.info({ to: row.toAddress, subject: row.subject }, `Email (no SMTP_URL; also at /dev/mail):\n${row.textBody}`);
};

function senderFromConfig(): Send | null {
  const { mail, nodeEnv } = config();
  if (mail.smtpUrl) return smtpSender(mail.smtpUrl, mail.from);
  return nodeEnv === 'production' ? null : logSender;
}

const state = globalThis as unknown as { hallyuMailer?: { send: Send | null; running: boolean; again: boolean; timer?: NodeJS.Timeout } };

/** Sends what is due, until nothing is; returns how many went out. */
export async function deliverDueEmails(send: Send | null = state.hallyuMailer?.send ?? senderFromConfig()): Promise<number> {
  if (!send) return 0;
  let sent = 0;
  for (;;) {
    const batch = await claimDueEmails();
    if (batch.length === 0) return sent;
    for (const row of batch) {
      try {
        await send(row);
        await markEmailSent(row.id);
        sent++;
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        log.warn({ to: row.toAddress, attempts: row.attempts, err: message }, 'email not sent; will retry');
        await markEmailFailed(row, message);
      }
    }
  }
}

async function run() {
  const mailer = state.hallyuMailer!;
  if (mailer.running) return void (mailer.again = true);
  mailer.running = true;
  try {
    do {
      mailer.again = false;
      await deliverDueEmails(mailer.send);
    } while (mailer.again);
  } catch (error) {
    log.warn({ err: error }, 'outbox delivery failed; next poll tries again');
  } finally {
    mailer.running = false;
  }
}

/** Starts this instance's delivery loop (at start-up). */
export function startMailer(): void {
  if (state.hallyuMailer) return;
  const send = senderFromConfig();
  state.hallyuMailer = { send, running: false, again: false };
  if (!send) {
    log.warn('SMTP_URL is not set: emails (password resets, address checks, notifications) are queued and not sent until it is.');
    return;
  }
  state.hallyuMailer.timer = setInterval(() => void run(), POLL_MS);
  state.hallyuMailer.timer.unref();
}

/** Something was queued: deliver now rather than at the next poll. */
export function kickMailer(): void {
  if (state.hallyuMailer?.send) void run();
}
