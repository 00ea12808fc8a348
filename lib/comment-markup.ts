// The small Markdown of comments, parsed once into plain data that components/comments/comment-body.tsx
// renders as React elements (so everything is text escaped by React; there is no HTML to sanitise).
// Blocks: paragraphs (line breaks kept), quotes ("> "), lists ("- ", "* ", "1. "). Inline: **bold**,
// *italic* or _italic_, ~~strikethrough~~, `code`, ||spoiler|| and web addresses (http and https, as
// before) and @mentions of the people the comment references (lib/dal/mentions.ts). Nothing else: no images, headings, raw HTML or [text](hidden address) links. A backslash
// keeps the next mark as it is ("\*"). The stored text is always exactly what the author typed.
import { URL_PATTERN } from './comment-links';

export type Inline =
  | { type: 'text'; text: string }
  | { type: 'code'; text: string }
  | { type: 'link'; href: string }
  | { type: 'mention'; name: string; handle: string }
  | { type: 'strong' | 'em' | 'del' | 'spoiler'; children: Inline[] };

export type Block = { type: 'paragraph'; lines: Inline[][] } | { type: 'quote'; lines: Inline[][] } | { type: 'list'; ordered: boolean; items: Inline[][] };

const BULLET = /^\s{0,3}[-*]\s+(.*)$/;
const NUMBERED = /^\s{0,3}\d{1,3}[.)]\s+(.*)$/;
const QUOTE = /^\s{0,3}>\s?(.*)$/;

/** A person the comment mentions: the name as it was typed after "@", and their profile's handle. */
export type Mention = { name: string; handle: string };

/** The comment as blocks of inline runs. */
export function parseComment(text: string, mentions: readonly Mention[] = []): Block[] {
  const inline = (line: string) => parseLine(line, mentions);
  const blocks: Block[] = [];
  const lines = text.split('\n');
  let i = 0;
  while (i < lines.length) {
    const line = lines[i];
    if (!line.trim()) {
      i++;
      continue;
    }
    const take = (pattern: RegExp) => {
      const run: string[] = [];
      while (i < lines.length && pattern.test(lines[i])) run.push(pattern.exec(lines[i++])![1]);
      return run;
    };
    if (QUOTE.test(line)) blocks.push({ type: 'quote', lines: take(QUOTE).map(inline) });
    else if (BULLET.test(line)) blocks.push({ type: 'list', ordered: false, items: take(BULLET).map(inline) });
    else if (NUMBERED.test(line)) blocks.push({ type: 'list', ordered: true, items: take(NUMBERED).map(inline) });
    else {
      const run: string[] = [];
      while (i < lines.length && lines[i].trim() && !QUOTE.test(lines[i]) && !BULLET.test(lines[i]) && !NUMBERED.test(lines[i])) run.push(lines[i++]);
      blocks.push({ type: 'paragraph', lines: run.map(inline) });
    }
  }
  return blocks;
}

// Marks that wrap inline runs, longest first so "**" is not read as two "*".
const WRAPS: { mark: string; type: 'strong' | 'em' | 'del' | 'spoiler' }[] = [
  { mark: '||', type: 'spoiler' },
  { mark: '**', type: 'strong' },
  { mark: '~~', type: 'del' },
  { mark: '*', type: 'em' },
  { mark: '_', type: 'em' },
];

export const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);

/** Where the closing `mark` of a run opened at `from` is, or -1 (emphasis may not start or end with a space). */
function closing(text: string, mark: string, from: number): number {
  let at = text.indexOf(mark, from);
  while (at !== -1) {
    const inner = text.slice(from, at);
    const flanked = inner.length > 0 && !/^\s/.test(inner) && !/\s$/.test(inner);
    // "_" only at word edges, so snake_case_names stay as they are.
    const edges = mark !== '_' || !isWordChar(text[at + 1]);
    if (flanked && edges && text[at - 1] !== '\\') return at;
    at = text.indexOf(mark, at + 1);
  }
  return -1;
}

export function parseInline(text: string, mentions: readonly Mention[] = []): Inline[] {
  return parseLine(text, mentions);
}

