// Hindsight splits (an experiment for issue 16, off by default): once a story holds several articles, its members
// are compared with each other on their full TF-IDF vectors; a story that is two cohesive groups far apart (the
// first incident of a topic and a second one that joined it through the shared names) is cut in two. Pure: the
// caller keeps each member's terms and the document frequencies; nothing here touches an index.
import { nameSimilarity, nameVector, ownShare, unsaidShare } from './story-split-names.js';
import { cosine, type SparseVector } from './sparse-vector.js';
import { idf } from './story-vector.js';
import { DeltafeedError } from '../errors.js';

/** DELTAFEED_STORY_SPLIT names an option this rule does not have, or a bad number. */
export class SplitRuleError extends DeltafeedError {
  /** What is wrong, without the option's name (a config error puts its own path in front). */
  readonly reason: string;
  constructor(part: string, what: string, option = 'DELTAFEED_STORY_SPLIT') {
    const reason = `${what} "${part}" (options: kmeans|linkage, online, attach, ratio=, min=, part=, terms=, cap=, names=, overlap=, years=, most=, recent=; or off)`;
    super('SPLIT_RULE_INVALID', `${option}: ${reason}`);
    this.reason = reason;
  }
}

export interface SplitRule {
  /** How the members are bisected: average-linkage cut at two clusters, or spherical 2-means. */
  method: 'linkage' | 'kmeans';
  /** A story is looked at only from this many members. */
  minSize: number;
  /** Each half must hold at least this many members. */
  minPart: number;
  /** Split only if the mean similarity between the halves is below ratio x the lower of their own means. */
  ratio: number;
  /** A group cut off joins the other story it would not be cut from by the same test (the closest such one). */
  attach: boolean;
  /** Each member keeps only its strongest terms (what an index would have to hold); 0: all of them. */
  terms: number;
  /** Cut as the stream goes (after each article, story-groups.ts), not once at its end. */
  online: boolean;
  /** And only if the mean similarity between the halves is below this (Infinity: no cap). */
  cap: number;
  /** And only if the halves' mean NAME cosine (e:/p: terms) is below this x the lower of their own (Infinity: off). */
  names: number;
  /**
   * And only if the halves overlap in time: neither half's first article is more than this many hours after the
   * other half's last (Infinity: off). Halves without dates are not gated.
   */
  overlap: number;
  /**
   * And only if each half names years of its own: of each half's 5 strongest years (`y:` terms), at least this
   * share is held by no member of the other half (ownShare); a half that names no year is not cut. 0: off.
   */
  years: number;
  /**
   * In the stream (story-groups.ts), a group of more than this many members is no longer tested for a cut, so a
   * step never reads a big story's whole membership (Infinity: no cap).
   */
  most: number;
  /** In the stream, a new article or merged block is placed by its mean cosine to each group's last this many members (Infinity: all). */
  recent: number;
}

export const SPLIT_DEFAULTS: SplitRule = {
  method: 'linkage',
  minSize: 5,
  minPart: 2,
  ratio: 0.5,
  attach: false,
  terms: 0,
  online: false,
  cap: Infinity,
  names: Infinity,
  overlap: Infinity,
  years: 0,
  most: Infinity,
  recent: Infinity,
};

/**
 * The rule the pipeline and `deltafeed cluster` ship with (dedup.split's default). Chosen on real corpora, with the
 * IDF of the dedup index's sketch as the pipeline has it: ECB+ 0.836 -> 0.873 pairwise F1 (precision 0.783 ->
 * 0.873), BASIL 0.952 unchanged, every re-timed calendar at or above no split but one seed within 0.004
 * (docs/benchmarks.md, "Which hindsight cuts are right" and "Hindsight splits, one core").
 */
export const SHIPPED_SPLIT_RULE = 'kmeans,ratio=0.7,online,cap=0.3,years=0.1,most=40,recent=10';

/** The rule a backtest runs with: DELTAFEED_STORY_SPLIT when set (and not empty), else the shipped one. */
export function splitRuleFromEnv(env: NodeJS.ProcessEnv = process.env): SplitRule | null {
  const text = env.DELTAFEED_STORY_SPLIT;
  return parseSplitRule(text === undefined || text === '' ? SHIPPED_SPLIT_RULE : text);
}

/**
 * `DELTAFEED_STORY_SPLIT`-style text: "off" or empty is no rule; otherwise comma-separated `method`, `ratio=`,
 * `min=` (minSize), `part=` (minPart), `cap=`, `names=`, `overlap=` (hours), `years=`, `most=`, `recent=` over
 * SPLIT_DEFAULTS, e.g. "kmeans,ratio=0.4".
 */
