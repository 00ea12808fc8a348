import 'server-only';
import { and, eq, ne, sql } from 'drizzle-orm';
import { getDb, type Tx } from '@/db/client';
import { users } from '@/db/schema';
import { config } from '@/lib/config';
import { kickMailer } from '@/lib/mail/mailer';
import { confirmNewEmailMail, emailChangeNoticeMail, passwordChangedMail, resetPasswordMail, verifyEmailMail } from '@/lib/mail/templates';
import { hashPassword, verifyPassword } from '@/lib/passwords';
import { checkEmailToken, createEmailToken, markEmailTokenUsed, type TokenCheck } from './email-tokens';
import { queueEmail } from './outbox';
import { endAllSessions } from './sessions';
import { normalizeEmail } from './users';

// The account's email: confirming the address, resetting a forgotten password, changing the password or
// the address. Each mail is queued in the transaction of the change it belongs to (lib/dal/outbox.ts),
// and each link works once, for a while (lib/dal/email-tokens.ts).

export const RESET_MINUTES = 30;
const VERIFY_MINUTES = 24 * 60;

const link = (path: string, token: string) => `${config().siteUrl}${path}?token=${encodeURIComponent(token)}`;
const nameOf = (row: { name: string | null; email: string }) => row.name ?? row.email.split('@')[0];

/** Queues the "confirm your address" mail for an account (at sign-up, or asked again from the profile). */
export async function queueVerification(tx: Tx, user: { id: string; name: string | null; email: string }): Promise<void> {
  const token = await createEmailToken(tx, { userId: user.id, purpose: 'verify_email', email: user.email, minutes: VERIFY_MINUTES });
  await queueEmail(tx, { to: user.email, userId: user.id, kind: 'verify_email', ...verifyEmailMail({ name: nameOf(user), link: link('/verify-email', token) }) });
}

/** The account's address and whether it is confirmed (the profile shows both). */
export async function getEmailStatus(userId: string): Promise<{ email: string; verified: boolean; hasPassword: boolean } | null> {
  const db = await getDb();
  const [row] = await db.select({ email: users.email, verified: users.emailVerified, hash: users.passwordHash }).from(users).where(eq(users.id, userId));
  return row ? { email: row.email, verified: row.verified !== null, hasPassword: row.hash !== null } : null;
}

export type SendVerificationResult = 'sent' | 'already_verified' | 'not_found';

export async function sendVerification(userId: string): Promise<SendVerificationResult> {
  const db = await getDb();
  const result = await db.transaction(async (tx): Promise<SendVerificationResult> => {
    const [user] = await tx.select({ id: users.id, name: users.name, email: users.email, verified: users.emailVerified }).from(users).where(eq(users.id, userId));
    if (!user) return 'not_found';
    if (user.verified) return 'already_verified';
    await queueVerification(tx, user);
    return 'sent';
  });
  if (result === 'sent') kickMailer();
  return result;
}

export type LinkResult = { status: 'ok'; email: string } | { status: Exclude<TokenCheck['status'], 'valid'> | 'email_taken' };

/** Follows a "confirm your address" link: marks the address verified. */
export async function verifyEmail(token: string): Promise<LinkResult> {
  const db = await getDb();
  return db.transaction(async (tx): Promise<LinkResult> => {
    const check = await checkEmailToken(tx, token, 'verify_email', true);
    if (check.status !== 'valid') return check;
    await markEmailTokenUsed(tx, check.id);
    // Only while the account still uses the address the link was sent to.
    await tx
      .update(users)
      .set({ emailVerified: sql`coalesce(${users.emailVerified}, now())` })
      .where(and(eq(users.id, check.userId), eq(users.email, check.email)));
    return { status: 'ok', email: check.email };
  });
}

/**
 * "Forgot password": a reset link to the address if an account uses it. The caller answers the same
 * either way, so the form does not tell who has an account.
 */
export async function requestPasswordReset(email: string): Promise<void> {
  const db = await getDb();
  const queued = await db.transaction(async (tx) => {
    const [user] = await tx.select({ id: users.id, name: users.name, email: users.email }).from(users).where(eq(users.email, normalizeEmail(email)));
    if (!user) return false;
    const token = await createEmailToken(tx, { userId: user.id, purpose: 'reset_password', email: user.email, minutes: RESET_MINUTES });
    await queueEmail(tx, { to: user.email, userId: user.id, kind: 'reset_password', ...resetPasswordMail({ name: nameOf(user), link: link('/reset-password', token) }) });
    return true;
  });
  if (queued) kickMailer();
}

