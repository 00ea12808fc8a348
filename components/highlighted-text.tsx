import { MARK_END, MARK_START } from '@/lib/dal/search';

// Search highlights arrive as text with marker characters; they become <mark> elements here, and
// everything else stays text, escaped by React.
export function HighlightedText({ text }: { text: string }) {
  const parts = text.split(new RegExp(`(${MARK_START}[^${MARK_END}]*${MARK_END})`));
  return (
    <>
      {parts.map((part, i) =>
        part.startsWith(MARK_START) ? (
          <mark key={i} className="rounded bg-yellow-200 px-0.5 text-zinc-900 dark:bg-yellow-300">
            {part.slice(1, -1)}
          </mark>
        ) : (
          part
        ),
      )}
    </>
  );
}
