// Text normalization and tokenization shared by fingerprints, shingles and story features. Works for any script:
// words for scripts that separate them with spaces (Latin, Cyrillic, Greek, Arabic, ...), overlapping character
// bigrams for scripts that do not (Chinese, Japanese, Thai, ...). Bigrams instead of Intl.Segmenter because they
// need no dictionary, cost a regex pass, and are the usual choice for CJK near-duplicate detection.

// Accents are dropped only on alphabets where they are decoration for matching purposes (é/e, ё/е); on kana
// and Hangul the combining marks change the letter, so those are recomposed instead.
const ALPHABET_MARKS = /(?<=[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}])\p{M}+/gu;
const INNER_APOSTROPHE = /(?<=\p{L})['’ʼ](?=\p{L})/gu;
const RUN = /[\p{L}\p{M}\p{N}]+/gu;

const NO_SPACE =
  '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Thai}\\p{Script=Lao}\\p{Script=Khmer}\\p{Script=Myanmar}';
const TOKEN = new RegExp(`([${NO_SPACE}]+)|(?:(?![${NO_SPACE}])[\\p{L}\\p{M}\\p{N}])+`, 'gu');

/** Case, accents, compatibility forms, apostrophes and punctuation folded; words separated by single spaces. */
export function normalizeText(text: string): string {
  const folded = text.toLowerCase().normalize('NFKD').replace(ALPHABET_MARKS, '').replace(INNER_APOSTROPHE, '').normalize('NFC');
  const runs = folded.match(RUN);
  return runs ? runs.join(' ') : '';
}

/**
 * Tokens of normalized text, at most `max` of them: whole words, or character bigrams inside runs of a
 * script written without spaces (a lone character stays a token of its own).
 */
export function tokenize(normalized: string, max = Infinity): string[] {
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
