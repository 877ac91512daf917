// Topical distance: how much of a block's vocabulary the article's own prose uses. A rail of celebrity
// headlines under a NATO story shares almost no content words with it; a bullet list that belongs to the
// story shares many. Words are folded (case, accents) and cut to a 5-letter stem so "sanction",
// "sanctions" and "sanctioned" meet. Stop words
// (stop-words.ts) are English and the other languages of the news pages we clean.
import { foldWord, STOP_WORDS } from './stop-words.js';
import { TOPICAL } from './thresholds.js';

export function contentWords(text: string): string[] {
  const out: string[] = [];
  const words = foldWord(text).match(/[\p{L}]{4,}/gu) ?? [];
  for (const w of words) if (!STOP_WORDS.has(w)) out.push(w.slice(0, TOPICAL.stemChars));
  return out;
}

export class Vocabulary {
  private readonly counts = new Map<string, number>();

  add(text: string): void {
    for (const w of contentWords(text)) this.counts.set(w, (this.counts.get(w) ?? 0) + 1);
  }

  get size(): number {
    return this.counts.size;
  }

  /**
   * Share of the text's distinct content words that the vocabulary knows. `minus` is text that went into
   * the vocabulary but belongs to the block being judged, so a block is not its own evidence.
   * Null when the text has too few content words to say.
   */
  overlap(text: string, minus = ''): number | null {
    const own = new Set(contentWords(text));
    if (own.size < TOPICAL.minContentWords) return null;
    const discount = new Map<string, number>();
    if (minus) for (const w of contentWords(minus)) discount.set(w, (discount.get(w) ?? 0) + 1);
    let known = 0;
    for (const w of own) if ((this.counts.get(w) ?? 0) - (discount.get(w) ?? 0) > 0) known++;
    return known / own.size;
  }
}
