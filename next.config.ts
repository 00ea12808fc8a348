import type { NextConfig } from 'next';

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
};

export default nextConfig;
