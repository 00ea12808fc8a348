import Image from 'next/image';
import type { WatchCta } from '@/db/schema';

export function WatchCtaCard({ cta }: { cta: WatchCta }) {
  return (
    <aside aria-label="Watch now" className="my-8 flex items-center justify-between gap-4 rounded-xl border border-brand-500/40 bg-brand-50 p-5 dark:bg-brand-700/15">
      {cta.image && <Image src={cta.image} alt="" width={160} height={90} sizes="160px" className="hidden aspect-video w-32 shrink-0 rounded-lg object-cover sm:block" />}
      <div className="flex-1">
        <p className="text-xs font-semibold uppercase tracking-wide text-brand-700 dark:text-brand-500">Latest episode</p>
        <p className="text-lg font-bold">{cta.title}</p>
        <p className="text-sm text-zinc-700 dark:text-zinc-300">Streaming on {cta.platform}</p>
      </div>
      <a
        href={cta.url}
        target="_blank"
        rel="noopener noreferrer sponsored"
        className="shrink-0 rounded-full bg-brand-600 px-5 py-2 font-semibold text-white hover:bg-brand-700"
      >
        Watch now<span className="sr-only"> on {cta.platform} (opens in a new tab)</span>
      </a>
    </aside>
  );
}
