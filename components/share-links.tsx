import { CopyLinkButton } from '@/components/copy-link-button';

// Plain links to each network's share page: no third-party script runs, nothing loads until clicked.
export function ShareLinks({ url, title }: { url: string; title: string }) {
  const u = encodeURIComponent(url);
  const t = encodeURIComponent(title);
  const links = [
    { name: 'X', href: `https://x.com/intent/post?url=${u}&text=${t}` },
    { name: 'Facebook', href: `https://www.facebook.com/sharer/sharer.php?u=${u}` },
    { name: 'WhatsApp', href: `https://wa.me/?text=${encodeURIComponent(`${title} ${url}`)}` },
  ];
  const itemClass = 'rounded-full border border-zinc-300 px-3 py-1 text-sm font-medium hover:border-brand-500 dark:border-zinc-700';
  return (
    <nav aria-label="Share this article" className="flex flex-wrap items-center gap-2">
      <span className="text-sm text-zinc-600 dark:text-zinc-400">Share:</span>
      <CopyLinkButton url={url} className={itemClass} />
      {links.map((l) => (
        <a key={l.name} href={l.href} target="_blank" rel="noopener noreferrer" className={itemClass}>
          {l.name}
          <span className="sr-only"> (opens in a new tab)</span>
        </a>
      ))}
    </nav>
  );
}
