// Story vectors: an article's weighted term vector, a story's centroid, the terms to post and look stories up
// by. How an article compares with a story is story-score.ts; what decides is the fitted model (story-model.ts).
import { stem, type ArticleTerms } from './features.js';
import { kindOfId, termId, TERM_KINDS } from './hash.js';
import type { StoryCentroid, StoryQuery } from './index-types.js';

export const STORY_PARAMS = {
  /** Strongest terms kept per article vector. */
  vectorTerms: 48,
  /** Strongest terms kept per story centroid. */
  centroidTerms: 48,
  /** Terms a story is posted under per joining article (the inverted index). */
  postings: 16,
  /** Terms an article looks stories up by. */
  queryTerms: 24,
  /** Terms in more than this share of articles are too common to look stories up by. */
  maxQueryShare: 0.2,
  /** Stories scored in full per article, the best-retrieved first. */
  candidates: 10,
  /**
   * IDF, as a share of the IDF of a never-seen term, below which a shared term is no evidence at all (see
   * specificity): 0.5 is a term in about 1% of the articles of a stream of thousands.
   */
  specificFloor: 0.5,
  /**
   * What a shared headline word is worth as evidence, next to a name or number of the same specificity: headline
   * words name the kind of event ("crash", "sentenced", "vote") as often as the event.
   */
  headlineEvidence: 0.5,
  /** Weight of each kind of term (see features.ts). */
  boost: { w: 1, t: 1.5, e: 1.2, n: 0.8, p: 1.5, y: 1.5, d: 1.5 } as Readonly<Record<string, number>>,
} as const;

/**
 * The IDF prior: IDF is counted as if this many background articles, holding none of the stream's terms, had
 * been seen before the first one. In a young stream (a new install, a small feed set, the first hours of a
 * backtest) the document frequencies of a handful of articles are noise: three reports of one event make that
 * event's own names look common and worth little next to each report's incidental words (a bio, a dateline),
 * and whether two reports match then depends on which came first. The pseudo-documents raise every IDF by the
 * same amount (the differences between terms, log of the ratio of their frequencies, stay as they are), so the
 * ratios that shape an article's vector shrink towards a flat IDF while few articles are counted, and the prior
 * fades as the stream grows: a prior of 50 moves a never-seen term's IDF by 0.6% at 1,000 articles, 0.05% at
 * 10,000. Pseudo-documents that held each term at some base rate (df + N x p0) would flatten the differences too,
 * but would keep doing so in a stream of millions. `dedup.idfPrior` in the config. 50 (10 before) was chosen on
 * both real corpora: BASIL, ECB+ shuffled, topic-fold CV and the demo's arrival orders rose, ECB+ in file order
 * held, BASIL left out fell (docs/benchmarks.md, "Dedup and stories", IDF prior).
 */
export const IDF_PRIOR_DOCS = 50;

export function idf(df: number, docs: number, priorDocs: number): number {
  return Math.log((docs + 1 + priorDocs) / (df + 1)) + 1;
}

export interface ArticleVector {
  /** Term ids, weights (L2-normalized over the kept terms), names and IDFs: parallel, strongest first. */
  ids: number[];
  weights: number[];
  names: string[];
  idfs: number[];
  /** IDF of a term no article had yet: the scale of `idfs`. */
  maxIdf: number;
  /** What each name, number or headline word is worth as evidence (see specificity); 0 for plain words. */
  specificities: number[];
  /** The word behind each term, as an index into the article's distinct roots (see rootOf); -1 for plain words. */
  roots: number[];
  rootCount: number;
  /** Term id -> its index in `ids`: scoring against each candidate story looks terms up here. */
  positions: ReadonlyMap<number, number>;
  /** The kind of each term (see kindOfId), and the norm of the weights of each kind. */
  kinds: number[];
  kindNorms: number[];
  /** Which terms are words of the lead, and the norm of their weights. */
  inLead: boolean[];
  leadNorm: number;
}

/** An article's distinct terms, by id: names, ids, what each weighs before its IDF, and which are key terms. */
export interface TermList {
  names: string[];
  ids: number[];
  /** (1 + log tf) x the boost of its kind: the weight is this times the IDF. */
  factors: number[];
  /** Headline words and names (see isKeyTerm). */
  keys: boolean[];
  /** Word terms of the lead (see ArticleTerms.lead). */
  lead?: ReadonlySet<string>;
}

/**
 * Every distinct term of an article, ordered by id: the Redis index ranks ties of weight by position, so that
 * order must be the id order that articleVector breaks ties by.
 */
