// Email through a real SMTP server (smtp-server, in-process): the outbox delivers each mail once, across
// an outage and two deliverers at once; the account's links work once and expire; notification emails
// go only to those who asked, carry a one-click unsubscribe, and are dropped when read in the app first.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { emailOutbox, sessions, users } from '@/db/schema';
import { changePassword, checkResetLink, confirmEmailChange, requestEmailChange, requestPasswordReset, resetPassword, verifyEmail } from '@/lib/dal/account-email';
import { createComment } from '@/lib/dal/comment-writes';
import { getEmailPreferences, saveEmailPreferences } from '@/lib/dal/email-preferences';
import { listNotifications, markNotificationsRead } from '@/lib/dal/notifications';
import { createPasswordUser } from '@/lib/dal/sign-up';
import { queueDueDigests } from '@/lib/dal/digest';
import { startSession } from '@/lib/dal/sessions';
import { verifyCredentials } from '@/lib/dal/users';
import { deliverDueEmails, smtpSender } from '@/lib/mail/mailer';
import { startSmtpSink, type SmtpSink } from '../../scripts/lib/smtp-sink';
import { createArticle } from '../support/fixtures';

let sink: SmtpSink;
let send: ReturnType<typeof smtpSender>;
beforeAll(async () => {
  sink = await startSmtpSink();
  send = smtpSender(sink.url, 'Hallyu <no-reply@hallyu.test>');
});
afterAll(() => sink.stop());

let n = 0;
const address = (who: string) => `${who}-${Date.now()}-${++n}@example.test`;
const mailsTo = (to: string) => sink.messages.filter((m) => m.to === to);
const linkIn = (text: string, path: string) => new URL(new RegExp(`https?://\\S+${path}\\?token=\\S+`).exec(text)![0]).searchParams.get('token')!;
/** Every queued mail due now (as if its wait or backoff were over). */
const dueNow = async () => (await getDb()).update(emailOutbox).set({ sendAfter: sql`now()` }).where(sql`${emailOutbox.sentAt} is null`);

async function signUp(who: string, replyEmails = false) {
  const email = address(who);
  const created = await createPasswordUser({ name: `${who} ${n}`, email, password: 'lightstick-forever-2026', replyEmails });
  if (!created.ok) throw new Error('setup');
  return { id: created.id, email };
}

describe('the outbox', () => {
  it('delivers a sign-up’s confirmation once, in plain text and HTML, and the link confirms the address once', async () => {
    const { id, email } = await signUp('verify');
    expect(await deliverDueEmails(send)).toBeGreaterThanOrEqual(1);
    expect(await deliverDueEmails(send)).toBe(0); // nothing twice
    const [mail] = mailsTo(email);
    expect(mailsTo(email)).toHaveLength(1);
    expect(mail.subject).toBe('Confirm your email address for Hallyu');
    expect(mail.html).toContain('Confirm my email');
    const token = linkIn(mail.text, '/verify-email');
    expect(await verifyEmail(token)).toEqual({ status: 'ok', email });
    expect(await verifyEmail(token)).toEqual({ status: 'used' });
    expect(await verifyEmail('x'.repeat(43))).toEqual({ status: 'invalid' });
    const [row] = await (await getDb()).select({ verified: users.emailVerified }).from(users).where(sql`${users.id} = ${id}`);
    expect(row.verified).not.toBeNull();
  });

  it('survives an SMTP outage: the mail waits with a backoff and is delivered once when the server is back', async () => {
    const { email } = await signUp('outage');
    await sink.stop();
    expect(await deliverDueEmails(send)).toBe(0);
    const [waiting] = await (await getDb()).select().from(emailOutbox).where(sql`${emailOutbox.toAddress} = ${email}`);
    expect([waiting.attempts, waiting.sentAt, waiting.lastError !== null]).toEqual([1, null, true]);
    expect(waiting.sendAfter.getTime()).toBeGreaterThan(Date.now() + 5_000); // backs off, not hammered
    await sink.start();
    expect(await deliverDueEmails(send)).toBe(0); // not due yet
    await dueNow();
    await deliverDueEmails(send);
    expect(mailsTo(email)).toHaveLength(1);
  });

  it('gives each mail to one deliverer when two run at once', async () => {
    const emails = await Promise.all(['a', 'b', 'c', 'd'].map((w) => signUp(`pair-${w}`).then((u) => u.email)));
    await Promise.all([deliverDueEmails(send), deliverDueEmails(send)]);
    expect(emails.map((e) => mailsTo(e).length)).toEqual([1, 1, 1, 1]);
  });
});

