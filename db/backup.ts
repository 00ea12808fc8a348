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

let holding: { dataDir: string; client: PGlite } | null = null;
let listening = false;

/**
 * In the process holding `dataDir`: answer backup requests (SIGUSR2) with this client until it closes
 * (forgetBackupClient). One signal handler per process, whatever the number of opens.
 */
export function answerBackupRequests(dataDir: string, client: PGlite): void {
  holding = { dataDir, client };
  if (listening) return;
  listening = true;
  process.on('SIGUSR2', () => {
    if (!holding) return;
    const requestFile = backupRequestPath(holding.dataDir);
    let target = '';
    try {
      target = (JSON.parse(fs.readFileSync(requestFile, 'utf8')) as { file: string }).file;
      fs.rmSync(requestFile, { force: true });
    } catch {
      return; // not a request of ours
    }
    writeBackup(holding.client, target).catch((error: unknown) => fs.writeFileSync(`${target}.error`, error instanceof Error ? error.message : String(error)));
  });
}

/** The client is closing: requests are no longer answered with it. */
export function forgetBackupClient(client: PGlite): void {
  if (holding?.client === client) holding = null;
}
