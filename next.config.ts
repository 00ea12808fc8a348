import path from 'node:path';
import type { NextConfig } from 'next';
import { NEWSROOM_FORM_BODY_BYTES } from './lib/limits';
import { HSTS_HEADER, STATIC_SECURITY_HEADERS } from './lib/security-headers';

const nextConfig: NextConfig = {
  // What ships: `node .next/standalone/server.js` with only the files it needs (scripts/finish-build.mjs
  // adds the static assets, migrations and operator tools). The suites run this same server.
  output: 'standalone',
  // A build's identity (DEPLOYMENT_ID at build time, e.g. the commit): during a rolling deploy a browser
  // holding pages of the old build is sent to a full page load instead of calling code that is gone.
  deploymentId: process.env.DEPLOYMENT_ID || undefined,
  // Read from disk at run time (db/config.ts), so the tracer cannot see them.
  outputFileTracingIncludes: { '/*': ['./db/migrations/**/*'] },
  // Pages prerender only a static shell; every database read happens at request time (after connection()).
  cacheComponents: true,
  partialPrefetching: true,
  // PGlite ships WebAssembly and data files that must be loaded from node_modules, not bundled.
  serverExternalPackages: ['@electric-sql/pglite', '@node-rs/argon2', 'pino', 'prom-client', 'nodemailer'],
  allowedDevOrigins: ['127.0.0.1', 'localhost'],
  // proxy.ts answers anonymous page loads from the page cache, so it must see what Next.js otherwise
  // strips before the proxy runs: the RSC headers and `_rsc` query of client-side navigations and
  // prefetches, which must never get a cached HTML page.
  skipProxyUrlNormalize: true,
  poweredByHeader: false,
  // 'use cache' entries whose tags were expired by a write anywhere (this instance, another one, a
  // script) are not served again: lib/cache/use-cache-handler.mjs.
  cacheHandlers: { default: path.resolve('lib/cache/use-cache-handler.mjs') },
  // Server actions take small forms (lib/limits.ts): proxy.ts answers a larger declared body with a clear
  // 413 (the newsroom's editor may send more); this caps what Next.js reads of any action's body.
  experimental: { serverActions: { bodySizeLimit: NEWSROOM_FORM_BODY_BYTES } },
  images: {
    formats: ['image/avif', 'image/webp'],
  },
  async headers() {
    const production = process.env.NODE_ENV === 'production';
    return [{ source: '/:path*', headers: [...STATIC_SECURITY_HEADERS, ...(production ? [HSTS_HEADER] : [])] }];
  },
};

export default nextConfig;
