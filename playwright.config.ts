import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './e2e/support/chromium';
import { SERVER_NODE_FLAGS } from './scripts/lib/production-server';

// One fresh embedded database per run, shared by the config's worker processes through the environment.
process.env.E2E_DATA_DIR ??= path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'hallyu-e2e-')), 'pglite');
// The demo accounts' password: a production build never seeds the documented ones (e2e/support/users.ts).
process.env.E2E_DEMO_PASSWORD ??= `e2e-demo-${randomBytes(9).toString('base64url')}`;
const port = Number(process.env.E2E_PORT ?? 3210);
export const baseURL = `http://127.0.0.1:${port}`;
// The mail server the app sends to (scripts/mail-sink.ts); specs read what it received (e2e/support/mail.ts).
const smtpPort = port + 100;
export const mailSinkURL = `http://127.0.0.1:${port + 101}`;
process.env.E2E_MAIL_SINK_URL = mailSinkURL;

export default defineConfig({
  testDir: './e2e',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: process.env.CI ? 1 : 0,
  forbidOnly: Boolean(process.env.CI),
  reporter: [['list']],
  // Most specs are several people's flows (sign-ups hash passwords with argon2): 15–25 s on a 2-core
  // machine, past 30 s when CI's machine is slow.
  timeout: 60_000,
  use: {
    baseURL,
    trace: 'retain-on-failure',
    launchOptions: { executablePath: findChromium(), args: CHROMIUM_ARGS },
  },
  projects: [
    { name: 'chromium', use: { ...devices['Desktop Chrome'] }, testIgnore: 'site-settings/**' },
    // Site-wide settings change what every other spec would see: these run alone, after all the rest.
    { name: 'site-settings', use: { ...devices['Desktop Chrome'] }, testMatch: 'site-settings/**', dependencies: ['chromium'] },
  ],
  webServer: [
    {
      command: 'npx tsx scripts/mail-sink.ts',
      url: `${mailSinkURL}/health`,
      reuseExistingServer: false,
      env: { SMTP_SINK_PORT: String(smtpPort), SMTP_SINK_HTTP_PORT: String(port + 101) },
    },
    {
      // A production build on its own data folder, seeded with the demo content: the standalone server,
      // as shipped (it reads PORT and HOSTNAME).
      command: `npm run build && node ${SERVER_NODE_FLAGS.join(' ')} .next/standalone/server.js`,
      url: `${baseURL}/api/health`,
      timeout: 240_000,
      reuseExistingServer: false,
      stdout: 'pipe',
      env: {
        PORT: String(port),
        HOSTNAME: '127.0.0.1',
        PGLITE_DATA_DIR: process.env.E2E_DATA_DIR,
        DATABASE_URL: '',
        SEED_DEMO_DATA: 'true',
        DEMO_PASSWORD: process.env.E2E_DEMO_PASSWORD,
        AUTH_TRUST_HOST: 'true',
        SITE_URL: baseURL,
        NEXT_TELEMETRY_DISABLED: '1',
        // Every spec makes fresh accounts; shorter waits between their comments keep the suite quick.
        // The limits themselves are tested at their real values in tests/dal.
        COMMENT_INTERVAL_SECONDS: '1',
        NEW_ACCOUNT_COMMENT_INTERVAL_SECONDS: '2',
        SIGNUP_LIMIT_PER_IP_PER_HOUR: '1000', // every spec signs up from 127.0.0.1
        NEW_REACTORS_PER_IP_PER_DAY: '1000', // and reacts from it; the real limits: tests/security/abuse-http
        REPORTER_MIN_ACCOUNT_AGE_HOURS: '0', // specs' reporters are minutes old (72 hours: tests/security)
        SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
        NOTIFICATION_EMAIL_DELAY_SECONDS: '1', // a reply's email waits 3 minutes in production
        ACCOUNT_DELETION_GRACE_DAYS: '0.0003', // 26 s instead of 14 days (e2e/account-deletion.spec.ts)
      },
    },
  ],
});
