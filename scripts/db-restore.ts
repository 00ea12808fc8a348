// npm run db:restore -- FILE: turns a backup from `npm run db:backup` back into the embedded database
// folder (PGLITE_DATA_DIR). The server must be stopped; the folder it replaces is kept beside it.
import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { readDbConfig } from '../db/config';
import { acquireFolderLock, DatabaseLockedError } from '../db/lock';

async function main() {
  const file = process.argv[2];
  if (!file || !fs.existsSync(file)) throw new Error('Usage: npm run db:restore -- backups/hallyu-….tar.gz (a file written by npm run db:backup)');
  const config = readDbConfig();
  if (config.kind === 'postgres') throw new Error('DATABASE_URL is set: restore PostgreSQL with pg_restore (README, "Backups").');
  if (!config.dataDir) throw new Error('PGLITE_DATA_DIR=memory:// cannot be restored into.');
  let release: () => void;
  try {
    release = acquireFolderLock(config.dataDir);
  } catch (error) {
    if (error instanceof DatabaseLockedError) throw new Error(`Stop the server first (process ${error.holder.pid} holds ${config.dataDir}): a restore replaces the folder it uses.`);
    throw error;
  }
  let kept: string | null = null;
  try {
    if (fs.existsSync(config.dataDir)) {
      kept = `${config.dataDir}.before-restore-${new Date().toISOString().replace(/[:.]/g, '-')}`;
      fs.renameSync(config.dataDir, kept);
    }
    const client = await PGlite.create({ dataDir: config.dataDir, loadDataDir: new Blob([fs.readFileSync(file)]) });
    const [{ articles, users, comments }] = (await client.query<{ articles: number; users: number; comments: number }>(
      'select (select count(*) from articles)::int as articles, (select count(*) from users)::int as users, (select count(*) from comments)::int as comments',
    )).rows;
    await client.close();
    console.log(`Restored ${path.resolve(config.dataDir)} from ${file}: ${articles} articles, ${users} accounts, ${comments} comments.`);
    if (kept) console.log(`The folder it replaced is kept at ${kept} (delete it once you are sure).`);
  } catch (error) {
    // Put the previous folder back: a failed restore changes nothing.
    if (kept) {
      fs.rmSync(config.dataDir, { recursive: true, force: true });
      fs.renameSync(kept, config.dataDir);
    }
    throw error;
  } finally {
    release();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
