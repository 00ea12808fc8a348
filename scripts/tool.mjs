// Runs an operator tool (npm run db:migrate, admin:create, db:backup, db:restore): from its TypeScript
// source with tsx where the dev dependencies are installed, otherwise the bundle `npm run build` made of
// it in .next/standalone/tools (what a production install, `npm ci --omit=dev`, and the Docker image
// have). Plain JavaScript: it must run without tsx.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const [name, ...args] = process.argv.slice(2);
const source = path.resolve('scripts', `${name}.ts`);
const built = path.resolve('.next/standalone/tools', `${name}.mjs`);
let hasTsx = false;
try {
  createRequire(import.meta.url).resolve('tsx');
  hasTsx = true;
} catch {
  // a production install
}
const command = hasTsx && fs.existsSync(source) ? ['--conditions=react-server', '--import', 'tsx', source, ...args] : fs.existsSync(built) ? [built, ...args] : null;
if (!command) {
  console.error(`Cannot run ${name}: no tsx (dev dependencies) and no built copy at ${path.relative('.', built)}. Run npm run build where the dev dependencies are installed.`);
  process.exit(1);
}
const result = spawnSync(process.execPath, command, { stdio: 'inherit' });
process.exit(result.status ?? 1);
