// Runs before the end-to-end tests: when no Chromium is installed, gets one and says what it did, so
// `npm test` on a fresh machine needs no set-up. First Playwright's own download; where that cannot
// reach its servers, the distribution's package (Debian/Ubuntu, when running as root).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { INSTALL_HINT, locateChromium } from '../e2e/support/chromium';

function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): boolean {
  console.log(`[ensure-chromium] $ ${command} ${args.join(' ')}`);
  return spawnSync(command, args, { stdio: 'inherit', env }).status === 0;
}

function tryPlaywrightDownload(): boolean {
  return run('npx', ['--no-install', 'playwright', 'install', 'chromium']);
}

function tryDistributionPackage(): boolean {
  const isRoot = process.getuid?.() === 0;
  if (!isRoot || !fs.existsSync('/usr/bin/apt-get')) return false;
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  return run('apt-get', ['update', '-qq'], env) && run('apt-get', ['install', '-y', '-qq', 'chromium'], env);
}

function main(): number {
  const existing = locateChromium();
  if (existing) return 0;
  console.log('[ensure-chromium] No Chromium found for the end-to-end tests; installing one.');
  for (const [how, attempt] of [
    ["Playwright's download", tryPlaywrightDownload],
    ["Debian's chromium package", tryDistributionPackage],
  ] as const) {
    if (attempt() && locateChromium()) {
      console.log(`[ensure-chromium] Installed Chromium through ${how}: ${locateChromium()}`);
      return 0;
    }
    console.log(`[ensure-chromium] ${how} did not give a browser.`);
  }
  console.error(`[ensure-chromium] Could not install Chromium by itself. ${INSTALL_HINT}`);
  return 1;
}

process.exit(main());
