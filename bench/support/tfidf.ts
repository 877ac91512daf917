// Plain online TF-IDF, the baseline of every story benchmark: each article joins the story of its most similar
// earlier article within 7 days if their cosine reaches a threshold. The nearest earlier article does not depend
// on the threshold, so it is found once and any number of thresholds are read from it.
import type { DedupDoc } from '../../src/dedup/deduper.js';
import { normalizeText } from '../../src/dedup/text.js';
import { pairwise } from './cluster-metrics.js';

const DAY = 86_400_000;

export interface Nearest {
  /** Articles in processing order (publication time, then file order): index into docs. */
  order: number[];
  /** Per position in `order`: the position of the most similar earlier article (-1: none), and its cosine. */
  near: Int32Array;
  cos: Float64Array;
}

function nearestEarlier(docs: readonly DedupDoc[], maxGapMs = 7 * DAY): Nearest {
  const order = docs
    .map((d, i) => ({ i, t: Date.parse(d.published ?? '') || 0 }))
    .sort((a, b) => a.t - b.t || a.i - b.i);
  const df = new Map<string, number>();
  const seen: { t: number; vec: Map<string, number> }[] = [];
  const near = new Int32Array(order.length).fill(-1);
  const cos = new Float64Array(order.length);
  let n = 0;
  for (const { i, t } of order) {
    const d = docs[i]!;
    const tf = new Map<string, number>();
    for (const w of normalizeText(`${d.title} ${d.text}`).split(' ')) if (w) tf.set(w, (tf.get(w) ?? 0) + 1);
    n++;
    for (const w of tf.keys()) df.set(w, (df.get(w) ?? 0) + 1);
    const vec = new Map<string, number>();
    let norm = 0;
    for (const [w, c] of tf) {
      const x = c * Math.log((n + 1) / (df.get(w)! + 1));
      if (x > 0) {
        vec.set(w, x);
        norm += x * x;
      }
    }
    norm = Math.sqrt(norm) || 1;
    for (const [w, x] of vec) vec.set(w, x / norm);
    const at = seen.length;
    for (let s = 0; s < seen.length; s++) {
      if (t - seen[s]!.t > maxGapMs) continue;
      let dot = 0;
      for (const [w, x] of vec) dot += x * (seen[s]!.vec.get(w) ?? 0);
      if (dot > cos[at]!) [cos[at], near[at]] = [dot, s];
    }
    seen.push({ t, vec });
  }
  return { order: order.map((o) => o.i), near, cos };
}

function storiesAt(docs: readonly DedupDoc[], nn: Nearest, threshold: number): string[] {
  const byPos: string[] = [];
  const out = new Array<string>(docs.length);
  nn.order.forEach((i, pos) => {
    const j = nn.near[pos]!;
    byPos.push(j >= 0 && nn.cos[pos]! >= threshold ? byPos[j]! : `tfidf-${docs[i]!.id}`);
    out[i] = byPos[pos]!;
  });
  return out;
}

/** Each article's most similar earlier article within `maxGapMs` (default 7 days), for traces. */
export const tfidfNearest = nearestEarlier;

/** The story of each article (in docs' order) at one threshold. */
export function tfidfClusters(docs: readonly DedupDoc[], threshold: number): string[] {
  return storiesAt(docs, nearestEarlier(docs), threshold);
}

/** The thresholds the benchmarks try: 0.10 to 0.60 in steps of 0.05. */
export const TFIDF_THRESHOLDS = Array.from({ length: 11 }, (_, k) => Math.round((0.1 + 0.05 * k) * 100) / 100);

/** The threshold with the best pairwise F1 against `gold`, picked in hindsight, and its stories. */
export function bestTfidf(
  docs: readonly DedupDoc[],
  gold: readonly string[],
): { threshold: number; stories: string[]; F1: number } {
  const nn = nearestEarlier(docs);
  let best = { threshold: 0, stories: [] as string[], F1: -1 };
  for (const t of TFIDF_THRESHOLDS) {
    const stories = storiesAt(docs, nn, t);
    const F1 = pairwise(gold, stories).F1;
    if (F1 > best.F1) best = { threshold: t, stories, F1 };
  }
  return best;
}
