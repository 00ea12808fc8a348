import type { FieldDiff } from '@/lib/revision-diff';

// One revision's changes: removed words struck through in red, added ones underlined in green (and
// named for screen readers), long unchanged stretches shortened.
const CONTEXT = 160;

function shorten(text: string): string {
  return text.length > CONTEXT * 2 ? `${text.slice(0, CONTEXT)} … ${text.slice(-CONTEXT)}` : text;
}

export function RevisionDiff({ diffs }: { diffs: FieldDiff[] }) {
  if (diffs.length === 0) return <p className="text-sm">No content changed in this revision (only where the article is in the workflow).</p>;
  return (
    <dl className="flex flex-col gap-4">
      {diffs.map((d) => (
        <div key={d.field} className="flex flex-col gap-1">
          <dt className="font-semibold">{d.label}</dt>
          <dd className="whitespace-pre-wrap break-words rounded-lg bg-zinc-50 p-3 font-mono text-sm dark:bg-zinc-900">
            {d.parts.map((p, i) =>
              p.kind === 'added' ? (
                <ins key={i} className="bg-green-100 text-green-900 dark:bg-green-900/40 dark:text-green-200">
                  <span className="sr-only">[added: </span>
                  {p.text}
                  <span className="sr-only">]</span>
                </ins>
              ) : p.kind === 'removed' ? (
                <del key={i} className="bg-red-100 text-red-900 dark:bg-red-900/40 dark:text-red-200">
                  <span className="sr-only">[removed: </span>
                  {p.text}
                  <span className="sr-only">]</span>
                </del>
              ) : (
                <span key={i}>{shorten(p.text)}</span>
              ),
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}
