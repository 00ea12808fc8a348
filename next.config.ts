import type { NextConfig } from 'next';
import { HSTS_HEADER, STATIC_SECURITY_HEADERS } from './lib/security-headers';

const nextConfig: NextConfig = {
  // Pages prerender only a static shell; every database read happens at request time (after connection()).
  cacheComponents: true,
  partialPrefetching: true,
  // PGlite ships WebAssembly and data files that must be loaded from node_modules, not bundled.
  serverExternalPackages: ['@electric-sql/pglite'],
  allowedDevOrigins: ['127.0.0.1', 'localhost'],
  poweredByHeader: false,
  images: {
    formats: ['image/avif', 'image/webp'],
  },
  async headers() {
    const production = process.env.NODE_ENV === 'production';
    return [{ source: '/:path*', headers: [...STATIC_SECURITY_HEADERS, ...(production ? [HSTS_HEADER] : [])] }];
  },
};

export default nextConfig;
