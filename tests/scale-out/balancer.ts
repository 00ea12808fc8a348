// nginx (Debian's package) in front of the suite's instances, configured with the file an operator uses
// (scripts/deploy/nginx-hallyu.conf) on loopback ports. It adds X-Upstream to every answer, so a test
// can tell which instance served it.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { debianBinary } from './debian-binary';

const SITE_CONF = path.resolve('scripts/deploy/nginx-hallyu.conf');

export async function startBalancer(port: number, upstreams: string[]) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hallyu-nginx-'));
  const conf = path.join(dir, 'nginx.conf');
  const temp = (name: string) => `${name}_temp_path ${path.join(dir, name)};`;
  fs.writeFileSync(
    conf,
    `daemon off;
worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  ${['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(temp).join('\n  ')}
  upstream hallyu {
    ${upstreams.map((u) => `server ${u} max_fails=1 fail_timeout=2s;`).join('\n    ')}
    keepalive 32;
  }
  server {
    listen 127.0.0.1:${port};
    add_header X-Upstream $upstream_addr always;
    include ${SITE_CONF};
  }
}
`,
  );
  const child = spawn(debianBinary('nginx', 'nginx-light'), ['-c', conf, '-p', dir], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    try {
      await fetch(`${url}/api/health/live`);
      break;
    } catch {
      if (i > 40 || child.exitCode !== null) throw new Error(`nginx did not start: ${stderr}${fs.existsSync(`${dir}/error.log`) ? fs.readFileSync(`${dir}/error.log`, 'utf8') : ''}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  return {
    url,
    errorLog: () => fs.readFileSync(`${dir}/error.log`, 'utf8'),
    stop: async () => {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGQUIT');
      await exited;
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
