// Backups of the embedded database: a consistent copy of its folder, taken by the process that holds it
// (PGlite's own dump, taken while no statement runs), as a .tar.gz that `npm run db:restore` turns back into
// a folder. A server that holds the folder takes a backup when `npm run db:backup` asks it: the script
// writes what it wants to a request file beside the folder and sends the server SIGUSR2.
import fs from 'node:fs';
import path from 'node:path';
import type { PGlite } from '@electric-sql/pglite';

export const backupRequestPath = (dataDir: string) => `${path.resolve(dataDir)}.backup-request`;

/** Writes a consistent copy of the open database to `file` (via a temporary name, so a half-written file never looks finished). */
export async function writeBackup(client: PGlite, file: string): Promise<void> {
  await client.query('checkpoint'); // the data files catch up with the log: the copy replays little
  const dump = await client.dumpDataDir('gzip'); // PGlite runs no statement while it copies
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const partial = `${file}.partial`;
  fs.writeFileSync(partial, Buffer.from(await dump.arrayBuffer()));
  fs.renameSync(partial, file);
}

/** In the process holding `dataDir`: answer backup requests (SIGUSR2) for as long as it runs. */
export function answerBackupRequests(dataDir: string, client: PGlite): void {
  process.on('SIGUSR2', () => {
    const requestFile = backupRequestPath(dataDir);
    let target = '';
    try {
      target = (JSON.parse(fs.readFileSync(requestFile, 'utf8')) as { file: string }).file;
      fs.rmSync(requestFile, { force: true });
    } catch {
      return; // not a request of ours
    }
    writeBackup(client, target).catch((error: unknown) => fs.writeFileSync(`${target}.error`, error instanceof Error ? error.message : String(error)));
  });
}
