// The held-out local news's shape as one condition (issue 16, branch `short2`): about two reports a story, short
// texts, dated, with stories that come back weeks later and incidents of one kind close in time. Our proxies so far
// were separate (small-stories.ts, short-texts.ts, retime.ts); here each corpus is cut to small stories, every
// text to its first N words, and the result put on a synthetic calendar whose stories start within S days
// (7 and 30 crowd it, 180 spreads it). The texts stay real and the gold answer is the corpus's.
import { pairwise, type PRF } from './cluster-metrics.js';
import type { Corpus } from './corpora.js';
import { pairGapShares, retimed } from './retime.js';
import { shortTexts, shortWordsFrom } from './short-texts.js';
import { smallStories } from './small-stories.js';
import { bestTfidf, tfidfClusters } from './tfidf.js';

/** One seed of the condition: small-story cut `seed`, texts cut to `words` words, re-timed over `spanDays`. */
export function localCut(c: Corpus, seed: number, words: number, spanDays: number): Corpus {
  const cut = retimed(shortTexts(smallStories(c, seed), words), seed, spanDays);
  return { ...cut, name: `${c.name}/local-${words}w-${spanDays}d-${seed}` };
}

/** Calendar spans to run (`LOCAL_SPANS=7,30,180`, the default). */
export function localSpansFrom(env = process.env.LOCAL_SPANS): number[] {
  const list = (env || '7,30,180').split(',');
  const out = list.map(Number);
  for (const [i, n] of out.entries())
    if (!(n > 0)) throw new Error(`LOCAL_SPANS: expected days like 7,30,180, got ${list[i]}`);
  return out;
}

/** Word counts to cut to (`LOCAL_WORDS=80,150`, the default; 0 keeps the texts whole). */
export const localWordsFrom = (env = process.env.LOCAL_WORDS) => shortWordsFrom([], env || '80,150');

const f3 = (x: number) => x.toFixed(3);
const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / (xs.length || 1);
const meanPrf = (xs: readonly PRF[]) => {
  const at = (k: keyof PRF) => f3(mean(xs.map((x) => x[k])));
  return `F1 ${at('F1')} (P ${at('P')} R ${at('R')})`;
};

/**
 * `story-eval.js local [N]`: every corpus x word count x calendar span, N seeds (default 3) each: deltafeed (as
 * `score` clusters) next to plain online TF-IDF (7 days) at its best threshold per cut (hindsight) and at 0.25;
 * mean pairwise P/R/F1 over the seeds, each seed's deltafeed F1, and the share of same-story pairs within 3 / 7 /
 * 30 days. The last line sums deltafeed's cell means, the figure to compare variants by.
 */
export async function localReport(
  corpora: readonly Corpus[],
  seeds: number,
  score: (c: Corpus) => Promise<PRF>,
): Promise<void> {
  let sum = 0;
  let sumTf = 0;
  let cells = 0;
  for (const c of corpora)
    for (const words of localWordsFrom())
      for (const span of localSpansFrom()) {
        const rows = { deltafeed: [] as PRF[], best: [] as PRF[], t25: [] as PRF[] };
        const bars: number[] = [];
        const shares: number[][] = [];
        for (let s = 1; s <= seeds; s++) {
          const cut = localCut(c, s, words, span);
          shares.push(pairGapShares(cut, [3, 7, 30]));
          rows.deltafeed.push(await score(cut));
          const b = bestTfidf(cut.docs, cut.gold);
          bars.push(b.threshold);
          rows.best.push(pairwise(cut.gold, b.stories));
          rows.t25.push(pairwise(cut.gold, tfidfClusters(cut.docs, 0.25)));
        }
        const sh = [0, 1, 2].map((k) => f3(mean(shares.map((x) => x[k]!)))).join(' / ');
        console.log(
          `${c.name} first ${words || 'all'} words, small, ${span} d, ${seeds} seeds (pairs in 3/7/30 d ${sh})`,
        );
        console.log(`  deltafeed ${meanPrf(rows.deltafeed)} [${rows.deltafeed.map((x) => f3(x.F1)).join(' ')}]`);
        console.log(`  TF-IDF best ${meanPrf(rows.best)} @${bars.join('/')} | TF-IDF 0.25 ${meanPrf(rows.t25)}`);
        sum += mean(rows.deltafeed.map((x) => x.F1));
        sumTf += mean(rows.best.map((x) => x.F1));
        cells++;
      }
  console.log(`sum of ${cells} cells: deltafeed ${f3(sum)}, TF-IDF best ${f3(sumTf)}`);
}
