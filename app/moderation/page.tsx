import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { LogTable } from '@/components/moderation/log-table';
import { QueueForm } from '@/components/moderation/queue-form';
import { listLog, listQueue, type Tab } from '@/lib/dal/moderation-queue';
import { getViewer } from '@/lib/viewer';

// Renders in one pass with its data, like every page (see app/layout.tsx).
export const instant = false;

export const metadata: Metadata = { title: 'Moderation', robots: { index: false } };

const TABS: { value: Tab | 'log'; label: string }[] = [
  { value: 'reported', label: 'Reported' },
  { value: 'pending', label: 'Pending' },
  { value: 'hidden', label: 'Hidden' },
  { value: 'log', label: 'Log' },
];

type Props = { searchParams: Promise<{ tab?: string; after?: string }> };

export default async function ModerationPage({ searchParams }: Props) {
  await connection();
  const viewer = await getViewer();
  const params = await searchParams;
  const tab = TABS.find((t) => t.value === params.tab)?.value ?? 'reported';
  const after = typeof params.after === 'string' ? params.after.slice(0, 60) : undefined;

  const content =
    tab === 'log'
      ? await listLog(viewer?.id ?? null, after && /^\d+$/.test(after) ? Number(after) : undefined)
      : await listQueue(viewer?.id ?? null, tab, after);
  if (!content) notFound();
  const next = content.nextCursor ? `/moderation?tab=${tab}&after=${encodeURIComponent(content.nextCursor)}` : null;

  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-3xl font-extrabold">Moderation</h1>
      <nav aria-label="Queues" className="flex gap-2">
        {TABS.map((t) => (
          <Link
            key={t.value}
            href={`/moderation?tab=${t.value}`}
            aria-current={t.value === tab ? 'page' : undefined}
            className={`rounded-full px-4 py-1.5 text-sm font-semibold ${t.value === tab ? 'bg-brand-600 text-white' : 'border border-zinc-300 dark:border-zinc-700'}`}
          >
            {t.label}
          </Link>
        ))}
      </nav>
      {'entries' in content ? <LogTable entries={content.entries} /> : <QueueForm key={`${tab}-${after}`} tab={tab as Tab} items={content.items} />}
      <div className="flex justify-between text-sm">
        {after ? <Link href={`/moderation?tab=${tab}`} className="underline">First page</Link> : <span />}
        {next && (
          <Link href={next} rel="next" className="font-semibold underline">
            Next page
          </Link>
        )}
      </div>
    </div>
  );
}
