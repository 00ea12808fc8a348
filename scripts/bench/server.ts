// Starts the production build on a fresh database for a benchmark, and stops it afterwards.
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createScratchDatabase } from '../lib/scratch-database';

export type BenchServer = {
  url: string;
  database: 'pglite' | 'postgres';
  pid: number;
  rssMb: () => number;
  stop: () => Promise<void>;
};

export function ensureBuild(): void {
  if (fs.existsSync('.next/BUILD_ID') && !process.argv.includes('--rebuild')) return;
  console.log('Building the production bundle (npm run build)…');
  execFileSync('npm', ['run', 'build'], { stdio: 'inherit' });
}

/** RSS of a process in MB, from /proc (Linux), or 0 where that is not available. */
export function rssMbOf(pid: number): number {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    return Math.round(Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024);
  } catch {
    return 0;
  }
}

export async function startServer(port: number, extraEnv: Record<string, string> = {}): Promise<BenchServer> {
  const baseUrl = process.env.DATABASE_URL;
  const pg = baseUrl ? await createScratchDatabase(baseUrl, 'hallyu_bench') : null;
  const dataDir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'hallyu-bench-')), 'pglite');
  const child: ChildProcess = spawn('node', ['node_modules/next/dist/bin/next', 'start', '-H', '127.0.0.1', '-p', String(port)], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      NEXT_TELEMETRY_DISABLED: '1',
      SEED_DEMO_DATA: 'true',
      AUTH_TRUST_HOST: 'true',
      DATABASE_URL: pg?.url ?? '',
      PGLITE_DATA_DIR: dataDir,
      ...extraEnv,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout!.on('data', (d) => (log += d));
  child.stderr!.on('data', (d) => (log += d));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      const res = await fetch(`${url}/api/health`);
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline || child.exitCode !== null) throw new Error(`server did not start:\n${log}`);
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    url,
    database: pg ? 'postgres' : 'pglite',
    pid: child.pid!,
    rssMb: () => rssMbOf(child.pid!),
    stop: async () => {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
      await pg?.drop();
      fs.rmSync(path.dirname(dataDir), { recursive: true, force: true });
    },
  };
}
