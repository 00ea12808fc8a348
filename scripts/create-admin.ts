// Creates the first admin (or makes an existing account an admin) on a fresh install:
//   npm run admin:create -- --email you@example.com --name "Your Name"     (asks for the password)
// Runs against PostgreSQL with DATABASE_URL, or the embedded database with the server stopped.
// The password may also come from ADMIN_PASSWORD, for scripted installs.
import { createInterface } from 'node:readline/promises';
import { closeDb } from '../db/client';
import { normalizeEmail, upsertAdmin } from '../lib/dal/users';
import { passwordProblem } from '../lib/password-rules';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
}

async function askPassword(): Promise<string> {
  if (process.env.ADMIN_PASSWORD) return process.env.ADMIN_PASSWORD;
  if (!process.stdin.isTTY) throw new Error('No password: set ADMIN_PASSWORD or run this in a terminal.');
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  const password = await rl.question('Password for the admin account: ');
  rl.close();
  return password;
}

async function main() {
  const email = arg('email');
  if (!email || !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email)) throw new Error('Usage: npm run admin:create -- --email you@example.com [--name "Your Name"]');
  const password = await askPassword();
  const problem = passwordProblem(password, email);
  if (problem) throw new Error(`Password refused: ${problem}`);
  const result = await upsertAdmin(email, password, arg('name') ?? normalizeEmail(email).split('@')[0]);
  console.log(result === 'created' ? `Created admin ${normalizeEmail(email)}.` : `${normalizeEmail(email)} is now an admin (password reset).`);
  await closeDb();
}

main().catch(async (error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  await closeDb();
  process.exit(1);
});
