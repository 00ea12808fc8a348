// Text that looks like nothing, and text that looks like something else. Stored text keeps what the
// person typed (NFKC would rewrite Korean compatibility jamo such as ㅠㅠ); these forms are only used
// to decide whether something is visible at all and to match banned words.

// Characters that render as nothing (zero-width spaces and joiners, soft hyphen, Hangul fillers, word
// joiner, variation selectors, tag characters, bidi marks) or as blank space (Braille blank).
const INVISIBLE = /[\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\u2800\u3164\uFE00-\uFE0F\uFEFF\uFFA0\u{E0000}-\u{E007F}]/gu;

/** The characters a reader would actually see: invisible ones and white space removed. */
export function visibleCharacters(text: string): string {
  return text.replace(INVISIBLE, '').replace(/\s+/gu, '');
}

// Letters from other scripts that pass for Latin ones in most fonts (Cyrillic and Greek look-alikes).
const LOOK_ALIKES: Record<string, string> = {
  а: 'a', в: 'b', е: 'e', ё: 'e', к: 'k', м: 'm', н: 'h', о: 'o', р: 'p', с: 'c', т: 't', у: 'y', х: 'x', і: 'i', ї: 'i', ј: 'j', ѕ: 's', ԁ: 'd', ɡ: 'g', ӏ: 'l',
  α: 'a', β: 'b', ε: 'e', ι: 'i', κ: 'k', ν: 'v', ο: 'o', ρ: 'p', τ: 't', υ: 'u', χ: 'x',
};
const LOOK_ALIKE = new RegExp(`[${Object.keys(LOOK_ALIKES).join('')}]`, 'gu');

/**
 * The form banned words are matched on: compatibility-normalized (fullwidth and styled letters become
 * plain ones), lower case, invisible characters removed, look-alike letters replaced by the Latin ones.
 * Hangul syllables come through unchanged.
 */
export function foldForMatching(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(INVISIBLE, '').replace(LOOK_ALIKE, (c) => LOOK_ALIKES[c]);
}
