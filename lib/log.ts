// The server's log: one JSON object per line in production (pino), for a log collector to index; a
// short readable line in development. Lines written while serving a request carry its id (the proxy
// gives every request one: x-request-id), so one request's lines can be found together. Secrets never
// reach a line: the redact paths below replace them, and nothing here logs bodies or cookies.
import { Writable } from 'node:stream';
import pino, { type Logger } from 'pino';
import { isProduction } from '@/lib/config';

export const REDACTED_PATHS = [
  'password',
  '*.password',
  'passwordHash',
  '*.passwordHash',
  'cookie',
  '*.cookie',
  'headers.cookie',
  'headers.authorization',
  '*.headers.cookie',
  '*.headers.authorization',
  'secret',
  '*.secret',
  'connectionString',
  '*.connectionString',
];

const LEVELS: Record<number, string> = { 10: 'trace', 20: 'debug', 30: 'info', 40: 'warn', 50: 'error', 60: 'fatal' };

/** Development: "warn [page-cache] message {extra}" instead of JSON. */
function readable(): Writable {
  return new Writable({
    write(chunk: Buffer, _encoding, done) {
      const { level, msg, ...rest } = JSON.parse(chunk.toString()) as Record<string, unknown>;
      for (const known of ['time', 'pid', 'hostname', 'app']) delete rest[known];
      const extra = Object.keys(rest).length ? ` ${JSON.stringify(rest)}` : '';
      (Number(level) >= 40 ? process.stderr : process.stdout).write(`${LEVELS[Number(level)] ?? level} ${String(msg)}${extra}\n`);
      done();
    },
  });
}

export function createLogger(destination?: NodeJS.WritableStream): Logger {
  return pino(
    { base: { app: 'hallyu' }, redact: { paths: REDACTED_PATHS, censor: '[redacted]' }, serializers: { err: pino.stdSerializers.err } },
    destination ?? (isProduction() ? pino.destination(1) : readable()),
  );
}

const globalForLog = globalThis as unknown as { hallyuLog?: Logger };

/** The process's logger (one per process, shared by the proxy, the pages and start-up). */
export const log: Logger = (globalForLog.hallyuLog ??= createLogger());
