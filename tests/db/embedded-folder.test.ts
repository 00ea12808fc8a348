// The embedded database's promises, checked with real processes: one process per folder, a clear
// refusal for the second, and nothing committed lost when the holder is killed with SIGKILL.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { PGlite } from '@electric-sql/pglite';
import { acquireFolderLock, DatabaseLockedError, lockPathFor } from '@/db/lock';

const children: ChildProcess[] = [];
afterEach(() => children.splice(0).forEach((c) => c.kill('SIGKILL')));

function tempDir() {
  return path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'hallyu-folder-')), 'pglite');
}

function startWriter(dataDir: string, mode: 'hold' | 'write' | 'write-once') {
  const child = spawn(process.execPath, ['--import', 'tsx', 'tests/support/pglite-writer.ts', mode], {
    env: { ...process.env, PGLITE_DATA_DIR: dataDir, DATABASE_URL: '', SEED_DEMO_DATA: 'false' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let out = '';
  let err = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (err += d));
  const waitFor = (pattern: RegExp, timeoutMs = 30_000) =>
    new Promise<void>((resolve, reject) => {
      const started = Date.now();
      const tick = setInterval(() => {
        if (pattern.test(out)) { clearInterval(tick); resolve(); }
        else if (Date.now() - started > timeoutMs || child.exitCode !== null) {
          clearInterval(tick);
          reject(new Error(`child did not print ${pattern}: ${out} ${err}`));
        }
      }, 50);
    });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, waitFor, exited, output: () => out, errors: () => err };
}

describe('embedded database folder', () => {
  it('refuses a second process at once, naming the holder, and leaves the data intact', async () => {
    const dir = tempDir();
    const holder = startWriter(dir, 'hold');
    await holder.waitFor(/ready/);

    const started = Date.now();
    const second = startWriter(dir, 'write-once');
    const code = await second.exited;
    expect(code).toBe(1);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(second.errors()).toContain(`in use by process ${holder.child.pid}`);
    expect(second.errors()).toContain('PGLITE_DATA_DIR');
    expect(() => acquireFolderLock(dir)).toThrow(DatabaseLockedError);
  });

  it('clears a stale lock left by a killed process and keeps every committed write', async () => {
    const dir = tempDir();
    const writer = startWriter(dir, 'write');
    await writer.waitFor(/committed \d+\n(.|\n)*committed \d+\n(.|\n)*committed \d+/);
    writer.child.kill('SIGKILL');
    await writer.exited;
    const committed = [...writer.output().matchAll(/committed (\d+)/g)].map((m) => Number(m[1]));
    expect(fs.existsSync(lockPathFor(dir))).toBe(true); // SIGKILL gave it no chance to clean up

    const reopened = startWriter(dir, 'write-once');
    expect(await reopened.exited).toBe(0);
    expect(fs.existsSync(lockPathFor(dir))).toBe(false);

    const db = await PGlite.create({ dataDir: dir });
    const { rows } = await db.query<{ id: number }>('select id from categories');
    await db.close();
    const stored = new Set(rows.map((r) => r.id));
    for (const id of committed) expect(stored.has(id)).toBe(true);
    expect(stored.size).toBeGreaterThanOrEqual(committed.length + 5);
  });
});
