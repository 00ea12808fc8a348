import type { Metadata, Viewport } from 'next';
import { GeistSans } from 'geist/font/sans';
import { SiteFooter } from '@/components/site-footer';
import { SiteHeader } from '@/components/site-header';
import { siteUrl } from '@/lib/site';
import './globals.css';

// Every page renders in one pass, header included, instead of streaming parts into hidden placeholders:
// the HTML is complete and every form works without JavaScript.
export const instant = false;

export const metadata: Metadata = {
  metadataBase: new URL(siteUrl()),
  title: { default: 'Hallyu: K-drama and K-pop news', template: '%s | Hallyu' },
  description: 'News, episode recaps and making-of videos for K-drama and K-pop fans, and a place to talk about them.',
  alternates: { types: { 'application/rss+xml': [{ url: '/feed.xml', title: 'Hallyu' }] } },
};

export const viewport: Viewport = {
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#ffffff' },
    { media: '(prefers-color-scheme: dark)', color: '#09090b' },
  ],
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    // The proxy may add data-personalize to the shared copy (components/personal-view.ts).
    <html lang="en" className={GeistSans.variable} suppressHydrationWarning>
      <body className="flex min-h-screen flex-col font-sans">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-4 focus:top-4 focus:z-50 focus:rounded focus:bg-white focus:px-4 focus:py-2 focus:text-zinc-900"
        >
          Skip to content
        </a>
        <SiteHeader />
        <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-8">
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