export function termList(terms: ArticleTerms): TermList {
  const n = terms.tf.size;
  const names = new Array<string>(n);
  const tfs = new Array<number>(n);
  // Sorted as numbers (id x 2^21 + position: exact in a double, and equal ids keep their order, as a stable
  // sort would) in reused scratch memory: no object or pair per term on a path every article takes.
  if (order.length < n) order = new Float64Array(1 << Math.ceil(Math.log2(n)));
  let i = 0;
  for (const [name, tf] of terms.tf) {
    names[i] = name;
    tfs[i] = tf;
    order[i] = termId(name) * POSITIONS + i;
    i++;
  }
  const sorted = order.subarray(0, n).sort();
  const list: TermList = {
    names: new Array<string>(n),
    ids: new Array<number>(n),
    factors: new Array<number>(n),
    keys: new Array<boolean>(n),
    lead: terms.lead,
  };
  for (let j = 0; j < n; j++) {
    const at = sorted[j]! % POSITIONS;
    const name = names[at]!;
    list.names[j] = name;
    list.ids[j] = Math.floor(sorted[j]! / POSITIONS);
    list.factors[j] = (1 + Math.log(tfs[at]!)) * (STORY_PARAMS.boost[name[0]!] ?? 1);
    list.keys[j] = isKeyTerm(name);
  }
  return list;
}

const POSITIONS = 2 ** 21;
let order = new Float64Array(1024);

/** Headline words and names: an article is always posted and looked up under the first KEY_TERMS of them. */
const isKeyTerm = (name: string) => name[0] === 't' || name[0] === 'e';

/**
 * An article's strongest vectorTerms terms (position in the list, weight before normalization, IDF), heaviest
 * first, ties to the lower id. The article vector and the story query both start here; the Redis index's
 * lookup script computes the same weights in the same order.
 */
function strongestTerms(
  list: { ids: readonly number[]; factors: readonly number[] },
  df: readonly number[],
  docs: number,
  priorDocs: number,
  limit: number = STORY_PARAMS.vectorTerms,
): { i: number; w: number; f: number }[] {
  const scored = list.factors.map((factor, i) => {
    const f = idf(df[i] ?? 0, docs, priorDocs);
    return { i, w: factor * f, f };
  });
  scored.sort((a, b) => b.w - a.w || list.ids[a.i]! - list.ids[b.i]!);
  return scored.slice(0, limit);
}

/**
 * `priorDocs`: the IDF prior (see IDF_PRIOR_DOCS). `scoringTerms`: the strongest terms the article is compared
 * with stories by (StoryModel.details). More than it is looked up and posted by (vectorTerms), so that details
 * further down its list (a day, a number, a second name) still meet a story's; scoring happens in process, so
 * the index never sees them.
 */
export function articleVector(
  list: TermList,
  df: readonly number[],
  docs: number,
  priorDocs: number,
  scoringTerms: number = STORY_PARAMS.vectorTerms,
): ArticleVector {
  const kept = strongestTerms(list, df, docs, priorDocs, Math.max(scoringTerms, STORY_PARAMS.vectorTerms));
  const norm = Math.hypot(...kept.map((k) => k.w)) || 1;
  const ids = kept.map((k) => list.ids[k.i]!);
  const names = kept.map((k) => list.names[k.i]!);
  const maxIdf = idf(0, docs, priorDocs);
  const kinds = ids.map(kindOfId);
  const kindNorms = new Array<number>(TERM_KINDS.length).fill(0);
  kept.forEach((k, i) => (kindNorms[kinds[i]!]! += (k.w / norm) ** 2));
  for (let k = 0; k < kindNorms.length; k++) kindNorms[k] = Math.sqrt(kindNorms[k]!);
  const inLead = names.map((name) => list.lead?.has(name) ?? false);
  // Roots are numbered once per article, so that scoring each candidate story needs no map of its own.
  const rootNumbers = new Map<string, number>();
  const roots = names.map((name) => {
    if (name[0] === 'w') return -1;
    const root = rootOf(name);
    let r = rootNumbers.get(root);
    if (r === undefined) rootNumbers.set(root, (r = rootNumbers.size));
    return r;
  });
  return {
    ids,
    weights: kept.map((k) => k.w / norm),
    names,
    idfs: kept.map((k) => k.f),
    maxIdf,
    specificities: kept.map((k, i) =>
      roots[i]! < 0 ? 0 : specificity(k.f, maxIdf) * (names[i]![0] === 't' ? STORY_PARAMS.headlineEvidence : 1),
    ),
    roots,
    rootCount: rootNumbers.size,
    positions: new Map(ids.map((id, i) => [id, i])),
    kinds,
    kindNorms,
    inLead,
    leadNorm: Math.sqrt(inLead.reduce((sum, l, i) => (l ? sum + (kept[i]!.w / norm) ** 2 : sum), 0)),
  };
}

/**
 * Headline words and names an article is always posted and looked up under, besides its strongest terms.
 * With few articles counted, IDF favours each article's own words (a bio, a dateline) over the names the
 * outlets share, so retrieval by weight alone found a story or not depending on arrival order.
 */
export const KEY_TERMS = 12;

