// npm run db:backup [-- --out FILE]: a consistent copy of the embedded database, also while the server
// runs (the server holding the folder writes it when asked). Default file: backups/ beside the data
// folder, named by date. On PostgreSQL, use pg_dump (README, "Backups").
import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { backupRequestPath, writeBackup } from '../db/backup';
import { readDbConfig } from '../db/config';
import { acquireFolderLock, DatabaseLockedError } from '../db/lock';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
}

async function waitFor(file: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!fs.existsSync(file)) {
    if (fs.existsSync(`${file}.error`)) throw new Error(`The server could not write the backup: ${fs.readFileSync(`${file}.error`, 'utf8')}`);
    if (Date.now() > deadline) throw new Error(`No backup after ${timeoutMs / 1000} s: is the server holding the folder still running?`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function main() {
  const config = readDbConfig();
  if (config.kind === 'postgres') throw new Error('DATABASE_URL is set: back PostgreSQL up with pg_dump or your provider’s snapshots (README, "Backups").');
  if (!config.dataDir) throw new Error('PGLITE_DATA_DIR=memory:// keeps nothing to back up.');
  if (!fs.existsSync(path.join(config.dataDir, 'PG_VERSION'))) throw new Error(`No embedded database at ${config.dataDir}.`);
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const file = path.resolve(arg('out') ?? path.join(path.dirname(config.dataDir), 'backups', `hallyu-${stamp}.tar.gz`));
  if (fs.existsSync(file)) throw new Error(`${file} exists already; choose another --out.`);
  let release: (() => void) | null = null;
  try {
    release = acquireFolderLock(config.dataDir);
  } catch (error) {
    if (!(error instanceof DatabaseLockedError)) throw error;
    // The server holds the folder: it writes the copy itself.
    fs.writeFileSync(backupRequestPath(config.dataDir), JSON.stringify({ file }));
    process.kill(error.holder.pid, 'SIGUSR2');
    console.log(`Asked the running server (process ${error.holder.pid}) for a backup…`);
    await waitFor(file, 120_000);
  }
  if (release) {
    const client = await PGlite.create({ dataDir: config.dataDir });
    try {
      await writeBackup(client, file);
    } finally {
      await client.close();
      release();
    }
  }
  console.log(`Backup written: ${file} (${(fs.statSync(file).size / 1024 / 1024).toFixed(1)} MB). Restore with: npm run db:restore -- ${file}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
