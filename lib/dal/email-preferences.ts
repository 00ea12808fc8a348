import 'server-only';
import { eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import type { EmailTopic } from '@/db/enums';
import { emailPreferences, users } from '@/db/schema';

// Which emails a reader wants. No row means none (accounts from before email, or from GitHub or Google).

export type EmailPreferences = Record<EmailTopic, boolean>;
const NONE: EmailPreferences = { replies: false, mentions: false, moderation: false, digest: false };

export async function getEmailPreferences(userId: string): Promise<EmailPreferences> {
  const db = await getDb();
  const [row] = await db.select().from(emailPreferences).where(eq(emailPreferences.userId, userId));
  return row ? { replies: row.replies, mentions: row.mentions, moderation: row.moderation, digest: row.digest } : NONE;
}

export async function saveEmailPreferences(userId: string, next: EmailPreferences): Promise<void> {
  const db = await getDb();
  await db.insert(emailPreferences).values({ userId, ...next }).onConflictDoUpdate({ target: emailPreferences.userId, set: next });
}

/** Turns one topic off (or on again: the unsubscribe page's undo) for the reader with this handle. */
export async function setEmailTopic(handle: string, topic: EmailTopic, on: boolean): Promise<boolean> {
  const db = await getDb();
  const [user] = await db.select({ id: users.id }).from(users).where(eq(users.handle, handle));
  if (!user) return false;
  await db
    .insert(emailPreferences)
    .values({ userId: user.id, [topic]: on })
    .onConflictDoUpdate({ target: emailPreferences.userId, set: { [topic]: on } });
  return true;
}
