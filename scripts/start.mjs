// `npm start [-- -p PORT -H HOST]`: the standalone production server (.next/standalone/server.js, what the
// Dockerfile ships), started from the project folder. The server changes into .next/standalone, which
// every build replaces, so the data folder (and the generated AUTH_SECRET beside it) is pinned here to
// the project folder first. Plain JavaScript: runs without tsx.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { port: { type: 'string', short: 'p' }, hostname: { type: 'string', short: 'H' } } });
const server = path.resolve('.next/standalone/server.js');
if (!fs.existsSync(server)) {
  console.error('No production build here: run `npm run build` first.');
  process.exit(1);
}
const dataDir = process.env.PGLITE_DATA_DIR || '.data/pglite';
if (dataDir !== 'memory://') process.env.PGLITE_DATA_DIR = path.resolve(dataDir);
process.env.PORT = values.port ?? process.env.PORT ?? '3000';
// Not HOSTNAME from the shell, which names the machine: the address to listen on.
process.env.HOSTNAME = values.hostname ?? '0.0.0.0';
process.env.NODE_ENV = 'production';
process.env.NEXT_TELEMETRY_DISABLED = '1';
await import(server);
