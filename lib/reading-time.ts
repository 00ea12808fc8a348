// Minutes to read a Markdown body at an unhurried 220 words a minute, never less than one.
export function readingMinutes(markdown: string): number {
  const words = markdown.replace(/[#>*_`|\-[\]()!]/g, ' ').split(/\s+/).filter(Boolean).length;
  return Math.max(1, Math.round(words / 220));
}