/**
 * Below this many articles counted, no term is too common to look stories up by (maxQueryShare): shares of a
 * handful of articles say nothing.
 */
export const QUERY_SHARE_MIN_DOCS = 30;

function keyTermIndexes(v: ArticleVector): number[] {
  const out: number[] = [];
  const n = Math.min(v.names.length, STORY_PARAMS.vectorTerms);
  for (let i = 0; i < n && out.length < KEY_TERMS; i++) if (isKeyTerm(v.names[i]!)) out.push(i);
  return out;
}

/** The terms a story is posted under for this article: the strongest ones and its key terms. */
export function postingTerms(v: ArticleVector): number[] {
  const picked = new Set(v.ids.slice(0, STORY_PARAMS.postings));
  for (const i of keyTermIndexes(v)) picked.add(v.ids[i]!);
  return [...picked];
}

/**
 * The terms to look stories up by, with integer ranking weights (integers, so that both indexes sum them
 * exactly): of the article's strongest vectorTerms terms, the first queryTerms and the first KEY_TERMS key
 * terms, unless common in the stream. Chosen from the document frequencies alone, so that the Redis index can
 * choose them in the same script that reads the frequencies (its lookup script is this function's twin).
 */
export function chooseStoryQuery(
  list: { ids: readonly number[]; factors: readonly number[]; keys: readonly boolean[] },
  df: readonly number[],
  docs: number,
  priorDocs: number,
): StoryQuery {
  const kept = strongestTerms(list, df, docs, priorDocs);
  const common = (i: number) => docs >= QUERY_SHARE_MIN_DOCS && (df[i] ?? 0) / docs > STORY_PARAMS.maxQueryShare;
  const picked: { i: number; w: number }[] = [];
  for (const k of kept) {
    if (picked.length >= STORY_PARAMS.queryTerms) break;
    if (!common(k.i)) picked.push(k);
  }
  let keys = 0;
  for (const k of kept) {
    if (keys >= KEY_TERMS) break;
    if (!list.keys[k.i]) continue;
    keys++;
    if (!common(k.i) && !picked.includes(k)) picked.push(k);
  }
  return { terms: picked.map((k) => list.ids[k.i]!), weights: picked.map((k) => Math.floor(k.w * 1000 + 0.5)) };
}

/** The word behind a term, so that "t:steel", "e:michael steele" and "e:steele" count as one piece of evidence. */
function rootOf(name: string): string {
  const body = name.slice(2);
  if (name[0] !== 'e') return body;
  return stem(body.slice(body.lastIndexOf(' ') + 1));
}

/**
 * How much a shared name, number or headline word says that two articles report one event: 1 for a term no
 * other article had, falling to 0 at STORY_PARAMS.specificFloor (a town, a template headline word such as
 * "sentenced"), so that siblings of one template in one town do not chain into one story.
 */
function specificity(idf: number, maxIdf: number): number {
  return Math.max(0, (idf / maxIdf - STORY_PARAMS.specificFloor) / (1 - STORY_PARAMS.specificFloor));
}

/** The terms an article shares with a story, strongest contribution first: the explanation of a decision. */
export function sharedTerms(v: ArticleVector, story: StoryCentroid, max = 8): string[] {
  const shared: { name: string; w: number }[] = [];
  story.terms.forEach((t, j) => {
    const i = v.positions.get(t);
    if (i !== undefined) shared.push({ name: v.names[i]!, w: v.weights[i]! * story.weights[j]! });
  });
  shared.sort((a, b) => b.w - a.w);
  return shared.slice(0, max).map((s) => s.name);
}

// Centroid weights are kept to 1/255: a byte each in Redis, and the memory index rounds the same way.
const Q = 255;
const quantize = (w: number) => Math.round(Math.min(1, Math.max(0, w)) * Q) / Q;

/** A new story's centroid: the founding article's vector. */
export function newCentroid(id: string, v: ArticleVector, time: number): StoryCentroid {
  const terms = v.ids.slice(0, STORY_PARAMS.centroidTerms);
  return { key: 0, id, first: time, last: time, size: 1, terms, weights: terms.map((_, i) => quantize(v.weights[i]!)) };
}

/** The centroid after an article joins: the running mean of member vectors, cut to its strongest terms. */
export function joinCentroid(story: StoryCentroid, v: ArticleVector, time: number): StoryCentroid {
  const n = story.size;
  const sum = new Map<number, number>();
  story.terms.forEach((t, i) => sum.set(t, story.weights[i]! * n));
  v.ids.forEach((t, i) => sum.set(t, (sum.get(t) ?? 0) + v.weights[i]!));
  const top = [...sum].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, STORY_PARAMS.centroidTerms);
  return {
    ...story,
    first: Math.min(story.first, time),
    last: Math.max(story.last, time),
    size: n + 1,
    terms: top.map(([t]) => t),
    weights: top.map(([, w]) => quantize(w / (n + 1))),
  };
}
