// Every setting Hallyu reads from the environment, validated once with zod. The README's Configuration
// table mirrors this file, and .env.example lists the same variables. Nothing else reads process.env
// (the database layer reads its part through the same schema, db/config.ts).
import path from 'node:path';
import { z } from 'zod';
import { dbEnvSchema, setVariables, wholeNumber } from '@/db/config';
const flag = z.enum(['true', 'false'], { error: 'use true or false' });
const url = z.url({ protocol: /^https?$/, error: 'must be an absolute http(s) URL, like https://hallyu.example' });
const optionalText = z.string().optional();

export const envSchema = dbEnvSchema.extend({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  SEED_DEMO_DATA: flag.optional(),
  SITE_URL: url.optional(),
  AUTH_URL: url.optional(),
  AUTH_SECRET: optionalText,
  AUTH_TRUST_HOST: flag.default('true'),
  AUTH_GITHUB_ID: optionalText,
  AUTH_GITHUB_SECRET: optionalText,
  AUTH_GOOGLE_ID: optionalText,
  AUTH_GOOGLE_SECRET: optionalText,
  TRUSTED_PROXY_HOPS: wholeNumber(0, 10).default(0),
  REACTION_LIMIT_PER_MINUTE: wholeNumber(1, 100_000).default(30),
  REACTION_LIMIT_PER_IP_PER_MINUTE: wholeNumber(1, 1_000_000).default(300),
  COMMENT_INTERVAL_SECONDS: wholeNumber(0, 86_400).default(5),
  NEW_ACCOUNT_COMMENT_INTERVAL_SECONDS: wholeNumber(0, 86_400).default(30),
  SIGNUP_LIMIT_PER_IP_PER_HOUR: wholeNumber(1, 1_000_000).default(10),
  REPORT_AUTO_HIDE_THRESHOLD: wholeNumber(1, 1000).default(3),
  REPORT_LIMIT_PER_HOUR: wholeNumber(1, 100_000).default(20),
  REPORTER_MIN_ACCOUNT_AGE_HOURS: wholeNumber(0, 8_760).default(72),
  NEW_REACTORS_PER_IP_PER_DAY: wholeNumber(1, 1_000_000).default(5),
  DEMO_PASSWORD: optionalText,
  PAGE_CACHE_SECONDS: wholeNumber(0, 3600).default(10),
  METRICS_PORT: wholeNumber(1, 65_535).optional(),
  METRICS_HOST: z.string().min(1).default('127.0.0.1'),
  CDN_PURGE_URL: url.optional(),
  CDN_PURGE_TOKEN: optionalText,
  SMTP_URL: z.url({ protocol: /^smtps?$/, error: 'must be an smtp:// or smtps:// URL, like smtps://user:password@smtp.example:465' }).optional(),
  MAIL_FROM: z.string().min(3).optional(),
  NOTIFICATION_EMAIL_DELAY_SECONDS: wholeNumber(0, 86_400).default(180),
  UPLOADS_DIR: optionalText,
  ACCOUNT_DELETION_GRACE_DAYS: z.coerce.number({ error: 'use a number of days, like 14' }).min(0, 'use 0 to 365 days').max(365, 'use 0 to 365 days').default(14),
});

export class ConfigError extends Error {
  name = 'ConfigError';
}

/** True while `next build` runs: it may evaluate modules, but it is not a running server. */
const building = (env: NodeJS.ProcessEnv) => env.NEXT_PHASE === 'phase-production-build';

