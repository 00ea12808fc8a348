// Each test file gets its own database: a fresh in-memory PGlite, or, when DATABASE_URL is set,
// a fresh PostgreSQL database created for this file and dropped afterwards.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';
import { closeDb } from '@/db/client';
import { createScratchDatabase } from '../../scripts/lib/scratch-database';

// Signs the device and reactor cookies in tests (the app would generate one into .data otherwise).
process.env.AUTH_SECRET ??= 'test-secret-for-signed-cookies';

// Newsroom uploads go to a folder of this test file's own, removed afterwards.
const uploads = await mkdtemp(path.join(os.tmpdir(), 'hallyu-uploads-'));
process.env.UPLOADS_DIR = uploads;

const baseUrl = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;
let dropScratch: (() => Promise<void>) | undefined;

if (baseUrl) {
  process.env.TEST_DATABASE_URL = baseUrl;
  const scratch = await createScratchDatabase(baseUrl);
  process.env.DATABASE_URL = scratch.url;
  dropScratch = scratch.drop;
} else {
  process.env.PGLITE_DATA_DIR = 'memory://';
}

afterAll(async () => {
  await closeDb();
  await dropScratch?.();
  await rm(uploads, { recursive: true, force: true });
});
