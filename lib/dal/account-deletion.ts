import 'server-only';
import { randomBytes } from 'node:crypto';
import { and, eq, inArray, isNotNull, isNull, lte, or, sql } from 'drizzle-orm';
import { getDb, queryRows, type Tx } from '@/db/client';
import {
  accounts,
  articleReactions,
  authors,
  commentLikes,
  commentMentions,
  comments,
  emailOutbox,
  emailPreferences,
  emailTokens,
  notifications,
  sessions,
  userMutes,
  users,
} from '@/db/schema';
import { config } from '@/lib/config';
import { composeMail } from '@/lib/mail/compose';
import { kickMailer } from '@/lib/mail/mailer';
import { userReactorKey } from '@/lib/reactor';
import { adjustCommentCounts } from './comment-writes';
import { queueEmail } from './outbox';
import { announceSiteWideChange } from './page-changes';
import { endAllSessions } from './sessions';
import { normalizeEmail } from './users';

// "Delete my account": the request signs the owner out everywhere and waits a grace period
// (ACCOUNT_DELETION_GRACE_DAYS), during which signing in cancels it. Then the account is erased: its
// comments keep their place in their threads as "[deleted]" (no name, no text), its likes and reactions
// leave the counts exactly, and everything else about it goes. The row itself stays, emptied, so that
// replies to its comments still have a thread.

export type DeletionRequest = { status: 'ok'; eraseAt: Date } | { status: 'not_found' };

export async function requestAccountDeletion(userId: string): Promise<DeletionRequest> {
  const db = await getDb();
  const grace = config().accountDeletionGraceSeconds;
  const result = await db.transaction(async (tx): Promise<DeletionRequest> => {
    const [user] = await tx
      .update(users)
      .set({ deletionRequestedAt: sql`now()` })
      .where(and(eq(users.id, userId), isNull(users.erasedAt)))
      .returning({ email: users.email, name: users.name, at: users.deletionRequestedAt });
    if (!user) return { status: 'not_found' };
    await endAllSessions(userId, tx);
    const eraseAt = new Date(user.at!.getTime() + grace * 1000);
    const when = eraseAt.toISOString().replace('T', ' ').slice(0, 16);
    await queueEmail(tx, {
      to: user.email,
      userId,
      kind: 'account_deletion',
      ...composeMail({
        subject: 'Your Hallyu account will be deleted',
        greeting: `Hi ${user.name ?? 'there'},`,
        paragraphs: [`As you asked, your account will be erased on ${when} UTC. Changed your mind? Sign in before then and nothing is lost.`],
        action: { label: 'Sign in to keep my account', url: `${config().siteUrl}/signin` },
        footer: ['Erasing removes your name, email, likes and reactions; your comments stay in their threads as "[deleted]", without their text.'],
      }),
    });
    return { status: 'ok', eraseAt };
  });
  if (result.status === 'ok') kickMailer();
  return result;
}

/** Whether the account with this address is waiting to be erased (signing in will keep it). */
export async function isDeletionPending(email: string): Promise<boolean> {
  const db = await getDb();
  const [row] = await db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.email, normalizeEmail(email)), isNotNull(users.deletionRequestedAt), isNull(users.erasedAt)));
  return Boolean(row);
}

/** Signing in during the grace period keeps the account. True when a pending deletion was cancelled. */
export async function cancelAccountDeletion(userId: string): Promise<boolean> {
  const db = await getDb();
  const cancelled = await db
    .update(users)
    .set({ deletionRequestedAt: null })
    .where(and(eq(users.id, userId), isNotNull(users.deletionRequestedAt), isNull(users.erasedAt)))
    .returning({ id: users.id });
  return cancelled.length > 0;
}

/** Erases one account now (its grace period is over): see the module comment. */
export async function eraseAccount(userId: string): Promise<boolean> {
  const db = await getDb();
  const erased = await db.transaction(async (tx) => {
    const [user] = await tx.select({ id: users.id }).from(users).where(and(eq(users.id, userId), isNull(users.erasedAt))).for('update');
    if (!user) return false;
    await removeLikes(tx, userId);
    await removeReactions(tx, userId);
    await emptyComments(tx, userId);
    await tx.delete(commentMentions).where(eq(commentMentions.userId, userId));
    await tx.delete(notifications).where(or(eq(notifications.userId, userId), eq(notifications.actorId, userId)));
    await tx.delete(userMutes).where(or(eq(userMutes.userId, userId), eq(userMutes.mutedUserId, userId)));
    await tx.delete(sessions).where(eq(sessions.userId, userId));
    await tx.delete(accounts).where(eq(accounts.userId, userId));
    await tx.delete(emailTokens).where(eq(emailTokens.userId, userId));
    await tx.delete(emailPreferences).where(eq(emailPreferences.userId, userId));
    await tx.delete(emailOutbox).where(and(eq(emailOutbox.userId, userId), isNull(emailOutbox.sentAt)));
    await tx.update(authors).set({ userId: null }).where(eq(authors.userId, userId));
    await tx
      .update(users)
      .set({
        name: null,
        role: 'reader',
        email: `erased-${userId}@invalid`,
        emailVerified: null,
        image: null,
        passwordHash: null,
        handle: randomBytes(5).toString('hex'),
        nameChangedAt: null,
        deletionRequestedAt: null,
        erasedAt: sql`now()`,
      })
      .where(eq(users.id, userId));
    return true;
  });
  if (erased) await announceSiteWideChange(); // names and comments on many pages
  return erased;
}

async function removeLikes(tx: Tx, userId: string) {
  const liked = await tx.delete(commentLikes).where(eq(commentLikes.userId, userId)).returning({ commentId: commentLikes.commentId });
  if (liked.length === 0) return;
  await tx
    .update(comments)
    .set({ likeCount: sql`greatest(${comments.likeCount} - 1, 0)` })
    .where(inArray(comments.id, liked.map((l) => l.commentId)));
}

async function removeReactions(tx: Tx, userId: string) {
  const key = userReactorKey(userId);
  const rows = await tx.select({ articleId: articleReactions.articleId }).from(articleReactions).where(eq(articleReactions.reactorKey, key)).orderBy(articleReactions.articleId);
  // Through the one function that keeps the reaction counters (db/migrations/0004): the counts move exactly.
  for (const row of rows) await queryRows(tx, sql`select set_reaction(${row.articleId}, ${key}, null, null)`);
  await tx.delete(articleReactions).where(eq(articleReactions.reactorKey, key)); // on articles no longer published
}

/** The account's comments become "[deleted]" where they stand; published ones leave the counts. */
async function emptyComments(tx: Tx, userId: string) {
  const published = await tx
    .select({ id: comments.id, articleId: comments.articleId, parentId: comments.parentId })
    .from(comments)
    .where(and(eq(comments.authorId, userId), eq(comments.status, 'published')))
    .orderBy(sql`${comments.id} desc`)
    .for('update');
  await tx.update(comments).set({ body: '', status: 'deleted', statusReason: null, staffPickAt: null }).where(eq(comments.authorId, userId));
  for (const c of published) await adjustCommentCounts(tx, c.articleId, c.parentId, -1);
}

/** Erases every account whose grace period is over (run by every instance now and then; idempotent). */
export async function eraseDueAccounts(): Promise<number> {
  const db = await getDb();
  const due = await db
    .select({ id: users.id })
    .from(users)
    .where(and(isNull(users.erasedAt), lte(users.deletionRequestedAt, sql`now() - make_interval(secs => ${config().accountDeletionGraceSeconds})`)))
    .limit(50);
  let n = 0;
  for (const user of due) if (await eraseAccount(user.id)) n++;
  return n;
}