export function parseConfig(env: NodeJS.ProcessEnv) {
  const parsed = envSchema.safeParse(setVariables(env));
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${String(i.path[0])}=${JSON.stringify(env[String(i.path[0])] ?? '')}: ${i.message}`);
    throw new ConfigError(`Invalid settings (see .env.example and the README's Configuration table):\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  if (e.NODE_ENV === 'production' && !e.SITE_URL && !building(env)) {
    throw new ConfigError(
      'SITE_URL is required in production: it is the public address put in canonical links, feeds and sitemaps (e.g. SITE_URL=https://hallyu.example).',
    );
  }
  return {
    nodeEnv: e.NODE_ENV,
    seedDemoData: e.SEED_DEMO_DATA === undefined ? undefined : e.SEED_DEMO_DATA === 'true',
    siteUrl: (e.SITE_URL ?? e.AUTH_URL ?? 'http://localhost:3000').replace(/\/+$/, ''),
    auth: {
      secret: e.AUTH_SECRET,
      // Without AUTH_SECRET: a generated one, kept beside the embedded data folder (lib/auth-secret.ts).
      secretFile: path.join(path.dirname(path.resolve(/*turbopackIgnore: true*/ e.PGLITE_DATA_DIR === 'memory://' ? '.data/pglite' : e.PGLITE_DATA_DIR)), 'auth-secret'),
      trustHost: e.AUTH_TRUST_HOST === 'true',
      github: e.AUTH_GITHUB_ID && e.AUTH_GITHUB_SECRET ? { id: e.AUTH_GITHUB_ID, secret: e.AUTH_GITHUB_SECRET } : null,
      google: e.AUTH_GOOGLE_ID && e.AUTH_GOOGLE_SECRET ? { id: e.AUTH_GOOGLE_ID, secret: e.AUTH_GOOGLE_SECRET } : null,
    },
    trustedProxyHops: e.TRUSTED_PROXY_HOPS,
    limits: {
      reactionsPerMinute: e.REACTION_LIMIT_PER_MINUTE,
      reactionsPerIpPerMinute: e.REACTION_LIMIT_PER_IP_PER_MINUTE,
      commentIntervalSeconds: e.COMMENT_INTERVAL_SECONDS,
      newAccountCommentIntervalSeconds: e.NEW_ACCOUNT_COMMENT_INTERVAL_SECONDS,
      signupsPerIpPerHour: e.SIGNUP_LIMIT_PER_IP_PER_HOUR,
      reportAutoHideThreshold: e.REPORT_AUTO_HIDE_THRESHOLD,
      reportsPerHour: e.REPORT_LIMIT_PER_HOUR,
      reporterMinAccountAgeHours: e.REPORTER_MIN_ACCOUNT_AGE_HOURS,
      newReactorsPerIpPerDay: e.NEW_REACTORS_PER_IP_PER_DAY,
    },
    demoPassword: e.DEMO_PASSWORD,
    pageCacheSeconds: e.PAGE_CACHE_SECONDS,
    metrics: e.METRICS_PORT ? { port: e.METRICS_PORT, host: e.METRICS_HOST } : null,
    cdnPurge: e.CDN_PURGE_URL ? { url: e.CDN_PURGE_URL, token: e.CDN_PURGE_TOKEN } : null,
    /** How long a deleted account waits before it is erased (signing in meanwhile cancels); fractions allowed. */
    accountDeletionGraceSeconds: Math.round(e.ACCOUNT_DELETION_GRACE_DAYS * 86_400),
    // Newsroom uploads (lib/media/storage.ts): beside the embedded data folder unless set. With several
    // instances it must be one folder they all share, or another store behind the same interface.
    uploadsDir: path.resolve(
      /*turbopackIgnore: true*/ e.UPLOADS_DIR ?? path.join(path.dirname(path.resolve(/*turbopackIgnore: true*/ e.PGLITE_DATA_DIR === 'memory://' ? '.data/pglite' : e.PGLITE_DATA_DIR)), 'uploads'),
    ),
    mail: {
      // Without SMTP_URL: written to the log and listed at /dev/mail in development; kept queued in production.
      smtpUrl: e.SMTP_URL ?? null,
      from: e.MAIL_FROM ?? `Hallyu <no-reply@${new URL(e.SITE_URL ?? e.AUTH_URL ?? 'http://localhost').hostname}>`,
      // A notification's email waits this long, and is not sent if the reader read it in the app meanwhile.
      notificationDelaySeconds: e.NOTIFICATION_EMAIL_DELAY_SECONDS,
    },
  };
}

export type Config = ReturnType<typeof parseConfig>;

let current: Config | undefined;

/**
 * Where this server listens, for the page cache's own render requests. Next.js sets these variables
 * itself once `next start` listens, so they are read per call, not validated at start-up.
 */
export function serverOrigin(): string {
  return process.env.__NEXT_PRIVATE_ORIGIN ?? `http://127.0.0.1:${process.env.PORT ?? 3000}`;
}

/** The settings of this process, validated on first use (instrumentation.ts makes that the start-up). */
export function config(): Config {
  return (current ??= parseConfig(process.env));
}

/**
 * Whether this process runs as production (NODE_ENV, which Next.js sets itself), read on its own: the
 * log needs it before the other settings are checked, and must not fail when one of them is wrong.
 */
export function isProduction(): boolean {
  return envSchema.shape.NODE_ENV.safeParse(process.env.NODE_ENV).data === 'production';
}
