// Comment text: plain text with its line breaks; web addresses become links marked as user content.
// Everything else is text, escaped by React.
import { URL_PATTERN } from '@/lib/comment-links';

function splitTrailingPunctuation(url: string): [string, string] {
  const match = /[.,;:!?)\]]+$/.exec(url);
  return match ? [url.slice(0, match.index), match[0]] : [url, ''];
}

export function CommentBody({ text }: { text: string }) {
  const parts: React.ReactNode[] = [];
  let last = 0;
  for (const match of text.matchAll(URL_PATTERN)) {
    const [url, trailing] = splitTrailingPunctuation(match[0]);
    parts.push(text.slice(last, match.index));
    parts.push(
      <a key={match.index} href={url} rel="nofollow ugc noopener noreferrer" target="_blank" className="break-all text-brand-700 underline dark:text-brand-500">
        {url}
      </a>,
    );
    last = match.index + url.length;
    if (trailing) {
      parts.push(trailing);
      last += trailing.length;
    }
  }
  parts.push(text.slice(last));
  return <p className="whitespace-pre-wrap break-words">{parts}</p>;
}
