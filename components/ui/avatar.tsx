import { AVATAR_CHOICES } from '@/lib/limits';

// A person's generated avatar: their initials on one of AVATAR_CHOICES colours, the one they chose on
// their profile or else the one their handle gives, so it is the same on every page and needs no image.
// Decorative next to the name it stands for (aria-hidden). White initials on each colour pass WCAG AA.

const HUES = [340, 12, 38, 150, 190, 215, 260, 290].slice(0, AVATAR_CHOICES);
export { AVATAR_CHOICES };

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

export function Avatar({ name, handle, choice = null, size = 40 }: { name: string; handle: string; choice?: number | null; size?: number }) {
  const hue = choice !== null && choice >= 0 && choice < HUES.length ? HUES[choice] : hueOf(handle);
  return (
    <span
      aria-hidden="true"
      style={{ width: size, height: size, fontSize: size * 0.4, backgroundColor: `hsl(${hue} 55% 32%)` }}
      className="inline-flex shrink-0 items-center justify-center rounded-full font-bold text-white"
    >
      {initials(name)}
    </span>
  );
}
