// Item 10: argon2id reads the whole password (bcrypt stopped at 72 bytes), old hashes are upgraded at
// sign-in, and the common-password list is a real one.
import bcrypt from 'bcryptjs';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { users } from '@/db/schema';
import { verifyCredentials } from '@/lib/dal/users';
import { passwordProblem } from '@/lib/password-rules';
import { hashPassword, needsRehash, verifyPassword } from '@/lib/passwords';
import { createUser } from '../../support/fixtures';

describe('password hashing', () => {
  it('tells apart passwords that differ only after byte 72', async () => {
    const long = `${'k'.repeat(72)}-first`;
    const hash = await hashPassword(long);
    expect(hash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(long, hash)).toBe(true);
    expect(await verifyPassword(`${'k'.repeat(72)}-other`, hash)).toBe(false);
    expect(await verifyPassword(long, null)).toBe(false);
    expect(await verifyPassword(long, 'not a hash')).toBe(false);
  });

  it('replaces a bcrypt hash with argon2id at the next successful sign-in', async () => {
    const user = await createUser('reader', { passwordHash: await bcrypt.hash('lantern-season-2026', 10) });
    expect(await verifyCredentials(user.email, 'wrong-password-here')).toBeNull();
    expect(await verifyCredentials(user.email, 'lantern-season-2026')).toMatchObject({ id: user.id });
    const db = await getDb();
    const [row] = await db.select({ hash: users.passwordHash }).from(users).where(eq(users.id, user.id));
    expect(row.hash).toMatch(/^\$argon2id\$/);
    expect(needsRehash(row.hash!)).toBe(false);
    expect(await verifyCredentials(user.email, 'lantern-season-2026')).toMatchObject({ id: user.id });
  });

  it('refuses passwords from the 10,000 most common, also dressed up', () => {
    for (const common of ['baseball1234', 'Superman2024!', 'michael1990!', 'Saranghae123', 'password123']) {
      expect(passwordProblem(common, 'a@b.co'), common).toMatch(/too common/);
    }
    for (const fine of ['moonlit-pharmacy-2026', 'ferry at dawn, 7 stops', 'lightstick-xyz-Aa']) expect(passwordProblem(fine, 'a@b.co'), fine).toBeNull();
  });
});
