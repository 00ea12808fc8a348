// Security headers, in one place. The CSP carries a per-request nonce (set by proxy.ts); the rest are
// static and also served with static files (next.config.ts).
import { VIDEO_PROVIDERS } from './video-providers';

export function buildCsp(nonce: string, options: { dev: boolean; oauthHosts: string[] }): string {
  const directives = [
    `default-src 'self'`,
    // Only scripts carrying this request's nonce run, and what they load ('strict-dynamic'). No inline
    // script without the nonce, no eval outside development (React's dev build needs it).
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${options.dev ? ` 'unsafe-eval'` : ''}`,
    // Inline style attributes come from React and next/image; styles cannot run code.
    `style-src 'self' 'unsafe-inline'`,
    `img-src 'self' data: blob:`,
    `font-src 'self'`,
    `connect-src 'self'${options.dev ? ' ws: wss:' : ''}`,
    // The video facade's player (each provider's), and only after a click.
    `frame-src ${Object.values(VIDEO_PROVIDERS).map((p) => p.origin).join(' ')}`,
    `object-src 'none'`,
    `base-uri 'self'`,
    `form-action 'self'${options.oauthHosts.map((h) => ` ${h}`).join('')}`,
    `frame-ancestors 'none'`,
  ];
  return directives.join('; ');
}

export const STATIC_SECURITY_HEADERS = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()' },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
];

export const HSTS_HEADER = { key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' };
