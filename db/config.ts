// The database's settings: their schema is part of the one settings schema (lib/config.ts extends it),
// and the database layer reads them through it, since db/ imports nothing from lib/.
import path from 'node:path';
import { z } from 'zod';

/** A whole number from min to max, as an environment variable (text). */
export const wholeNumber = (min: number, max: number) =>
  z.coerce
    .number({ error: `must be a whole number from ${min} to ${max}` })
    .int(`must be a whole number from ${min} to ${max}`)
    .min(min, `must be at least ${min}`)
    .max(max, `must be at most ${max}`);

export const dbEnvSchema = z.object({
  DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// connection string').optional(),
  // Set when DATABASE_URL goes through a transaction-mode pooler (PgBouncer): the connections that need a
  // session of their own (LISTEN, the migration lock) use this one, straight to PostgreSQL.
  DATABASE_DIRECT_URL: z.string().regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// connection string').optional(),
  DATABASE_POOL_MAX: wholeNumber(1, 1000).default(10),
  PGLITE_DATA_DIR: z.string().min(1).default('.data/pglite'),
});

/** The environment with empty variables left out: `NAME=` means unset, as in most tools. */
export function setVariables(env: NodeJS.ProcessEnv): Record<string, string> {
  return Object.fromEntries(Object.entries(env).filter((entry): entry is [string, string] => Boolean(entry[1])));
}

export type DbConfig =
  | { kind: 'postgres'; url: string; directUrl: string | null; poolMax: number }
  | { kind: 'pglite'; dataDir: string | null }; // null: in memory (tests)

export function readDbConfig(env: NodeJS.ProcessEnv = process.env): DbConfig {
  const parsed = dbEnvSchema.safeParse(setVariables(env));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`Invalid setting ${String(issue.path[0])}: ${issue.message}.`);
  }
  const { DATABASE_URL, DATABASE_DIRECT_URL, DATABASE_POOL_MAX, PGLITE_DATA_DIR } = parsed.data;
  if (DATABASE_URL) return { kind: 'postgres', url: DATABASE_URL, directUrl: DATABASE_DIRECT_URL ?? null, poolMax: DATABASE_POOL_MAX };
  const dataDir = PGLITE_DATA_DIR === 'memory://' ? null : path.resolve(/*turbopackIgnore: true*/ PGLITE_DATA_DIR);
  return { kind: 'pglite', dataDir };
}

export const MIGRATIONS_FOLDER = path.join(process.cwd(), 'db', 'migrations');
