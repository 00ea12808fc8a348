// Starts the production build (the standalone server, `node .next/standalone/server.js`, as the Docker
// image runs it) on a fresh database for a benchmark or a suite, and stops
// it afterwards: PGlite in a new temporary folder, or a scratch PostgreSQL database when given a URL.
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createScratchDatabase } from './scratch-database';

/** The demo accounts' password on servers the suites start (a production server never uses the documented ones). */
export const SUITE_DEMO_PASSWORD = process.env.DEMO_PASSWORD ?? `suite-demo-${randomBytes(9).toString('base64url')}`;

export type ProductionServer = {
  url: string;
  database: 'pglite' | 'postgres';
  /** The running process (a new one after a restart). */
  readonly pid: number;
  /** The PGlite folder (unused on PostgreSQL). */
  dataDir: string;
  /** The scratch PostgreSQL database's URL, or null on PGlite. */
  databaseUrl: string | null;
  /** Everything the server printed so far. */
  log: () => string;
  rssMb: () => number;
  /** Stops the server; removes its database unless keepData is set (then call removeData later). */
  stop: (options?: { keepData?: boolean }) => Promise<void>;
  removeData: () => Promise<void>;
};

export const STANDALONE_SERVER = path.resolve('.next/standalone/server.js');
/**
 * How the server is started wherever it runs (npm start, the Dockerfile, the suites): a heap limit for a
 * small instance. V8 otherwise sizes the heap from the machine's memory and leaves hundreds of MB of
 * garbage uncollected (README, "Memory"); the live heap under load is about 80 MB. With
 * SERVER_CPU_PROFILE=<folder>, each server started here writes a CPU profile there when it stops.
 */
export const SERVER_NODE_FLAGS = ['--max-old-space-size=320', ...(process.env.SERVER_CPU_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${process.env.SERVER_CPU_PROFILE}`] : [])];
/** The standalone server's command line after `node`. */
export const SERVER_ARGS = [...SERVER_NODE_FLAGS, STANDALONE_SERVER];

export function ensureBuild(): void {
  if (fs.existsSync(STANDALONE_SERVER) && !process.argv.includes('--rebuild')) return;
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

/** The standalone server's address settings: it reads PORT and HOSTNAME (not flags). */
export function listenOn(port: number): { PORT: string; HOSTNAME: string } {
  return { PORT: String(port), HOSTNAME: '127.0.0.1' };
}

/**
 * postgresBase: a PostgreSQL URL next to which a scratch database is made; defaults to DATABASE_URL.
 * Pass null to force PGlite. restart: start the server again when it dies on its own, as a container's
 * restart policy does (compose.yaml's `restart: unless-stopped`).
 */
export async function startServer(
  port: number,
  extraEnv: Record<string, string> = {},
  postgresBase: string | null | undefined = process.env.DATABASE_URL || null,
  options: { restart?: boolean } = {},
): Promise<ProductionServer> {
  const pg = postgresBase ? await createScratchDatabase(postgresBase, 'hallyu_run') : null;
  const dataDir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'hallyu-run-')), 'pglite');
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ...listenOn(port),
    NODE_ENV: 'production' as const,
    NEXT_TELEMETRY_DISABLED: '1',
    SEED_DEMO_DATA: 'true',
    DEMO_PASSWORD: SUITE_DEMO_PASSWORD,
    AUTH_TRUST_HOST: 'true',
    SITE_URL: `http://127.0.0.1:${port}`,
    DATABASE_URL: pg?.url ?? '',
    PGLITE_DATA_DIR: dataDir,
    ...extraEnv,
  };
  let log = '';
  let stopping = false;
  let child: ChildProcess;
  let exited: Promise<void>;
  const launch = () => {
    child = spawn(process.execPath, SERVER_ARGS, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.stdout!.on('data', (d) => (log += d));
    child.stderr!.on('data', (d) => (log += d));
    child.once('exit', (code, signal) => {
      if (stopping || !options.restart) return;
      log += `\n[suite] server exited (${signal ?? code}); restarting it\n`;
      launch();
    });
  };
  launch();
  const removeData = async () => {
    await pg?.drop();
    fs.rmSync(path.dirname(dataDir), { recursive: true, force: true });
  };
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      const res = await fetch(`${url}/api/health`);
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline || child!.exitCode !== null) {
      stopping = true;
      child!.kill('SIGKILL');
      await removeData();
      throw new Error(`server did not start:\n${log}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    url,
    database: pg ? 'postgres' : 'pglite',
    get pid() {
      return child.pid!;
    },
    dataDir,
    databaseUrl: pg?.url ?? null,
    log: () => log,
    rssMb: () => rssMbOf(child.pid!),
    stop: async ({ keepData = false } = {}) => {
      stopping = true;
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
      if (!keepData) await removeData();
    },
    removeData,
  };
}

/** A standalone server on an embedded data folder, restartable on the same folder (the crash and mail suites). */
export type SuiteServer = ChildProcess & { exited: Promise<void>; log: () => string };

export function spawnOnDataFolder(port: number, dataDir: string, extraEnv: Record<string, string> = {}): SuiteServer {
  let log = '';
  const child = spawn(process.execPath, SERVER_ARGS, {
    env: {
      ...process.env,
      ...listenOn(port),
      NODE_ENV: 'production',
      DATABASE_URL: '',
      PGLITE_DATA_DIR: dataDir,
      SEED_DEMO_DATA: 'true',
      DEMO_PASSWORD: SUITE_DEMO_PASSWORD,
      AUTH_TRUST_HOST: 'true',
      SITE_URL: `http://127.0.0.1:${port}`,
      NEXT_TELEMETRY_DISABLED: '1',
      ...extraEnv,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  }) as SuiteServer;
  child.stdout!.on('data', (d) => (log += d));
  child.stderr!.on('data', (d) => (log += d));
  // Made at spawn time: waiting for 'exit' later would miss it if the process is already gone.
  child.exited = new Promise((resolve) => child.once('exit', () => resolve()));
  child.log = () => log;
  return child;
}
