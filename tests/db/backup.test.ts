// npm run db:backup takes a consistent copy of the embedded database while a server holds and writes to
// it; npm run db:restore turns it back into a folder that holds every row committed before the backup.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { afterEach, describe, expect, it } from 'vitest';

const children: ReturnType<typeof spawn>[] = [];
afterEach(() => children.splice(0).forEach((c) => c.kill('SIGKILL')));

const tool = (name: string, args: string[], dataDir: string) =>
  spawnSync(process.execPath, ['scripts/tool.mjs', name, ...args], { env: { ...process.env, PGLITE_DATA_DIR: dataDir, DATABASE_URL: '' }, encoding: 'utf8', timeout: 120_000 });

describe('backups of the embedded database', () => {
  it('copies a folder that a running process is writing to, and restores every row committed before', async () => {
    const home = fs.mkdtempSync(path.join(os.tmpdir(), 'hallyu-backup-'));
    const dataDir = path.join(home, 'pglite');
    // The "server": holds the folder and commits a category after another, printing each id.
    const writer = spawn(process.execPath, ['--import', 'tsx', 'tests/support/pglite-writer.ts', 'write'], {
      env: { ...process.env, PGLITE_DATA_DIR: dataDir, DATABASE_URL: '', SEED_DEMO_DATA: 'false' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    children.push(writer);
    let out = '';
    writer.stdout!.on('data', (d) => (out += d));
    const committed = () => [...out.matchAll(/committed (\d+)/g)].length;
    while (committed() < 20) {
      if (writer.exitCode !== null) throw new Error(`writer stopped: ${out}`);
      await new Promise((r) => setTimeout(r, 50));
    }
    const refused = tool('db-restore', [path.join(home, 'none.tar.gz')], dataDir);
    expect(refused.status).toBe(1);

    const before = committed();
    const file = path.join(home, 'backup.tar.gz');
    const backup = tool('db-backup', ['--out', file], dataDir);
    expect(backup.status, backup.stderr).toBe(0);
    expect(backup.stdout).toContain('Asked the running server');
    const busy = tool('db-restore', [file], dataDir);
    expect(busy.status).toBe(1);
    expect(busy.stderr).toMatch(/Stop the server first/);
    writer.kill('SIGKILL');
    await new Promise((r) => writer.once('exit', r));
    const source = await PGlite.create({ dataDir });
    const total = (await source.query<{ n: number }>(`select count(*)::int as n from categories where slug like 'crash-%'`)).rows[0].n;
    await source.close();

    const restoredDir = path.join(home, 'restored');
    const restore = tool('db-restore', [file], restoredDir);
    expect(restore.status, restore.stderr).toBe(0);
    const db = await PGlite.create({ dataDir: restoredDir });
    try {
      const { rows } = await db.query<{ slug: string }>(`select slug from categories where slug like 'crash-%' order by id`);
      const numbers = rows.map((r) => Number(r.slug.split('-').pop()));
      console.log(`backup requested after ${before} commits; the writer went on to ${total}; the restored copy holds the first ${numbers.length}`);
      expect(total).toBeGreaterThan(numbers.length); // the writer went on writing while the copy was taken
      expect(numbers.length).toBeGreaterThanOrEqual(before); // every row committed before the request
      expect(numbers.length).toBeLessThanOrEqual(total);
      expect(numbers).toEqual(numbers.map((_, i) => i)); // and nothing torn: no gap, no half
      const { rows: migrations } = await db.query<{ n: number }>('select count(*)::int as n from drizzle.__drizzle_migrations');
      expect(migrations[0].n).toBeGreaterThan(0);
    } finally {
      await db.close();
      fs.rmSync(home, { recursive: true, force: true });
    }
    // Three tool runs, each a fresh process opening PGlite: 17 s alone, twice that beside the other files.
  }, 120_000);
});
