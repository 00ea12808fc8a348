// PgBouncer (Debian's package) in transaction mode in front of the suite's PostgreSQL, as an operator
// runs it for many instances: the second instance sends its queries through it (DATABASE_URL) and keeps
// its listener and migrations on a direct connection (DATABASE_DIRECT_URL).
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { debianBinary } from './debian-binary';

/** Starts PgBouncer on `port` for the server of `databaseUrl`; returns the URL of that database through it. */
export async function startPgBouncer(port: number, databaseUrl: string) {
  const target = new URL(databaseUrl);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hallyu-pgbouncer-'));
  const user = decodeURIComponent(target.username || 'postgres');
  fs.writeFileSync(path.join(dir, 'userlist.txt'), `"${user}" ""\n`);
  fs.writeFileSync(
    path.join(dir, 'pgbouncer.ini'),
    `[databases]
* = host=${target.hostname} port=${target.port || 5432}

[pgbouncer]
listen_addr = 127.0.0.1
listen_port = ${port}
unix_socket_dir =
auth_type = trust
auth_file = ${dir}/userlist.txt
admin_users = ${user}
pool_mode = transaction
max_client_conn = 500
default_pool_size = 10
ignore_startup_parameters = extra_float_digits
logfile = ${dir}/pgbouncer.log
pidfile = ${dir}/pgbouncer.pid
${process.getuid?.() === 0 ? 'user = postgres' : ''}
`,
  );
  // PgBouncer refuses to run as root: as root, it switches to the postgres user, which must read its files.
  if (process.getuid?.() === 0) execFileSync('chown', ['-R', 'postgres', dir]);
  const child = spawn(debianBinary('pgbouncer', 'pgbouncer'), [path.join(dir, 'pgbouncer.ini')], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  const through = new URL(databaseUrl);
  through.hostname = '127.0.0.1';
  through.port = String(port);
  const net = await import('node:net');
  for (let i = 0; ; i++) {
    const open = await new Promise<boolean>((resolve) => {
      const socket = net.connect(port, '127.0.0.1', () => (socket.end(), resolve(true)));
      socket.on('error', () => resolve(false));
    });
    if (open) break;
    if (i > 50 || child.exitCode !== null) throw new Error(`pgbouncer did not start: ${stderr}${fs.existsSync(`${dir}/pgbouncer.log`) ? fs.readFileSync(`${dir}/pgbouncer.log`, 'utf8') : ''}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url: through.toString(),
    /** The admin console (SHOW STATS, SHOW POOLS). */
    adminUrl: `postgres://${user}@127.0.0.1:${port}/pgbouncer`,
    stop: async () => {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGINT');
      await exited;
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
