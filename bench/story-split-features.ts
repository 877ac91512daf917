// Features of one hindsight cut (src/dedup/story-split.ts, issue 16), for bench/story-split-cuts.ts: what the two
// halves' members hold (similarities on full vectors and on the strongest 24 / 48 terms, names, numbers, years,
// places, headline words, times), how the story came to be (a late merge) and how crowded the stream was around it
// (other live stories near it). Each is a number, NaN where it does not apply (times of undated input, merges at
// the end of the stream). Development only.
import type { CutTrace } from '../src/cli/cluster-split.js';
import { nameSimilarity, nameVector, ownShare, strongestNames, unsaidShare } from '../src/dedup/story-split-names.js';
import { cosine, type SparseVector } from '../src/dedup/sparse-vector.js';

const DAY = 86_400_000;

/** What the features read of one run: the members' vectors and times, and the stream's order and stories. */
export interface RunView {
  /** Full TF-IDF vector of each article (whole-stream IDF), and its 24 / 48 strongest terms. */
  full: ReadonlyMap<string, SparseVector>;
  top24: ReadonlyMap<string, SparseVector>;
  top48: ReadonlyMap<string, SparseVector>;
  /** Title words (t: terms) of each article. */
  titleWords: ReadonlyMap<string, ReadonlySet<string>>;
  /** Epoch ms of each article (NaN undated). */
  time: ReadonlyMap<string, number>;
  /** Position of each article in the stream the run saw. */
  pos: ReadonlyMap<string, number>;
  /** Articles in stream order. */
  order: readonly string[];
  /** Each article's story in the run's answer (after splits). */
  storyOf: ReadonlyMap<string, string>;
  /** Story reach of the run (ms); Infinity when undated. */
  reachMs: number;
}

const mean = (xs: readonly number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : NaN);
const pairs = <T>(g: readonly T[], f: (a: T, b: T) => number) =>
  g.flatMap((x, i) => g.slice(i + 1).map((y) => f(x, y)));
const cross = <T>(a: readonly T[], b: readonly T[], f: (x: T, y: T) => number) =>
  a.flatMap((x) => b.map((y) => f(x, y)));

/** Mean between / lower mean within, and the between mean, of a similarity over the halves. */
function ratioOf<T>(a: readonly T[], b: readonly T[], f: (x: T, y: T) => number): [number, number] {
  const between = mean(cross(a, b, f));
  const within = [mean(pairs(a, f)), mean(pairs(b, f))].filter((x) => !Number.isNaN(x));
  return [between / (within.length ? Math.min(...within) : 1), between];
}

const jaccard = (a: ReadonlySet<string>, b: ReadonlySet<string>) => {
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  return n / (a.size + b.size - n || 1);
};

const centroid = (vs: readonly SparseVector[]): SparseVector => {
  const c = new Map<string, number>();
  for (const v of vs) for (const [t, w] of v) c.set(t, (c.get(t) ?? 0) + w);
  let norm = 0;
  for (const w of c.values()) norm += w * w;
  norm = Math.sqrt(norm) || 1;
  for (const [t, w] of c) c.set(t, w / norm);
  return c;
};

/** Other stories live when the cut was made, near the cut story: by centroid cosine, and by its strongest terms. */
function crowding(members: readonly string[], at: number, view: RunView): Record<string, number> {
  const mine = new Set(members);
  const arrived = view.order.slice(0, at);
  const now = Math.max(...arrived.map((id) => view.time.get(id)!).filter(Number.isFinite), -Infinity);
  const stories = new Map<string, string[]>();
  for (const id of arrived) {
    const s = view.storyOf.get(id)!;
    stories.set(s, [...(stories.get(s) ?? []), id]);
  }
  const c = centroid(members.map((id) => view.full.get(id)!));
  const top = strongestNames([c], 5);
  let live = 0;
  let near20 = 0;
  let near30 = 0;
  let sharing = 0;
  for (const ids of stories.values()) {
    if (ids.some((id) => mine.has(id))) continue;
    const fresh = ids.some((id) => !(now - view.time.get(id)! > view.reachMs));
    if (!fresh) continue;
    live++;
    const other = centroid(ids.map((id) => view.full.get(id)!));
    const sim = cosine(c, other);
    if (sim >= 0.2) near20++;
    if (sim >= 0.3) near30++;
    if (top.filter((t) => other.has(t)).length >= 3) sharing++;
  }
  return { live, crowd20: near20, crowd30: near30, crowdTerms: sharing };
}