describe('password reset', () => {
  it('mails a single-use link for a known address, nothing for an unknown one, and ends every session', async () => {
    const { id, email } = await signUp('reset');
    const before = sink.messages.length;
    await requestPasswordReset(address('nobody'));
    await deliverDueEmails(send);
    expect(sink.messages.slice(before).filter((m) => m.subject.includes('Reset'))).toHaveLength(0);
    await startSession(id);
    await requestPasswordReset(email.toUpperCase());
    await deliverDueEmails(send);
    const token = linkIn(mailsTo(email).find((m) => m.subject === 'Reset your Hallyu password')!.text, '/reset-password');
    expect(await checkResetLink(token)).toBe('valid');
    expect(await resetPassword(token, 'a-brand-new-password-7')).toEqual({ status: 'ok', email });
    expect(await resetPassword(token, 'another-password-88')).toEqual({ status: 'used' });
    expect(await verifyCredentials(email, 'a-brand-new-password-7')).not.toBeNull();
    expect(await (await getDb()).select().from(sessions).where(sql`${sessions.userId} = ${id}`)).toEqual([]);
  });

  it('refuses an expired link', async () => {
    const { email } = await signUp('expired');
    await requestPasswordReset(email);
    await deliverDueEmails(send);
    const token = linkIn(mailsTo(email).find((m) => m.subject.startsWith('Reset'))!.text, '/reset-password');
    await (await getDb()).execute(sql`update email_tokens set expires_at = now() - interval '1 minute' where purpose = 'reset_password'`);
    expect(await checkResetLink(token)).toBe('expired');
    expect(await resetPassword(token, 'a-brand-new-password-7')).toEqual({ status: 'expired' });
  });
});

describe('changing the password and the address', () => {
  it('needs the current password; a new address changes only once its link is followed, and the old one is told', async () => {
    const { id, email } = await signUp('mover');
    const next = address('moved');
    expect(await changePassword(id, 'wrong', 'a-brand-new-password-7', null)).toEqual({ status: 'wrong_password' });
    expect(await requestEmailChange(id, 'lightstick-forever-2026', next)).toEqual({ status: 'ok' });
    await deliverDueEmails(send);
    expect(mailsTo(email).map((m) => m.subject)).toContain('Your Hallyu account is changing its email address');
    expect(await verifyCredentials(email, 'lightstick-forever-2026')).not.toBeNull(); // not yet
    const token = linkIn(mailsTo(next)[0].text, '/confirm-email');
    expect(await confirmEmailChange(token)).toEqual({ status: 'ok', email: next });
    expect(await verifyCredentials(next, 'lightstick-forever-2026')).not.toBeNull();
  });
});

