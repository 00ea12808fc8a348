// The database's settings: their schema is part of the one settings schema (lib/config.ts extends it),
// and the database layer reads them through it, since db/ imports nothing from lib/.
import path from 'node:path';
import { z } from 'zod';

const wholeNumber = (min: number, max: number) => z.coerce.number().int().min(min).max(max);

export const dbEnvSchema = z.object({
  DATABASE_URL: z
    .string()
    .optional()
    .transform((v) => v || undefined)
    .pipe(z.string().regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// connection string').optional()),
  DATABASE_POOL_MAX: wholeNumber(1, 1000).default(10),
  PGLITE_DATA_DIR: z.string().min(1).default('.data/pglite'),
});

export type DbConfig =
  | { kind: 'postgres'; url: string; poolMax: number }
  | { kind: 'pglite'; dataDir: string | null }; // null: in memory (tests)

export function readDbConfig(env: NodeJS.ProcessEnv = process.env): DbConfig {
  const parsed = dbEnvSchema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`Invalid setting ${String(issue.path[0])}: ${issue.message}.`);
  }
  const { DATABASE_URL, DATABASE_POOL_MAX, PGLITE_DATA_DIR } = parsed.data;
  if (DATABASE_URL) return { kind: 'postgres', url: DATABASE_URL, poolMax: DATABASE_POOL_MAX };
  const dataDir = PGLITE_DATA_DIR === 'memory://' ? null : path.resolve(/*turbopackIgnore: true*/ PGLITE_DATA_DIR);
  return { kind: 'pglite', dataDir };
}

export const MIGRATIONS_FOLDER = path.join(process.cwd(), 'db', 'migrations');
