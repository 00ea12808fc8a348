import 'server-only';
import { createHash, randomBytes } from 'node:crypto';
import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import type { EmailTokenPurpose } from '@/db/enums';
import { emailTokens } from '@/db/schema';

// Single-use links sent by email. The link carries a random token; the table keeps only its SHA-256, so
// a copy of the database holds no working link. A new link of one purpose retires the older ones.

const hashOf = (token: string) => createHash('sha256').update(token).digest('hex');

/** A new link's token (32 random bytes, URL-safe). */
export async function createEmailToken(tx: Tx, input: { userId: string; purpose: EmailTokenPurpose; email: string; minutes: number }): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  await tx
    .update(emailTokens)
    .set({ usedAt: sql`now()` })
    .where(and(eq(emailTokens.userId, input.userId), eq(emailTokens.purpose, input.purpose), isNull(emailTokens.usedAt)));
  await tx.insert(emailTokens).values({
    userId: input.userId,
    purpose: input.purpose,
    tokenHash: hashOf(token),
    email: input.email,
    expiresAt: sql`now() + make_interval(mins => ${input.minutes})`,
  });
  return token;
}

export type TokenCheck = { status: 'valid'; id: number; userId: string; email: string } | { status: 'invalid' | 'expired' | 'used' };

const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

/** What a link's token is worth, without using it; `lock` locks it for the transaction that will use it. */
export async function checkEmailToken(tx: Tx, token: string, purpose: EmailTokenPurpose, lock = false): Promise<TokenCheck> {
  if (!TOKEN_SHAPE.test(token)) return { status: 'invalid' };
  const query = tx
    .select({ id: emailTokens.id, userId: emailTokens.userId, email: emailTokens.email, usedAt: emailTokens.usedAt, expired: sql<boolean>`${emailTokens.expiresAt} <= now()` })
    .from(emailTokens)
    .where(and(eq(emailTokens.tokenHash, hashOf(token)), eq(emailTokens.purpose, purpose)));
  const [row] = lock ? await query.for('update') : await query;
  if (!row) return { status: 'invalid' };
  if (row.usedAt) return { status: 'used' };
  if (row.expired) return { status: 'expired' };
  return { status: 'valid', id: row.id, userId: row.userId, email: row.email };
}

export async function markEmailTokenUsed(tx: Tx, id: number): Promise<void> {
  await tx.update(emailTokens).set({ usedAt: sql`now()` }).where(eq(emailTokens.id, id));
}
