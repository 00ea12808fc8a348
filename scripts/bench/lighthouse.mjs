// Lighthouse (mobile) on the home and article pages of a production build, driving the system Chromium.
//   npm run bench:lighthouse        (DATABASE_URL for PostgreSQL; a fresh PGlite folder otherwise)
// Plain JavaScript on purpose: Lighthouse runs some of its own functions inside the page, and a
// TypeScript loader's helpers (tsx adds __name) would not exist there.
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

const PORT = 3243;
const PAGES = [
  ['home', '/'],
  ['article', '/articles/moonlit-pharmacy-review'],
];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

function findChromium() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].filter(Boolean);
  const found = candidates.find((p) => fs.existsSync(p));
  if (!found) throw new Error('No Chromium found: install one (sudo apt-get install chromium) or set CHROMIUM_PATH.');
  return found;
}

async function startServer() {
  if (!fs.existsSync('.next/standalone/server.js')) execFileSync('npm', ['run', 'build'], { stdio: 'inherit' });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hallyu-lh-'));
  const child = spawn('node', ['.next/standalone/server.js'], {
    env: { ...process.env, PORT: String(PORT), HOSTNAME: '127.0.0.1', NODE_ENV: 'production', SEED_DEMO_DATA: 'true', DEMO_PASSWORD: `lighthouse-${process.pid}-demo`, AUTH_TRUST_HOST: 'true', SITE_URL: `http://127.0.0.1:${PORT}`, PGLITE_DATA_DIR: path.join(dir, 'pglite'), NEXT_TELEMETRY_DISABLED: '1' },
    stdio: 'ignore',
  });
  const url = `http://127.0.0.1:${PORT}`;
  for (let i = 0; i < 240; i++) {
    try {
      if ((await fetch(`${url}/api/health`)).ok) break;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    url,
    stop: async () => {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

const server = await startServer();
const chrome = await chromeLauncher.launch({ chromePath: findChromium(), chromeFlags: ['--headless=new', ...CHROMIUM_ARGS] });
try {
  const rows = [];
  for (const [page, pathname] of PAGES) {
    await fetch(server.url + pathname); // warm the server's caches
    const { lhr } = await lighthouse(server.url + pathname, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES, formFactor: 'mobile' });
    const row = { page };
    for (const c of CATEGORIES) row[c] = Math.round((lhr.categories[c]?.score ?? 0) * 100);
    row.LCP = lhr.audits['largest-contentful-paint']?.displayValue ?? '';
    row.CLS = lhr.audits['cumulative-layout-shift']?.displayValue ?? '';
    row.TBT = lhr.audits['total-blocking-time']?.displayValue ?? '';
    rows.push(row);
    const failing = Object.values(lhr.audits).filter((a) => a.score !== null && a.score < 0.9 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'notApplicable');
    if (failing.length) console.log(`${page}: audits below 90: ${failing.map((a) => `${a.id} (${Math.round(a.score * 100)})`).join(', ')}`);
  }
  console.table(rows);
  fs.mkdirSync(path.join('bench', 'results'), { recursive: true });
  const file = path.join('bench', 'results', `lighthouse-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  fs.writeFileSync(file, JSON.stringify(rows, null, 2));
  console.log(`Saved ${file}`);
} finally {
  await chrome.kill();
  await server.stop();
}
