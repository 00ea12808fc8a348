// A person's generated avatar: their initials on a colour taken from their handle, so it is the same on
// every page and needs no image. Decorative next to the name it stands for (aria-hidden).
const HUES = [340, 12, 38, 150, 190, 215, 260, 290];

function initials(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const letters = words.length > 1 ? [words[0], words[words.length - 1]].map((w) => [...w][0]) : [...(words[0] ?? '?')].slice(0, 2);
  return letters.join('').toUpperCase();
}

function hueOf(handle: string): number {
  let sum = 0;
  for (const c of handle) sum = (sum * 31 + c.charCodeAt(0)) % 9973;
  return HUES[sum % HUES.length];
}

export function Avatar({ name, handle, size = 40 }: { name: string; handle: string; size?: number }) {
  return (
    <span
      aria-hidden="true"
      style={{ width: size, height: size, fontSize: size * 0.4, backgroundColor: `hsl(${hueOf(handle)} 55% 32%)` }}
      className="inline-flex shrink-0 items-center justify-center rounded-full font-bold text-white"
    >
      {initials(name)}
    </span>
  );
}
