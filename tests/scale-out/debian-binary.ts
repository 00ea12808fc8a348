// Where a Debian package's server binary is (sbin is often not on a user's PATH), or a clear error.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';

export function debianBinary(name: string, pkg: string): string {
  for (const dir of ['/usr/sbin', '/usr/local/sbin', '/usr/bin']) if (fs.existsSync(`${dir}/${name}`)) return `${dir}/${name}`;
  const found = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).stdout.trim();
  if (found) return found;
  throw new Error(`${name} is not installed: \`apt-get install ${pkg}\` (.ci/run installs it when missing).`);
}