function parseLine(text: string, mentions: readonly Mention[]): Inline[] {
  const out: Inline[] = [];
  let plain = '';
  const flush = () => {
    if (plain) out.push(...linkify(plain).flatMap((n) => (n.type === 'text' ? mentionify(n.text, mentions) : [n])));
    plain = '';
  };
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === '\\' && i + 1 < text.length && /[\\`*_~|]/.test(text[i + 1])) {
      plain += text[i + 1];
      i += 2;
      continue;
    }
    if (c === '`') {
      const end = text.indexOf('`', i + 1);
      if (end > i + 1) {
        flush();
        out.push({ type: 'code', text: text.slice(i + 1, end) });
        i = end + 1;
        continue;
      }
    }
    const wrap = WRAPS.find((w) => text.startsWith(w.mark, i) && (w.mark !== '_' || !isWordChar(text[i - 1])));
    if (wrap) {
      const end = closing(text, wrap.mark, i + wrap.mark.length);
      if (end !== -1) {
        flush();
        out.push({ type: wrap.type, children: parseLine(text.slice(i + wrap.mark.length, end), mentions) });
        i = end + wrap.mark.length;
        continue;
      }
    }
    // A web address is copied whole, so marks inside it (a_b, ~x) stay part of the address.
    const url = text[i] === 'h' || text[i] === 'H' ? new RegExp(URL_PATTERN.source, 'iy') : null;
    if (url) {
      url.lastIndex = i;
      const m = url.exec(text);
      if (m && (i === 0 || !isWordChar(text[i - 1]))) {
        plain += m[0];
        i += m[0].length;
        continue;
      }
    }
    plain += c;
    i++;
  }
  flush();
  return out;
}

function trailingPunctuation(url: string): [string, string] {
  const match = /[.,;:!?)\]]+$/.exec(url);
  return match ? [url.slice(0, match.index), match[0]] : [url, ''];
}

/** Plain text with its web addresses as links (trailing punctuation left outside). */
function linkify(text: string): Inline[] {
  const out: Inline[] = [];
  let last = 0;
  for (const match of text.matchAll(URL_PATTERN)) {
    const [href, trailing] = trailingPunctuation(match[0]);
    if (match.index > last) out.push({ type: 'text', text: text.slice(last, match.index) });
    out.push({ type: 'link', href });
    last = match.index + href.length;
    if (trailing) {
      out.push({ type: 'text', text: trailing });
      last += trailing.length;
    }
  }
  if (last < text.length) out.push({ type: 'text', text: text.slice(last) });
  return out;
}


/** Plain text with the "@name" of each mentioned person as a mention (whole names only, longest first). */
function mentionify(text: string, mentions: readonly Mention[]): Inline[] {
  if (mentions.length === 0 || !text.includes('@')) return [{ type: 'text', text }];
  const byLength = [...mentions].sort((a, b) => b.name.length - a.name.length);
  const out: Inline[] = [];
  let plain = '';
  let i = 0;
  while (i < text.length) {
    const found = text[i] === '@' && !isWordChar(text[i - 1]) ? byLength.find((m) => text.startsWith(m.name, i + 1) && !isWordChar(text[i + 1 + m.name.length])) : undefined;
    if (found) {
      if (plain) out.push({ type: 'text', text: plain });
      plain = '';
      out.push({ type: 'mention', name: found.name, handle: found.handle });
      i += 1 + found.name.length;
    } else {
      plain += text[i++];
    }
  }
  if (plain) out.push({ type: 'text', text: plain });
  return out;
}

/**
 * What follows each "@" that may start a mention, up to `length` characters: in the comment's plain text
 * only (not in code or web addresses), so a name is matched where it will be shown as a mention.
 */
export function mentionTails(text: string, length: number): string[] {
  const tails: string[] = [];
  const walk = (inlines: Inline[]) => {
    for (const n of inlines) {
      if (n.type === 'text') {
        for (let at = n.text.indexOf('@'); at !== -1; at = n.text.indexOf('@', at + 1)) {
          const tail = n.text.slice(at + 1, at + 1 + length);
          if (!isWordChar(n.text[at - 1]) && tail && !/^\s/.test(tail)) tails.push(tail);
        }
      } else if (n.type !== 'code' && n.type !== 'link' && n.type !== 'mention') walk(n.children);
    }
  };
  for (const block of parseComment(text)) (block.type === 'list' ? block.items : block.lines).forEach(walk);
  return tails;
}

/** The comment as plain text with spoilers left out, for anything that shows a comment out of its thread. */
export function spoilerFreeText(text: string, wholeCommentIsSpoiler: boolean): string {
  if (wholeCommentIsSpoiler) return '[Spoiler]';
  const words = (inlines: Inline[]): string =>
    inlines
      .map((n) =>
        n.type === 'spoiler' ? '[spoiler]' : n.type === 'text' || n.type === 'code' ? n.text : n.type === 'link' ? n.href : n.type === 'mention' ? `@${n.name}` : words(n.children),
      )
      .join('');
  return parseComment(text)
    .map((b) => (b.type === 'list' ? b.items : b.lines).map(words).join('\n'))
    .join('\n\n');
}
