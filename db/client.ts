// The one database handle of this process: PGlite in a data folder when DATABASE_URL is unset,
// PostgreSQL through node-postgres when it is set. Opened lazily (never at build time), migrated on open,
// cached on globalThis so dev reloads reuse it. Opening never seeds: start-up code (instrumentation-node.ts)
// and scripts decide that.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import type { SQL } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import { Client, Pool } from 'pg';
import { MIGRATIONS_FOLDER, readDbConfig, type DbConfig } from './config';
import { answerBackupRequests, forgetBackupClient } from './backup';
import { acquireFolderLock } from './lock';
import * as schema from './schema';

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

type Handle = { db: Db; kind: DbConfig['kind']; close: () => Promise<void> };

const globalForDb = globalThis as typeof globalThis & { __hallyuDb?: Promise<Handle>; __hallyuQueries?: { n: number }; __hallyuPool?: Pool };

// Every statement this process sends is counted, so tests and benchmarks can show that a page's number
// of queries does not grow with the length of its lists (no N+1).
const queries = (globalForDb.__hallyuQueries ??= { n: 0 });
const logger = { logQuery: () => void queries.n++ };

/** The PostgreSQL pool's connections (total, idle) and the queries waiting for one; null on PGlite. */
export function poolStats(): { total: number; idle: number; waiting: number } | null {
  const pool = globalForDb.__hallyuPool;
  return pool ? { total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount } : null;
}

/** Statements sent to the database by this process so far. */
export const queryCount = () => queries.n;

// Any number will do, as long as it is the same in every instance: it serialises migrations.
const MIGRATION_LOCK_ID = 72_616_001;

/**
 * The application_name of this process's PostgreSQL connections, so an operator reading
 * pg_stat_activity sees which instance holds what: "hallyu/<role>/<host>/<pid>" (roles: pool, listener,
 * migrate).
 */
export function connectionName(role: 'pool' | 'listener' | 'migrate'): string {
  return `hallyu/${role}/${os.hostname()}/${process.pid}`.slice(0, 63);
}

/**
 * Applies the migrations under a session-level advisory lock, so instances starting together take turns.
 * The lock needs a session of its own: through a transaction-mode pooler, on the direct URL.
 */
async function migratePostgres(url: string): Promise<void> {
  const client = new Client({ connectionString: url, application_name: connectionName('migrate'), connectionTimeoutMillis: 3_000 });
  // A connection cut while migrating (the server restarting) fails the awaited query below; without a
  // listener the same 'error' event would also crash the process.
  client.on('error', () => undefined);
  await client.connect();
  try {
    await client.query('select pg_advisory_lock($1)', [MIGRATION_LOCK_ID]);
    await migratePg(drizzlePg({ client, schema }), { migrationsFolder: MIGRATIONS_FOLDER });
  } finally {
    await client.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK_ID]).catch(() => undefined);
    await client.end();
  }
}

async function openPostgres({ url, directUrl, poolMax }: Extract<DbConfig, { kind: 'postgres' }>): Promise<Handle> {
  await migratePostgres(directUrl ?? url);
  const pool = new Pool({
    connectionString: url,
    application_name: connectionName('pool'),
    max: poolMax,
    connectionTimeoutMillis: 3_000,
    // The server gives up on a statement first and rolls it back, so a write that took too long is
    // known to have failed; the client's own, later timeout only catches a connection gone silent.
    // A transaction-mode pooler refuses this start-up parameter: behind one (DATABASE_DIRECT_URL set),
    // the role carries it instead (ALTER ROLE … SET statement_timeout, in the README).
    ...(directUrl ? {} : { statement_timeout: 10_000 }),
    query_timeout: 15_000,
  });
  globalForDb.__hallyuPool = pool;
  // An idle client losing its server emits 'error'; unhandled, that would crash the process.
  pool.on('error', (error) => console.error('[db] idle PostgreSQL client error:', error.message));
  const db = drizzlePg({ client: pool, schema, logger }) as unknown as Db;
  return { db, kind: 'postgres', close: () => pool.end() };
}

// PGlite's default shared_buffers is 128 MB of WebAssembly memory, resident from the start. Its reads go
// through Node's file system, so the operating system's page cache backs a smaller buffer pool anyway.
const PGLITE_CONF = ['shared_buffers = 32MB'];

/**
 * Creates a new data folder (initdb) in a short-lived child process. initdb runs in a WebAssembly
 * instance of its own whose memory (about 450 MB) the process that ran it keeps; the server then opens
 * the folder at about 200 MB instead of 750.
 */
async function createDataFolder(dataDir: string): Promise<void> {
  if (fs.existsSync(path.join(dataDir, 'PG_VERSION'))) return;
  const script = "import { PGlite } from '@electric-sql/pglite'; const db = await PGlite.create({ dataDir: process.env.PGLITE_INIT_DIR }); await db.close();";
  await new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, ['--input-type=module', '-e', script], { env: { ...process.env, PGLITE_INIT_DIR: dataDir }, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`Could not create the embedded database in ${dataDir}: ${stderr.trim() || `exit ${code}`}`))));
  });
}

async function openPglite(dataDir: string | null): Promise<Handle> {
  const release = dataDir ? acquireFolderLock(dataDir) : () => undefined;
  try {
    if (dataDir) await createDataFolder(dataDir);
    const client = await PGlite.create(dataDir ? { dataDir, postgresqlconf: PGLITE_CONF } : { postgresqlconf: PGLITE_CONF });
    const db = drizzlePglite({ client, schema, logger });
    await migratePglite(db, { migrationsFolder: MIGRATIONS_FOLDER });
    if (dataDir) answerBackupRequests(dataDir, client); // npm run db:backup, while this process holds the folder
    return {
      db: db as unknown as Db,
      kind: 'pglite',
      close: async () => {
        forgetBackupClient(client);
        await client.close();
        release();
      },
    };
  } catch (error) {
    release();
    throw error;
  }
}

async function open(): Promise<Handle> {
  const config = readDbConfig();
  return config.kind === 'postgres' ? openPostgres(config) : openPglite(config.dataDir);
}

function handle(): Promise<Handle> {
  if (!globalForDb.__hallyuDb) {
    globalForDb.__hallyuDb = open().catch((error: unknown) => {
      // Let the next call try again (e.g. PostgreSQL comes back), except for a held lock, which
      // is retried too: the holder may have stopped meanwhile.
      globalForDb.__hallyuDb = undefined;
      throw error;
    });
  }
  return globalForDb.__hallyuDb;
}

/** Runs raw SQL and returns its rows; both drivers answer with { rows }. */
export async function queryRows<T>(db: Db | Tx, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}

export async function getDb(): Promise<Db> {
  return (await handle()).db;
}

export async function getDbKind(): Promise<DbConfig['kind']> {
  return (await handle()).kind;
}

/** Closes the handle (scripts and tests); the next getDb() opens a new one. */
export async function closeDb(): Promise<void> {
  const current = globalForDb.__hallyuDb;
  globalForDb.__hallyuDb = undefined;
  if (current) await (await current.catch(() => null))?.close();
}
