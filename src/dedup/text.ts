// Text normalization and tokenization shared by fingerprints, shingles and story features. Works for any script:
// words for scripts that separate them with spaces (Latin, Cyrillic, Greek, Arabic, ...), overlapping character
// bigrams for scripts that do not (Chinese, Japanese, Thai, ...). Bigrams instead of Intl.Segmenter because they
// need no dictionary, cost a regex pass, and are the usual choice for CJK near-duplicate detection.

// Accents are dropped only on alphabets where they are decoration for matching purposes (é/e, ё/е); on kana
// and Hangul the combining marks change the letter, so those are recomposed instead.
const ALPHABET_MARKS = /(?<=[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}])\p{M}+/gu;
const INNER_APOSTROPHE = /(?<=\p{L})['’ʼ](?=\p{L})/gu;
const RUN = /[\p{L}\p{M}\p{N}]+/gu;
const ASCII = /^[\s!-~]*$/;
const NORMALIZED_ASCII = /^[a-z0-9]+(?: [a-z0-9]+)*$/;
// Dashes, quotes, ellipsis, no-break space: punctuation either way.
const TYPOGRAPHIC = /[\u00a0\u2010-\u2015\u2018-\u201f\u2026\u2032\u2033]/g;

// Script_Extensions, so that the long-vowel mark and the iteration mark (ー, 々) stay inside their runs.
const NO_SPACE =
  '\\p{scx=Han}\\p{scx=Hiragana}\\p{scx=Katakana}\\p{scx=Thai}\\p{scx=Lao}\\p{scx=Khmer}\\p{scx=Myanmar}';
export const NO_SPACE_RUN = new RegExp(`(?:(?=[\\p{L}\\p{M}\\p{N}])[${NO_SPACE}])+`, 'gu');
const TOKEN = new RegExp(`(${NO_SPACE_RUN.source})|(?:(?![${NO_SPACE}])[\\p{L}\\p{M}\\p{N}])+`, 'gu');

/** Case, accents, compatibility forms, apostrophes and punctuation folded; words separated by single spaces. */
export function normalizeText(text: string): string {
  const lower = text
    .toLowerCase()
    .replace(TYPOGRAPHIC, (c) => (c === '\u2018' || c === '\u2019' || c === '\u201b' ? "'" : ' '));
  // Most text is ASCII once its typographic punctuation is out of the way: nothing to decompose then, and the
  // Unicode passes are most of the cost.
  const folded = ASCII.test(lower)
    ? lower.replace(INNER_APOSTROPHE, '')
    : lower.normalize('NFKD').replace(ALPHABET_MARKS, '').replace(INNER_APOSTROPHE, '').normalize('NFC');
  const runs = folded.match(RUN);
  return runs ? runs.join(' ') : '';
}

/**
 * Tokens of normalized text, at most `max` of them: whole words, or character bigrams inside runs of a
 * script written without spaces (a lone character stays a token of its own).
 */
export function tokenize(normalized: string, max = Infinity): string[] {
  // Normalized ASCII text is its words and single spaces: a split, without a match object per token.
  if (!normalized) return [];
  if (NORMALIZED_ASCII.test(normalized)) return normalized.split(' ', Number.isFinite(max) ? max : undefined);
  const out: string[] = [];
  TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while (out.length < max && (m = TOKEN.exec(normalized)) !== null) {
    if (m[1] === undefined) {
      out.push(m[0]);
      continue;
    }
    const chars = Array.from(m[1]);
    if (chars.length === 1) out.push(chars[0]!);
    for (let i = 0; i + 1 < chars.length && out.length < max; i++) out.push(chars[i]! + chars[i + 1]!);
  }
  return out;
}
