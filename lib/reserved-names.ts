// Names a reader may not take, so nobody passes for the site's staff: words that say "staff" (admin,
// moderator, official, the site's own name…), and anything that reads like a staff member's name.
// Names are compared on the folded form of lib/text-folding.ts (case, width, look-alike letters,
// invisible characters) with digits read as the letters they imitate ("Adm1n" is "admin").
import { foldForMatching } from '@/lib/text-folding';

const RESERVED_WORDS = new Set([
  'admin', 'admins', 'administrator', 'administrators', 'moderator', 'moderators', 'mod', 'mods', 'staff', 'official',
  'hallyu', 'editor', 'editors', 'support', 'sysop', 'helpdesk', 'webmaster',
  '관리자', '운영자', '운영진', '스태프', '공식', '할류',
]);

const LEET: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', $: 's', '!': 'i', '|': 'l' };

function words(name: string): string[] {
  const split = name.replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2'); // "TheAdmin" is "The Admin"
  return foldForMatching(split)
    .split(/[^\p{L}\p{N}@$!|]+/u)
    .filter(Boolean);
}

/** The name as one run of letters, digits read as letters: what two names that look alike share. */
export function nameSkeleton(name: string): string {
  return words(name)
    .join('')
    .replace(/[0-9@$!|]/g, (c) => LEET[c] ?? '')
    .replace(/l/g, 'i'); // l and I look the same in most fonts
}

function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const [x, y] = [a.slice(i), b.slice(i)];
  return x.slice(1) === y.slice(1) || x.slice(1) === y || x === y.slice(1);
}

/**
 * Why a reader cannot take this name, or null. `staffNames`: the names of current staff; a name that
 * reads the same (or one letter off, for names of 6 letters or more) is theirs.
 */
export function reservedNameProblem(name: string, staffNames: string[]): string | null {
  const reserved = words(name).some((w) => {
    const letters = w.replace(/[0-9@$!|]/g, (c) => LEET[c] ?? '');
    return RESERVED_WORDS.has(w) || RESERVED_WORDS.has(w.replace(/\d+$/, '')) || RESERVED_WORDS.has(letters);
  });
  if (reserved) return 'This name is reserved for the Hallyu team. Choose another.';
  const skeleton = nameSkeleton(name);
  const taken = staffNames.some((staff) => {
    const other = nameSkeleton(staff);
    return other === skeleton || (other.length >= 6 && withinOneEdit(other, skeleton));
  });
  return taken ? 'This name is too close to a staff member’s. Choose another.' : null;
}
