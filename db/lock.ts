// An exclusive lock on an embedded database folder. PGlite is single-user Postgres and takes no lock of
// its own: two processes on one folder corrupt it. The lock file names its holder so the second process
// can say who has the folder, and a lock left behind by a killed process is recognised and cleared.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

type Holder = { pid: number; hostname: string; processStart: string | null; startedAt: string; command: string };

export class DatabaseLockedError extends Error {
  constructor(
    readonly lockPath: string,
    readonly holder: Holder,
  ) {
    super(
      `The embedded database folder is in use by process ${holder.pid} on ${holder.hostname} ` +
        `(started ${holder.startedAt}: ${holder.command}).\n` +
        `Only one process may open it. Stop that process first, or give this one its own folder with ` +
        `PGLITE_DATA_DIR=..., or use PostgreSQL with DATABASE_URL=...\n` +
        `Lock file: ${lockPath} (if you are sure no such process runs, delete it).`,
    );
    this.name = 'DatabaseLockedError';
  }
}

// The kernel's start time of a process, so a recycled pid is not mistaken for the lock's holder.
function processStartTime(pid: number): string | null {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces) start after the last ')'.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? null;
  } catch {
    return null;
  }
}

function isAlive(holder: Holder): boolean {
  if (holder.hostname !== os.hostname()) return true; // cannot check another machine: assume it is alive
  if (holder.pid === process.pid) return false; // we do not hold it (we would know), so it is a leftover
  try {
    process.kill(holder.pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
  const start = processStartTime(holder.pid);
  return !(holder.processStart && start && start !== holder.processStart);
}

function readHolder(lockPath: string): Holder | null {
  try {
    return JSON.parse(fs.readFileSync(lockPath, 'utf8')) as Holder;
  } catch {
    return null; // unreadable or half-written: the writer died mid-write
  }
}

export function lockPathFor(dataDir: string): string {
  return `${path.resolve(dataDir)}.lock`;
}

/** Takes the folder's lock or throws DatabaseLockedError. Returns a function that releases it. */
export function acquireFolderLock(dataDir: string): () => void {
  const lockPath = lockPathFor(dataDir);
  fs.mkdirSync(path.dirname(lockPath), { recursive: true });
  const me: Holder = {
    pid: process.pid,
    hostname: os.hostname(),
    processStart: processStartTime(process.pid),
    startedAt: new Date().toISOString(),
    command: process.argv.slice(1).join(' ').slice(0, 200),
  };
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = fs.openSync(lockPath, 'wx', 0o600);
      fs.writeSync(fd, JSON.stringify(me));
      fs.closeSync(fd);
      const release = () => {
        if (readHolder(lockPath)?.pid === process.pid) fs.rmSync(lockPath, { force: true });
      };
      process.once('exit', release);
      return release;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = readHolder(lockPath);
      if (holder && isAlive(holder)) throw new DatabaseLockedError(lockPath, holder);
      console.warn(`[db] clearing a stale lock on ${dataDir} left by process ${holder?.pid ?? 'unknown'}`);
      fs.rmSync(lockPath, { force: true });
    }
  }
  throw new Error(`Could not take the lock ${lockPath}: another process keeps taking it.`);
}
