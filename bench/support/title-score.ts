// How a reported title is scored against a ground-truth headline (bench/extract-meta.ts).

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

function tokens(s: string): string[] {
  return (
    s
      .normalize('NFKC')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  );
}

/** Token F1 of two titles (bags of words, letters and digits only). */
export function titleF1(found: string, truth: string): number {
  const a = tokens(found);
  const b = tokens(truth);
  if (!a.length || !b.length) return a.length === b.length ? 1 : 0;
  const left = new Map<string, number>();
  for (const t of b) left.set(t, (left.get(t) ?? 0) + 1);
  let common = 0;
  for (const t of a) {
    const n = left.get(t) ?? 0;
    if (n > 0) {
      common++;
      left.set(t, n - 1);
    }
  }
  if (!common) return 0;
  const p = common / a.length;
  const r = common / b.length;
  return (2 * p * r) / (p + r);
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
