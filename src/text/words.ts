// Word-level normalization shared by the query language, claims and revision diffs: matching is case- and
// accent-insensitive and happens on word boundaries, so every consumer must fold and split text the same way.

/** Lowercase, decompose (NFKD: ligatures and full-width forms too) and drop combining marks. */
export function fold(text: string): string {
  // Decompose before lowercasing (mathematical and full-width letters only get a case once decomposed), and
  // strip marks last: "İ" lowercases to "i" plus a combining dot.
  return text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/\p{M}+/gu, '');
}

const WORD = /[\p{L}\p{N}]+/gu;

/** The folded words of a text. Anything but a letter or digit splits words, so "nato's" gives ["nato", "s"]. */
export function words(text: string): string[] {
  return fold(text).match(WORD) ?? [];
}
