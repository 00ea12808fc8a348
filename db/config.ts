// Which database this process uses, read from the environment in one place.
import path from 'node:path';

export type DbConfig =
  | { kind: 'postgres'; url: string; poolMax: number }
  | { kind: 'pglite'; dataDir: string | null }; // null: in memory (tests)

export function readDbConfig(env: NodeJS.ProcessEnv = process.env): DbConfig {
  if (env.DATABASE_URL) {
    return { kind: 'postgres', url: env.DATABASE_URL, poolMax: Number(env.DATABASE_POOL_MAX ?? 10) };
  }
  const dir = env.PGLITE_DATA_DIR ?? '.data/pglite';
  return { kind: 'pglite', dataDir: dir === 'memory://' ? null : path.resolve(/*turbopackIgnore: true*/ dir) };
}

export const MIGRATIONS_FOLDER = path.join(process.cwd(), 'db', 'migrations');
