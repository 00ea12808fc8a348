// Finds a Chromium to drive: $CHROMIUM_PATH, then the system's, then Playwright's own download.
import fs from 'node:fs';
import { chromium } from '@playwright/test';

const SYSTEM_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

export function findChromium(): string {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (fs.existsSync(fromEnv)) return fromEnv;
    throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, but no file is there.`);
  }
  const system = SYSTEM_PATHS.find((p) => fs.existsSync(p));
  if (system) return system;
  const bundled = chromium.executablePath();
  if (bundled && fs.existsSync(bundled)) return bundled;
  throw new Error(
    'No Chromium found for the end-to-end tests. Install one of:\n' +
      '  Debian/Ubuntu: sudo apt-get install chromium\n' +
      "  anywhere else: npx playwright install chromium\n" +
      'or point CHROMIUM_PATH at a Chromium or Chrome binary.',
  );
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
