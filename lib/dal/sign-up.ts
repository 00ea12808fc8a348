import 'server-only';
import { getDb } from '@/db/client';
import { emailPreferences, users } from '@/db/schema';
import { kickMailer } from '@/lib/mail/mailer';
import { hashPassword } from '@/lib/passwords';
import { queueVerification } from './account-email';
import { normalizeEmail } from './users';

// Signing up with a password (Auth.js creates the accounts of those who sign in with GitHub or Google).

export type CreateUserResult = { ok: true; id: string } | { ok: false; reason: 'email_taken' };

/**
 * Creates a reader with a password, their email choices (reply emails only if they asked at sign-up)
 * and the mail that confirms their address, in one transaction. The unique index on email decides races,
 * not a prior lookup.
 */
export async function createPasswordUser(input: { name: string; email: string; password: string; replyEmails?: boolean }): Promise<CreateUserResult> {
  const db = await getDb();
  const passwordHash = await hashPassword(input.password);
  const created = await db.transaction(async (tx) => {
    const [row] = await tx
      .insert(users)
      .values({ name: input.name, email: normalizeEmail(input.email), passwordHash })
      .onConflictDoNothing({ target: users.email })
      .returning({ id: users.id, name: users.name, email: users.email });
    if (!row) return null;
    await tx.insert(emailPreferences).values({ userId: row.id, replies: input.replyEmails ?? false });
    await queueVerification(tx, row);
    return row;
  });
  if (!created) return { ok: false, reason: 'email_taken' };
  kickMailer();
  return { ok: true, id: created.id };
}

