// Runs after `next build` (npm run build): completes the standalone server in .next/standalone, which is
// what ships (Dockerfile) and what the suites start. Next.js leaves out the static assets, which a CDN
// would usually serve; this server serves them itself. It also bundles the operator tools into
// .next/standalone/tools, so they run where only the production dependencies are (scripts/tool.mjs).
import fs from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';

const TOOLS = ['migrate', 'create-admin', 'db-backup', 'db-restore'];

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

// What the standalone server has in its node_modules stays outside the bundles (native code, WebAssembly
// and data files load from there); the rest (drizzle, zod, the app's own code) is bundled in.
const shipped = fs.readdirSync(path.join(standalone, 'node_modules')).flatMap((name) =>
  name.startsWith('@') ? fs.readdirSync(path.join(standalone, 'node_modules', name)).map((sub) => `${name}/${sub}`) : [name],
);
await build({
  entryPoints: Object.fromEntries(TOOLS.map((tool) => [tool, path.join(root, 'scripts', `${tool}.ts`)])),
  outdir: path.join(standalone, 'tools'),
  outExtension: { '.js': '.mjs' },
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  conditions: ['react-server'], // 'server-only' is empty there, as in the server's own bundles
  external: shipped,
  banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
  logLevel: 'warning',
});
console.log(`finish-build: static assets copied and ${TOOLS.join(', ')} bundled into .next/standalone`);