/** Whether a reset link still works (the page shows the form, or says why not). */
export async function checkResetLink(token: string): Promise<TokenCheck['status']> {
  const db = await getDb();
  return (await db.transaction((tx) => checkEmailToken(tx, token, 'reset_password'))).status;
}

/**
 * Follows a reset link: the new password replaces the old one, the link is spent, every session of the
 * account ends, and the address counts as verified (the mail reached its owner).
 */
export async function resetPassword(token: string, password: string): Promise<LinkResult> {
  const passwordHash = await hashPassword(password);
  const db = await getDb();
  return db.transaction(async (tx): Promise<LinkResult> => {
    const check = await checkEmailToken(tx, token, 'reset_password', true);
    if (check.status !== 'valid') return check;
    await markEmailTokenUsed(tx, check.id);
    await tx
      .update(users)
      .set({ passwordHash, emailVerified: sql`coalesce(${users.emailVerified}, now())` })
      .where(eq(users.id, check.userId));
    await endAllSessions(check.userId, tx);
    return { status: 'ok', email: check.email };
  });
}

export type ChangeResult = { status: 'ok' } | { status: 'wrong_password' } | { status: 'email_taken' } | { status: 'not_found' };

/** Changes the password after checking the current one; tells the account's address. Other sessions end. */
export async function changePassword(userId: string, currentPassword: string, nextPassword: string, keepSessionId: string | null): Promise<ChangeResult> {
  const db = await getDb();
  const [user] = await db.select({ id: users.id, name: users.name, email: users.email, passwordHash: users.passwordHash }).from(users).where(eq(users.id, userId));
  if (!user) return { status: 'not_found' };
  if (!(await verifyPassword(currentPassword, user.passwordHash))) return { status: 'wrong_password' };
  const passwordHash = await hashPassword(nextPassword);
  await db.transaction(async (tx) => {
    await tx.update(users).set({ passwordHash }).where(eq(users.id, userId));
    await endAllSessions(userId, tx, keepSessionId);
    await queueEmail(tx, { to: user.email, userId, kind: 'password_changed', ...passwordChangedMail({ name: nameOf(user), siteUrl: config().siteUrl }) });
  });
  kickMailer();
  return { status: 'ok' };
}

/**
 * Asks to move the account to a new address: a link goes to the new one (the change happens when it is
 * followed) and a notice to the old one. Needs the current password.
 */
export async function requestEmailChange(userId: string, currentPassword: string, newEmail: string): Promise<ChangeResult> {
  const email = normalizeEmail(newEmail);
  const db = await getDb();
  const [user] = await db.select({ id: users.id, name: users.name, email: users.email, passwordHash: users.passwordHash }).from(users).where(eq(users.id, userId));
  if (!user) return { status: 'not_found' };
  if (!(await verifyPassword(currentPassword, user.passwordHash))) return { status: 'wrong_password' };
  const [taken] = await db.select({ id: users.id }).from(users).where(and(eq(users.email, email), ne(users.id, userId)));
  if (taken) return { status: 'email_taken' };
  await db.transaction(async (tx) => {
    const token = await createEmailToken(tx, { userId, purpose: 'change_email', email, minutes: VERIFY_MINUTES });
    await queueEmail(tx, { to: email, userId, kind: 'change_email', ...confirmNewEmailMail({ name: nameOf(user), link: link('/confirm-email', token) }) });
    await queueEmail(tx, { to: user.email, userId, kind: 'email_change_notice', ...emailChangeNoticeMail({ name: nameOf(user), newEmail: email, siteUrl: config().siteUrl }) });
  });
  kickMailer();
  return { status: 'ok' };
}

/** Follows the link sent to a new address: the account uses it from now on, verified. */
export async function confirmEmailChange(token: string): Promise<LinkResult> {
  const db = await getDb();
  return db.transaction(async (tx): Promise<LinkResult> => {
    const check = await checkEmailToken(tx, token, 'change_email', true);
    if (check.status !== 'valid') return check;
    const [taken] = await tx.select({ id: users.id }).from(users).where(and(eq(users.email, check.email), ne(users.id, check.userId)));
    if (taken) return { status: 'email_taken' }; // someone took the address since the link was sent
    await tx.update(users).set({ email: check.email, emailVerified: sql`now()` }).where(eq(users.id, check.userId));
    await markEmailTokenUsed(tx, check.id);
    return { status: 'ok', email: check.email };
  });
}
