// A comment's text in the small Markdown of lib/comment-markup.ts: every piece is text escaped by React,
// web addresses are links marked as user content, and spoilers stay folded in <details> until the reader
// opens them (no JavaScript needed; screen readers announce a collapsed "Spoiler" control).
import { Fragment } from 'react';
import { parseComment, type Inline, type Mention } from '@/lib/comment-markup';

const SPOILER_SUMMARY = 'inline cursor-pointer list-none rounded bg-zinc-800 px-1.5 text-sm font-semibold text-white dark:bg-zinc-200 dark:text-zinc-900 [&::-webkit-details-marker]:hidden';

function Runs({ inlines }: { inlines: Inline[] }) {
  return inlines.map((n, i) => {
    switch (n.type) {
      case 'text':
        return <Fragment key={i}>{n.text}</Fragment>;
      case 'code':
        return (
          <code key={i} className="rounded bg-zinc-100 px-1 font-mono text-[0.9em] dark:bg-zinc-800">
            {n.text}
          </code>
        );
      case 'link':
        return (
          <a key={i} href={n.href} rel="nofollow ugc noopener noreferrer" target="_blank" className="break-all text-brand-700 underline dark:text-brand-500">
            {n.href}
          </a>
        );
      case 'mention':
        return (
          <a key={i} href={`/people/${n.handle}`} className="font-semibold text-brand-700 hover:underline dark:text-brand-500">
            @{n.name}
          </a>
        );
      case 'strong':
        return <strong key={i}><Runs inlines={n.children} /></strong>;
      case 'em':
        return <em key={i}><Runs inlines={n.children} /></em>;
      case 'del':
        return <del key={i}><Runs inlines={n.children} /></del>;
      case 'spoiler':
        return (
          <details key={i} className="inline [&[open]>summary]:hidden">
            <summary className={SPOILER_SUMMARY}>Spoiler (show)</summary>
            <span className="rounded bg-zinc-100 px-0.5 dark:bg-zinc-800">
              <Runs inlines={n.children} />
            </span>
          </details>
        );
    }
  });
}

function Lines({ lines }: { lines: Inline[][] }) {
  return lines.map((line, i) => (
    <Fragment key={i}>
      {i > 0 && <br />}
      <Runs inlines={line} />
    </Fragment>
  ));
}

function Blocks({ text, mentions }: { text: string; mentions: readonly Mention[] }) {
  return parseComment(text, mentions).map((block, i) => {
    if (block.type === 'quote') {
      return (
        <blockquote key={i} className="border-l-4 border-zinc-300 pl-3 text-zinc-700 dark:border-zinc-600 dark:text-zinc-300">
          <Lines lines={block.lines} />
        </blockquote>
      );
    }
    if (block.type === 'list') {
      const List = block.ordered ? 'ol' : 'ul';
      return (
        <List key={i} className={`pl-6 ${block.ordered ? 'list-decimal' : 'list-disc'}`}>
          {block.items.map((item, j) => (
            <li key={j}>
              <Runs inlines={item} />
            </li>
          ))}
        </List>
      );
    }
    // A <div>, not a <p>: an inline spoiler is a <details>, which a paragraph may not hold.
    return (
      <div key={i}>
        <Lines lines={block.lines} />
      </div>
    );
  });
}

/** The comment's text; a comment marked as containing spoilers stays folded as a whole until opened. */
export function CommentBody({ text, spoilers = false, mentions = [] }: { text: string; spoilers?: boolean; mentions?: readonly Mention[] }) {
  const body = (
    <div className="flex flex-col gap-2 break-words">
      <Blocks text={text} mentions={mentions} />
    </div>
  );
  if (!spoilers) return body;
  return (
    <details className="rounded-lg border border-zinc-300 p-2 dark:border-zinc-700">
      <summary className="cursor-pointer text-sm font-semibold">This comment contains spoilers. Show it</summary>
      <div className="mt-2">{body}</div>
    </details>
  );
}