describe('notification emails', () => {
  it('mail a reply to those who asked, with a working one-click unsubscribe; not if it was read in the app first', async () => {
    const article = await createArticle();
    const ava = await signUp('ava', true);
    const bo = await signUp('bo');
    await (await getDb()).update(users).set({ emailVerified: sql`now()` }).where(sql`${users.id} in (${ava.id}, ${bo.id})`);
    const mine = await createComment({ articleId: article.id, authorId: ava.id, parentId: null, body: 'First' });
    const theirs = await createComment({ articleId: article.id, authorId: bo.id, parentId: null, body: 'Second' });
    if (mine.status !== 'ok' || theirs.status !== 'ok') throw new Error('setup');
    await createComment({ articleId: article.id, authorId: bo.id, parentId: mine.id, body: 'A reply with ||a twist|| inside' });
    await createComment({ articleId: article.id, authorId: ava.id, parentId: theirs.id, body: 'Bo did not ask for emails' });
    await dueNow();
    await deliverDueEmails(send);
    const reply = mailsTo(ava.email).find((m) => m.subject.includes('replied to your comment'))!;
    expect(reply.text).toContain('[spoiler]');
    expect(reply.text).not.toContain('a twist');
    expect(mailsTo(bo.email).filter((m) => m.subject.includes('replied'))).toHaveLength(0);
    expect(reply.headers['list-unsubscribe-post']).toBe('List-Unsubscribe=One-Click');
    const unsubscribe = /<(.+)>/.exec(reply.headers['list-unsubscribe'])![1];
    expect(reply.text).toContain(unsubscribe);

    const url = new URL(unsubscribe);
    const { validUnsubscribe } = await import('@/lib/mail/unsubscribe');
    expect(validUnsubscribe(url.searchParams.get('h')!, 'replies', url.searchParams.get('s')!)).toBe(true);
    expect(validUnsubscribe(url.searchParams.get('h')!, 'mentions', url.searchParams.get('s')!)).toBe(false); // one topic per link

    // Read in the app before the email's wait is over: no email.
    await createComment({ articleId: article.id, authorId: bo.id, parentId: mine.id, body: 'Another reply' });
    await markNotificationsRead(ava.id, (await listNotifications(ava.id)).items[0].id);
    await dueNow();
    await deliverDueEmails(send);
    expect(mailsTo(ava.email).filter((m) => m.subject.includes('replied'))).toHaveLength(1);

    await saveEmailPreferences(ava.id, { ...(await getEmailPreferences(ava.id)), replies: false });
    await createComment({ articleId: article.id, authorId: bo.id, parentId: mine.id, body: 'A third reply' });
    await dueNow();
    await deliverDueEmails(send);
    expect(mailsTo(ava.email).filter((m) => m.subject.includes('replied'))).toHaveLength(1);
  });
});

describe('the daily digest', () => {
  it('lists unread notifications once a day to readers who asked, and nothing when there is nothing new', async () => {
    const article = await createArticle();
    const ava = await signUp('digest');
    const bo = await signUp('digest-bo');
    const db = await getDb();
    await db.update(users).set({ emailVerified: sql`now()` }).where(sql`${users.id} = ${ava.id}`);
    await saveEmailPreferences(ava.id, { replies: false, mentions: false, moderation: false, digest: true });
    const mine = await createComment({ articleId: article.id, authorId: ava.id, parentId: null, body: 'Digest me' });
    if (mine.status !== 'ok') throw new Error('setup');
    await createComment({ articleId: article.id, authorId: bo.id, parentId: mine.id, body: 'A reply for the ||digest||' });
    expect(await queueDueDigests()).toBeGreaterThanOrEqual(1);
    expect(await queueDueDigests()).toBe(0); // once a day
    await deliverDueEmails(send);
    const digests = mailsTo(ava.email).filter((m) => m.subject.startsWith('Your Hallyu day'));
    expect(digests).toHaveLength(1);
    expect(digests[0].text).toContain('replied to your comment');
    expect(digests[0].text).not.toContain('||digest||');
    expect(digests[0].headers['list-unsubscribe-post']).toBe('List-Unsubscribe=One-Click');
    // A day later, with nothing new since the digest: no email.
    await db.execute(sql`update notifications set created_at = now() - interval '26 hours' where user_id = ${ava.id}`);
    await db.execute(sql`update email_preferences set last_digest_at = now() - interval '25 hours' where user_id = ${ava.id}`);
    expect(await queueDueDigests()).toBe(0); // a day later, but nothing new since
  });
});
