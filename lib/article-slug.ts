// An article's address from its title: lower-case ASCII words joined by hyphens (lib/dal/articles.ts's
// SLUG_PATTERN). Korean titles are romanized (Revised Romanization, syllable by syllable, with a final
// consonant carried over to a following vowel, as it is pronounced: 사랑의 → sarangui, 눈물을 → nunmureul),
// accented Latin letters lose their accents, and anything else (emoji, other scripts) is dropped.

export const MAX_SLUG_LENGTH = 120;

const INITIALS = ['g', 'kk', 'n', 'd', 'tt', 'r', 'm', 'b', 'pp', 's', 'ss', '', 'j', 'jj', 'ch', 'k', 't', 'p', 'h'];
const VOWELS = ['a', 'ae', 'ya', 'yae', 'eo', 'e', 'yeo', 'ye', 'o', 'wa', 'wae', 'oe', 'yo', 'u', 'wo', 'we', 'wi', 'yu', 'eu', 'ui', 'i'];
// A final consonant at the end of a word or before a consonant ...
const FINALS = ['', 'k', 'k', 'k', 'n', 'n', 'n', 't', 'l', 'k', 'm', 'l', 'l', 'l', 'p', 'l', 'm', 'p', 'p', 't', 't', 'ng', 't', 't', 'k', 't', 'p', 't'];
// ... and before a vowel, where it is heard as the next syllable's first sound.
const FINALS_BEFORE_VOWEL = ['', 'g', 'kk', 'ks', 'n', 'nj', 'n', 'd', 'r', 'lg', 'lm', 'lb', 'ls', 'lt', 'lp', 'r', 'm', 'b', 'bs', 's', 'ss', 'ng', 'j', 'ch', 'k', 't', 'p', ''];

const HANGUL_FIRST = 0xac00;
const HANGUL_LAST = 0xd7a3;

const isHangul = (code: number) => code >= HANGUL_FIRST && code <= HANGUL_LAST;

/** Hangul syllables in Latin letters; everything else unchanged. */
export function romanizeHangul(text: string): string {
  const chars = [...text];
  let out = '';
  chars.forEach((char, i) => {
    const code = char.codePointAt(0)!;
    if (!isHangul(code)) {
      out += char;
      return;
    }
    const index = code - HANGUL_FIRST;
    const initial = Math.floor(index / 588);
    const vowel = Math.floor((index % 588) / 28);
    const final = index % 28;
    const next = chars[i + 1]?.codePointAt(0);
    const nextStartsWithVowel = next !== undefined && isHangul(next) && Math.floor((next - HANGUL_FIRST) / 588) === 11;
    out += INITIALS[initial] + VOWELS[vowel] + (nextStartsWithVowel ? FINALS_BEFORE_VOWEL[final] : FINALS[final]);
  });
  return out;
}

/** The slug a title suggests ('' when nothing in it can be written in a slug). */
export function slugFromTitle(title: string): string {
  const latin = romanizeHangul(title.normalize('NFC'))
    .normalize('NFKD')
    .replace(/\p{M}/gu, '') // accents, once decomposed
    .toLowerCase()
    .replace(/['’]/g, '') // "it's" → "its", not "it-s"
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (latin.length <= MAX_SLUG_LENGTH) return latin;
  const cut = latin.slice(0, MAX_SLUG_LENGTH);
  return (cut.includes('-') ? cut.slice(0, cut.lastIndexOf('-')) : cut).replace(/-+$/, '');
}
