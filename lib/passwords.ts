import 'server-only';
import { hash as argon2Hash, verify as argon2Verify } from '@node-rs/argon2';
import bcrypt from 'bcryptjs';

// Passwords are hashed with argon2id (OWASP's parameters: 19 MiB, 2 passes, 1 lane), which reads the
// whole password; bcrypt, used before, ignored everything after 72 bytes. A bcrypt hash still verifies
// and is replaced by an argon2id one at the next successful sign-in (needsRehash).
const ARGON2 = { algorithm: 2 /* Algorithm.Argon2id */, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return argon2Hash(password, ARGON2);
}

// A hash to compare against when no account matches, so a wrong email costs as long as a wrong password.
let dummyHash: Promise<string> | undefined;

export async function verifyPassword(password: string, hash: string | null): Promise<boolean> {
  if (hash?.startsWith('$2')) return bcrypt.compare(password, hash);
  dummyHash ??= hashPassword('no account has this password');
  try {
    const ok = await argon2Verify(hash ?? (await dummyHash), password);
    return ok && hash !== null;
  } catch {
    return false; // a hash this code cannot read never matches
  }
}

/** Whether a stored hash should be replaced by a fresh one (it is not argon2id with today's parameters). */
export function needsRehash(hash: string): boolean {
  return !hash.startsWith(`$argon2id$v=19$m=${ARGON2.memoryCost},t=${ARGON2.timeCost},p=${ARGON2.parallelism}$`);
}