export function parseSplitRule(text: string | undefined, option?: string): SplitRule | null {
  if (!text || text === 'off' || text === '0') return null;
  const rule = { ...SPLIT_DEFAULTS };
  for (const part of text.split(',').map((s) => s.trim())) {
    const [k, v] = part.split('=') as [string, string | undefined];
    if (v === undefined) {
      if (k === 'linkage' || k === 'kmeans') rule.method = k;
      else if (k === 'attach') rule.attach = true;
      else if (k === 'online') rule.online = true;
      else if (k !== 'on') throw new SplitRuleError(part, 'unknown option', option);
      continue;
    }
    const x = Number(v);
    if (!Number.isFinite(x) || x < 0) throw new SplitRuleError(part, 'bad number in', option);
    if (k === 'ratio') rule.ratio = x;
    else if (k === 'min') rule.minSize = Math.max(2, Math.round(x));
    else if (k === 'part') rule.minPart = Math.max(1, Math.round(x));
    else if (k === 'terms') rule.terms = Math.round(x);
    else if (k === 'cap') rule.cap = x;
    else if (k === 'names') rule.names = x;
    else if (k === 'overlap') rule.overlap = x;
    else if (k === 'years') rule.years = x;
    else if (k === 'most') rule.most = Math.max(2, Math.round(x));
    else if (k === 'recent') rule.recent = Math.max(1, Math.round(x));
    else throw new SplitRuleError(part, 'unknown option', option);
  }
  return rule;
}

/** Weighted term counts (name -> factor before IDF, as termList gives) as a TF-IDF vector under `df` of `docs`. */
export function tfidfVector(
  factors: ReadonlyMap<string, number>,
  df: ReadonlyMap<string, number>,
  docs: number,
  priorDocs: number,
  keep = 0,
): SparseVector {
  let weighted = [...factors].map(([t, f]) => [t, f * idf(df.get(t) ?? 0, docs, priorDocs)] as [string, number]);
  if (keep > 0 && weighted.length > keep)
    weighted = weighted.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, keep);
  const v = new Map(weighted);
  let norm = 0;
  for (const w of v.values()) norm += w * w;
  norm = Math.sqrt(norm) || 1;
  for (const [t, w] of v) v.set(t, w / norm);
  return v;
}

/** Mean similarity within `g` (pairs) and between `g` and `h`. */
const meanWithin = (sim: number[][], g: readonly number[]) => {
  let s = 0;
  let n = 0;
  for (let i = 0; i < g.length; i++)
    for (let j = i + 1; j < g.length; j++) {
      s += sim[g[i]!]![g[j]!]!;
      n++;
    }
  return n ? s / n : 1;
};
const meanBetween = (sim: number[][], g: readonly number[], h: readonly number[]) => {
  let s = 0;
  for (const i of g) for (const j of h) s += sim[i]![j]!;
  return s / (g.length * h.length || 1);
};

/** Average-linkage agglomeration of `items` down to two clusters. */
function linkageBisect(sim: number[][], items: readonly number[]): [number[], number[]] {
  const clusters = items.map((i) => [i]);
  while (clusters.length > 2) {
    let best = -Infinity;
    let bi = 0;
    let bj = 1;
    for (let i = 0; i < clusters.length; i++)
      for (let j = i + 1; j < clusters.length; j++) {
        const s = meanBetween(sim, clusters[i]!, clusters[j]!);
        if (s > best) [best, bi, bj] = [s, i, j];
      }
    clusters[bi]!.push(...clusters[bj]!);
    clusters.splice(bj, 1);
  }
  return [clusters[0]!, clusters[1]!];
}

/** Spherical 2-means over `items`, seeded with their least similar pair (mean similarity to each group's members). */
function kmeansBisect(sim: number[][], items: readonly number[]): [number[], number[]] {
  let seed: [number, number] = [items[0]!, items[1]!];
  let low = Infinity;
  for (let i = 0; i < items.length; i++)
    for (let j = i + 1; j < items.length; j++)
      if (sim[items[i]!]![items[j]!]! < low) [low, seed] = [sim[items[i]!]![items[j]!]!, [items[i]!, items[j]!]];
  let groups: [number[], number[]] = [[seed[0]], [seed[1]]];
  for (let round = 0; round < 20; round++) {
    const next: [number[], number[]] = [[], []];
    for (const i of items) {
      const a = meanBetween(sim, [i], groups[0]);
      const b = meanBetween(sim, [i], groups[1]);
      next[a >= b ? 0 : 1].push(i);
    }
    if (!next[0].length || !next[1].length) break;
    const same = next[0].length === groups[0].length && next[0].every((x, k) => x === groups[0][k]);
    groups = next;
    if (same) break;
  }
  return groups;
}

