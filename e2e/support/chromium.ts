// Finds a Chromium to drive: $CHROMIUM_PATH, then the system's, then Playwright's own download.
// scripts/ensure-chromium.ts installs one first when none is found, so `npm test` needs no set-up.
import fs from 'node:fs';
import { chromium } from '@playwright/test';

const SYSTEM_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** The browser to drive, or null when none is installed. A CHROMIUM_PATH that points nowhere is an error. */
export function locateChromium(): string | null {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (fs.existsSync(fromEnv)) return fromEnv;
    throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, but no file is there.`);
  }
  const system = SYSTEM_PATHS.find((p) => fs.existsSync(p));
  if (system) return system;
  const bundled = chromium.executablePath();
  return bundled && fs.existsSync(bundled) ? bundled : null;
}

export const INSTALL_HINT =
  'Install one of:\n' +
  '  Debian/Ubuntu: sudo apt-get install chromium\n' +
  '  anywhere else: npx playwright install chromium\n' +
  'or point CHROMIUM_PATH at a Chromium or Chrome binary.';

export function findChromium(): string {
  const found = locateChromium();
  if (found) return found;
  throw new Error(`No Chromium found for the end-to-end tests. ${INSTALL_HINT}`);
}

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
