import 'server-only';
import { log } from '@/lib/log';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { config } from '@/lib/config';


let known: string | undefined; // read once: Auth.js and every session decode ask for it

/**
 * The secret that signs sessions and the anonymous reactor cookie. AUTH_SECRET wins; without it a random
 * secret is generated once and kept in a file beside the embedded data folder (.data/auth-secret by
 * default), so local runs need no setup and sessions survive restarts. Several instances must share one
 * secret: set AUTH_SECRET for them.
 */
export function authSecret(): string {
  known ??= config().auth.secret ?? readOrCreateSecretFile();
  return known;
}

function readOrCreateSecretFile(): string {
  const SECRET_FILE = config().auth.secretFile;
  let secret: string;
  try {
    secret = fs.readFileSync(SECRET_FILE, 'utf8').trim();
  } catch {
    secret = randomBytes(32).toString('base64url');
    fs.mkdirSync(path.dirname(SECRET_FILE), { recursive: true });
    try {
      fs.writeFileSync(SECRET_FILE, secret, { mode: 0o600, flag: 'wx' });
      log.warn({ file: SECRET_FILE }, 'AUTH_SECRET is not set: generated one and kept it in a file');
    } catch {
      secret = fs.readFileSync(SECRET_FILE, 'utf8').trim(); // another process wrote it first
    }
  }
  process.env.AUTH_SECRET = secret; // Auth.js reads it from here too
  return secret;
}
