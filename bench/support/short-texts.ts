// Real corpora with every article cut to its first N words (issue 16, branch `short`): short reports, as on local
// news (a few paragraphs each, about two a story), are a real-text condition of their own. The headline stays
// whole; the text keeps its own line breaks up to the Nth word (so the lead is still the first lines), and the
// story sizes are the corpus's. With small-stories.ts on top, both at once: the held-out local news's shape.
import type { Corpus } from './corpora.js';

/** The text up to and including its Nth word (words: runs of non-space); all of it when N is 0 or more. */
export function firstWords(text: string, n: number): string {
  if (!(n > 0)) return text;
  const re = /\S+/g;
  let count = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) if (++count === n) return text.slice(0, m.index + m[0].length);
  return text;
}

/** The corpus with every text cut to its first `words` words (0: whole). */
export function shortTexts(c: Corpus, words: number): Corpus {
  if (!(words > 0)) return c;
  return {
    ...c,
    name: `${c.name}/first-${words}`,
    docs: c.docs.map((d) => ({ ...d, text: firstWords(d.text, words) })),
  };
}

/** Word counts to cut to: SHORT_WORDS or the mode's arguments, default 80, 150 and 300. */
export function shortWordsFrom(args: readonly string[], env = process.env.SHORT_WORDS): number[] {
  const list = args.length ? args : env ? env.split(',') : ['80', '150', '300'];
  const out = list.map(Number);
  for (const [i, n] of out.entries())
    if (!Number.isInteger(n) || n < 0) throw new Error(`short: expected word counts like 80 150 300, got ${list[i]}`);
  return out;
}
