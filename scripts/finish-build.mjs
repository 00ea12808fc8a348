// Runs after `next build` (npm run build): completes the standalone server in .next/standalone, which is
// what ships (Dockerfile) and what the suites start. Next.js leaves out the static assets, which a CDN
// would usually serve; this server serves them itself. Plain JavaScript: it must run without tsx.
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const standalone = path.join(root, '.next', 'standalone');
if (!fs.existsSync(path.join(standalone, 'server.js'))) {
  console.error('finish-build: .next/standalone/server.js is missing; is output: "standalone" still set in next.config.ts?');
  process.exit(1);
}

for (const [from, to] of [
  ['.next/static', '.next/standalone/.next/static'],
  ['public', '.next/standalone/public'],
]) {
  fs.rmSync(path.join(root, to), { recursive: true, force: true });
  fs.cpSync(path.join(root, from), path.join(root, to), { recursive: true });
}
console.log('finish-build: static assets copied into .next/standalone');
