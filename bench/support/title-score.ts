// How a reported title is scored against a ground-truth headline (bench/extract-meta.ts), with the cleaner's own
// tokens and token F1, so that the bench and the title choice agree on what "the same words" means.
import { tokenF1, words as tokens } from '../../src/extract/title.js';

/** Case, whitespace and quote marks normalised: the "exact match" of a title. */
export function normTitle(s: string): string {
  return s
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u201a\u201b\u2032\u02bc`´]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u2033«»]/g, '"')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** Token F1 of two titles (bags of words, letters and digits only); two empty titles agree. */
export function titleF1(found: string, truth: string): number {
  const a = tokens(found);
  const b = tokens(truth);
  if (!a.length || !b.length) return a.length === b.length ? 1 : 0;
  return tokenF1(a, b);
}

const words = (s: string): string => tokens(s).join(' ');

/** The headline is the text's first line (letters and digits compared). */
export function headlineIsFirstLine(text: string, headline: string): boolean {
  const h = words(headline);
  const first = text.split('\n').find((l) => l.trim()) ?? '';
  return !!h && words(first) === h;
}

/** The text starts with the headline's words (its first line, or the opening of its first sentence). */
export function headlineOpensText(text: string, headline: string): boolean {
  const h = words(headline);
  if (!h) return false;
  const t = words(text.slice(0, headline.length * 2 + 200));
  return t === h || t.startsWith(`${h} `);
}