export interface SplitCut {
  groups: number[][];
  /** For each cut made: mean similarity between the halves and within each. */
  cuts: {
    between: number;
    within: [number, number];
    names: NameEvidence;
    gapHours: number;
    /** ownShare of the halves' years (NaN when a half names none). */
    years: number;
    /** The two halves at this cut, as indexes into the vectors given (for the bench's trace of each cut). */
    halves: [number[], number[]];
  }[];
}

/**
 * Hours from the end of the earlier half to the start of the later one (negative: the halves interleave by that
 * much); NaN when either half has no dated member. `times` are epoch ms, NaN for an undated member.
 */
export function gapHours(times: readonly number[], a: readonly number[], b: readonly number[]): number {
  const span = (g: readonly number[]) => {
    const ts = g.map((i) => times[i]!).filter((t) => Number.isFinite(t));
    return ts.length ? [Math.min(...ts), Math.max(...ts)] : null;
  };
  const [sa, sb] = [span(a), span(b)];
  if (!sa || !sb) return NaN;
  return Math.max(sb[0]! - sa[1]!, sa[0]! - sb[1]!) / 3_600_000;
}

/** Epoch ms of each doc's `published`, NaN when it has none or it does not parse. */
export const publishedMs = (docs: readonly { published: string | null }[]): number[] =>
  docs.map((d) => (d.published ? Date.parse(d.published) : NaN));

/** The halves' name evidence at a cut: mean name cosine between and within, and unsaidShare. */
export interface NameEvidence {
  between: number;
  within: [number, number];
  unsaid: number;
}

/**
 * The groups a story's members (vectors in stream order) fall into under `rule`: one group (all of them) when
 * the story is cohesive, more when it splits (recursively: each half is looked at again). Groups hold indexes
 * into `vectors`, in order; the first group holds member 0. `times` (epoch ms per member, NaN undated) feed the
 * overlap gate; without them it never acts.
 */
export function splitMembers(
  vectors: readonly SparseVector[],
  rule: SplitRule,
  times: readonly number[] = [],
): SplitCut {
  const n = vectors.length;
  const all = vectors.map((_, i) => i);
  if (n < rule.minSize) return { groups: [all], cuts: [] };
  const sim = vectors.map((a, i) => vectors.map((b, j) => (i === j ? 1 : cosine(a, b))));
  const cuts: SplitCut['cuts'] = [];
  const out: number[][] = [];
  const visit = (items: number[]) => {
    if (items.length < rule.minSize) return void out.push(items);
    const [a, b] = (rule.method === 'kmeans' ? kmeansBisect : linkageBisect)(sim, items);
    const within: [number, number] = [meanWithin(sim, a), meanWithin(sim, b)];
    const between = meanBetween(sim, a, b);
    const clear =
      a.length >= rule.minPart &&
      b.length >= rule.minPart &&
      between < rule.ratio * Math.min(...within) &&
      between < rule.cap;
    if (!clear) return void out.push(items);
    const [na, nb] = [a.map((i) => nameVector(vectors[i]!)), b.map((i) => nameVector(vectors[i]!))];
    const names = { ...nameSimilarity(na, nb), unsaid: unsaidShare(na, nb) };
    const apart = rule.names === Infinity || names.between < rule.names * Math.min(...names.within);
    if (!apart) return void out.push(items);
    const gap = gapHours(times, a, b);
    if (gap > rule.overlap) return void out.push(items);
    const years = ownShare(
      a.map((i) => vectors[i]!),
      b.map((i) => vectors[i]!),
      'y:',
    );
    if (rule.years > 0 && !(years >= rule.years)) return void out.push(items);
    cuts.push({ between, within, names, gapHours: gap, years, halves: [[...a], [...b]] });
    visit(a.sort((x, y) => x - y));
    visit(b.sort((x, y) => x - y));
  };
  visit(all);
  out.sort((x, y) => x[0]! - y[0]!);
  return { groups: out, cuts };
}

/**
 * Whether group `g` and story `s` (vectors) hold together by the split test: their mean cross similarity is at
 * least ratio x the lower of their own means (a story of one counts the group's own), and that similarity.
 */
export function holdsTogether(
  g: readonly SparseVector[],
  s: readonly SparseVector[],
  rule: SplitRule,
): { together: boolean; between: number } {
  const mean = (xs: readonly SparseVector[], ys: readonly SparseVector[] | null) => {
    let sum = 0;
    let n = 0;
    xs.forEach((a, i) =>
      (ys ?? xs).forEach((b, j) => {
        if (ys || j > i) {
          sum += cosine(a, b);
          n++;
        }
      }),
    );
    return n ? sum / n : NaN;
  };
  const between = mean(g, s);
  const within = [mean(g, null), mean(s, null)].filter((x) => !Number.isNaN(x));
  const bar = within.length ? rule.ratio * Math.min(...within) : 0;
  return { together: between >= bar, between };
}
