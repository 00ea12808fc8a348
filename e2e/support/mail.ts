import { expect } from '@playwright/test';

// What the app mailed, read from the mail server the tests run beside it (scripts/mail-sink.ts).
export type SentMail = { to: string; subject: string; text: string; html: string; headers: Record<string, string> };

async function mailsTo(to: string): Promise<SentMail[]> {
  const response = await fetch(`${process.env.E2E_MAIL_SINK_URL}/messages?to=${encodeURIComponent(to)}`);
  return (await response.json()) as SentMail[];
}

/** Waits (up to 15 s) for a mail to `to` whose subject matches, and returns the latest such. */
export async function waitForMail(to: string, subject: RegExp): Promise<SentMail> {
  let found: SentMail | undefined;
  await expect
    .poll(async () => {
      found = (await mailsTo(to)).filter((m) => subject.test(m.subject)).at(-1);
      return Boolean(found);
    }, { timeout: 15_000, message: `a mail to ${to} matching ${subject}` })
    .toBe(true);
  return found!;
}

export async function countMails(to: string, subject: RegExp): Promise<number> {
  return (await mailsTo(to)).filter((m) => subject.test(m.subject)).length;
}

/** The first address in a mail's text that goes to `path` on the site. */
export function linkTo(mail: SentMail, path: string): string {
  const match = new RegExp(`https?://\\S+${path.replace(/\//g, '\\/')}\\?\\S+`).exec(mail.text);
  if (!match) throw new Error(`no ${path} link in: ${mail.text}`);
  return match[0];
}