/** Times of the halves: the gap (hours; negative when they interleave), the gap of their medians (days). */
function timing(a: readonly number[], b: readonly number[]): Record<string, number> {
  const ta = a.filter(Number.isFinite).sort((x, y) => x - y);
  const tb = b.filter(Number.isFinite).sort((x, y) => x - y);
  if (!ta.length || !tb.length) return { gapH: NaN, medianGapD: NaN, interleave: NaN, spanD: NaN };
  const med = (t: number[]) => t[Math.floor(t.length / 2)]!;
  const [early, late] = med(ta) <= med(tb) ? [ta, tb] : [tb, ta];
  const all = [...ta, ...tb];
  return {
    gapH: Math.max(tb[0]! - ta.at(-1)!, ta[0]! - tb.at(-1)!) / 3_600_000,
    medianGapD: Math.abs(med(ta) - med(tb)) / DAY,
    // Share of the later half's articles published before the earlier half's last.
    interleave: late.filter((t) => t < early.at(-1)!).length / late.length,
    spanD: (Math.max(...all) - Math.min(...all)) / DAY,
  };
}

/** Every feature of one cut. */
export function cutFeatures(trace: CutTrace, view: RunView, online: boolean): Record<string, number> {
  const [a, b] = trace.halves;
  const vec = (m: ReadonlyMap<string, SparseVector>) => (g: readonly string[]) => g.map((id) => m.get(id)!);
  const [fa, fb] = [vec(view.full)(a), vec(view.full)(b)];
  const [ratio, between] = ratioOf(fa, fb, cosine);
  const within = [mean(pairs(fa, cosine)), mean(pairs(fb, cosine))];
  const [ratio24, between24] = ratioOf(vec(view.top24)(a), vec(view.top24)(b), cosine);
  const [ratio48] = ratioOf(vec(view.top48)(a), vec(view.top48)(b), cosine);
  const [na, nb] = [fa.map(nameVector), fb.map(nameVector)];
  const names = nameSimilarity(na, nb);
  const [titleRatio, titleBetween] = ratioOf(
    a.map((id) => view.titleWords.get(id)!),
    b.map((id) => view.titleWords.get(id)!),
    jaccard,
  );
  const first = (g: readonly string[]) => [...g].sort((x, y) => view.pos.get(x)! - view.pos.get(y)!)[0]!;
  const firstSim = cosine(view.full.get(first(a))!, view.full.get(first(b))!);
  const out: Record<string, number> = {
    between,
    withinMin: Math.min(...within),
    withinMax: Math.max(...within),
    ratio,
    small: Math.min(a.length, b.length),
    total: a.length + b.length,
    between24,
    ratio24,
    ratio48,
    namesBetween: names.between,
    namesRatio: names.between / Math.min(...names.within.filter((x) => !Number.isNaN(x)), Infinity),
    unsaid: unsaidShare(na, nb),
    titleBetween,
    titleRatio,
    firstSim,
    firstRatio: firstSim / Math.min(...within),
    merged: online ? Number(trace.merged) : NaN,
    late: trace.at / view.order.length,
    ...timing(
      a.map((id) => view.time.get(id)!),
      b.map((id) => view.time.get(id)!),
    ),
    ...crowding([...a, ...b], trace.at, view),
  };
  for (const [kind, k] of [
    ['e:', 'Ent'],
    ['p:', 'Place'],
    ['n:', 'Num'],
    ['y:', 'Year'],
    ['t:', 'Title'],
    ['w:', 'Word'],
    ['', 'All'],
  ] as const) {
    out[`own${k}`] = ownShare(fa, fb, kind);
    out[`own${k}24`] = ownShare(vec(view.top24)(a), vec(view.top24)(b), kind);
  }
  return out;
}
