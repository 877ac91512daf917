// The dedup index: what the deduper needs to remember between articles. Two implementations behave the same:
// memory-index.ts (for `deltafeed cluster` and tests) and store/dedup-index.ts (Redis, for the pipeline).
// Entries are filed in time buckets so that a lookup reads only the buckets of its time window and old buckets
// simply expire; the deduper then checks exact times, so both implementations decide identically.

/**
 * A moment (ms since the epoch) and how far from it a lookup may reach: `windowMs` for copies (articles, their
 * fingerprints and bands), `storyWindowMs` for stories (their postings and centroids; default `windowMs`). Each
 * has its own buckets, so a story can stay reachable for weeks while articles are kept for copies a few days.
 */
export interface TimeWindow {
  time: number;
  windowMs: number;
  storyWindowMs?: number;
  /** How long stories are remembered after their last join (story-memory.ts); 0 or absent: no memory. */
  memoryMs?: number;
}

/** The window the story postings are bucketed and read by. */
export function storyWindow(at: TimeWindow): TimeWindow {
  return { time: at.time, windowMs: at.storyWindowMs ?? at.windowMs };
}

/** What the index keeps of an original article. */
export interface IndexedDoc {
  id: string;
  storyKey: number;
  /** External story id, "s-" and 12 hex digits (see storyIdFor). */
  storyId: string;
  time: number;
  /** Distinct shingles of its text. */
  shingles: number;
  /** 64 x 16-bit MinHash signature. */
  signature: Uint16Array;
  /** Names and numbers it mentions (at most 255 counted), and their 16 x 8-bit MinHash. */
  factCount: number;
  facts: Uint8Array;
}

export interface DocHit extends IndexedDoc {
  /** The index's handle of the article. */
  key: number;
}

/** A story's centroid: the mean of its articles' term vectors, strongest terms first. */
export interface StoryCentroid {
  /** The index's handle; 0 for a story not saved yet. */
  key: number;
  id: string;
  first: number;
  last: number;
  /** Articles that shaped the centroid (duplicates do not). */
  size: number;
  /** Term ids (see termId) and weights in [0, 1], parallel, weights descending. */
  terms: number[];
  weights: number[];
}

/** What one article asks before it is known to be a copy or an original. */
export interface LookupQuery {
  /** Its normalized-text fingerprint; null for a text too short to be a copy. */
  fingerprint: string | null;
  /** Its LSH bands (none for a text too short to be a copy). */
  bands: readonly number[];
  /** Its distinct terms, ordered by id, for their document frequencies. */
  terms: readonly number[];
  /**
   * To look stories up in the same call: each term's weight before IDF and whether it is a key term (parallel to
   * `terms`), how many stories to load, and the IDF prior (see IDF_PRIOR_DOCS). The index chooses the query with
   * chooseStoryQuery once it has the document frequencies, and skips it when the fingerprint matched (a copy
   * needs no story).
   */
  stories?: { factors: readonly number[]; keys: readonly boolean[]; limit: number; idfPrior: number } | null;
}

export interface LookupResult {
  /** The original article with the same fingerprint, in the buckets the window reads (the caller checks the time). */
  exact: DocHit | null;
  /** Originals sharing at least one band, within the window: the BAND_CANDIDATES sharing most (see rankBandHits). */
  near: DocHit[];
  /** Recent articles counted (see DF_GENERATION), and how many of them contain each query term (see DF_SKETCH). */
  docs: number;
  df: number[];
  /** The stories of the query, as findStories answers; null when not asked or skipped for an exact match. */
  stories: StoryCandidates | null;
}

/** Terms to look stories up by, each with an integer weight (integers, so both indexes sum them exactly). */
export interface StoryQuery {
  terms: readonly number[];
  weights: readonly number[];
}

export interface StoryCandidates {
  /** Stories posted under any query term within the window. */
  posted: number;
  /** The best-retrieved `limit` of them (see rankStories), best first; expired ones left out. */
  stories: StoryCentroid[];
}

/** Everything an original article leaves in the index, written at once. */
export interface IndexCommit {
  /** Its story's centroid after it (a new story has key 0 and gets one). */
  story: StoryCentroid;
  /** Terms to post the story under. */
  postings: readonly number[];
  /** The article as a future original; null for a text too short to be anyone's original. */
  doc: (Omit<IndexedDoc, 'storyKey' | 'storyId'> & { fingerprint: string; bands: readonly number[] }) | null;
  /** Its distinct terms, counted for document frequencies. */
  terms: readonly number[];
  /** The story's long-memory signature (story-memory.ts), filed in the memory bucket of the commit's time. */
  memory?: { pair: number; storyId: string } | null;
}

// Two calls per article (lookup, then commit or addDuplicate), each one round trip on Redis: the per-article
// cost is round trips, not server work.
export interface DedupIndex {
  lookup(q: LookupQuery, at: TimeWindow): Promise<LookupResult>;
  /**
   * Stories posted under the query terms within the window, ranked by rankStories, at most `limit` loaded. Only
   * needed when the lookup skipped them for a fingerprint match that turned out not to be a usable copy.
   */
  findStories(q: StoryQuery, at: TimeWindow, limit: number): Promise<StoryCandidates>;
  /** Remember a duplicate's fingerprint as pointing to its original, so exact copies of copies find it. */
  addDuplicate(fingerprint: string, original: DocHit, at: TimeWindow): Promise<void>;
  /**
   * How many recent articles were counted and how many of them hold each term: the lookup's `docs` and `df`,
   * read alone (for the story groups, story-groups.ts). Read-only; the window is the caller's moment (document
   * frequencies are kept by generation of articles, not by time, so neither index needs it today).
   */
  documentFrequencies(terms: readonly number[], at?: TimeWindow): Promise<{ docs: number; df: number[] }>;
  /** Save the story and its postings, file the article, count its terms. */
  commit(c: IndexCommit, at: TimeWindow): Promise<void>;
  /**
   * The remembered stories whose signature is one of `pairs` (story-memory.ts), in the memory buckets of
   * `at.memoryMs` back from `at.time`: newest bucket first, then pair by pair, each shard's in the order written.
   * An index without it remembers nothing.
   */
  recall?(pairs: readonly number[], at: TimeWindow): Promise<RecallHit[]>;
}

/** One remembered story found (story-memory.ts): its id, the pair (index into the query) and the memory bucket. */
export interface RecallHit {
  storyId: string;
  pair: number;
  bucket: number;
}

export const DAY_MS = 86_400_000;

/**
 * How long one bucket spans: the window plus a day, so that a lookup (the whole window back, a day forward)
 * reads at most two buckets. Day buckets made it five for a 3-day window, and every bucket read is one more
 * Redis call per band and per term: they were a quarter of the index's server time.
 */
export function bucketMs(windowMs: number): number {
  return windowMs + DAY_MS;
}

/**
 * The buckets a lookup around `at` reads: the whole window back and forward. Articles do not always arrive in
 * publication order (a source that catches up takes its newest items first, a feed polled late brings
 * yesterday's reports after today's), and an article must find the story it belongs to whichever came first.
 * In a stream that does arrive in order the buckets ahead are empty, and an empty bucket costs next to nothing.
 */
export function bucketRange(at: TimeWindow): number[] {
  const span = bucketMs(at.windowMs);
  const from = Math.floor((at.time - at.windowMs) / span);
  const to = Math.floor((at.time + at.windowMs) / span);
  const out: number[] = [];
  for (let d = from; d <= to; d++) out.push(d);
  return out;
}

/** The bucket an entry made at `at` is filed in. */
export function bucketOf(at: TimeWindow): number {
  return Math.floor(at.time / bucketMs(at.windowMs));
}

/**
 * Document frequencies are counted in generations of this many articles and read over the current and the
 * previous generation; older generations are dropped. A small stream keeps its whole history; a busy one
 * keeps the IDF of its last 100,000-200,000 articles, in two sketches of fixed size (see DF_SKETCH), however
 * many names and numbers they bring.
 */
export const DF_GENERATION = 100_000;

/**
 * Document frequencies are counted in a count-min sketch per generation: 2^21 16-bit counters (4 MB), each
 * term counted in two of them, read as the smaller. In Redis that is one string per generation, read with one
 * BITFIELD call per lookup and counted with one per article; exact counts were a hash field per term, and so a
 * call per term twice per article (about 240 terms in a real article: two thirds of the index's calls). The
 * estimate never undercounts; it overcounts a term only when both its counters are shared, by the smaller
 * of the other terms' counts: at 500,000 distinct terms in a generation, about one term in seven, mostly by
 * a rare term's count. Counters stop at 65,535 (a term in two thirds of a full generation).
 */
export const DF_SKETCH = { slotBits: 21, max: 0xffff } as const;

const DF_SLOTS = 2 ** DF_SKETCH.slotBits;

/** The two counters of a term (by id) in the document-frequency sketch: low bits, and a multiplicative hash. */
export function dfSlots(id: number): [number, number] {
  const a = id & (DF_SLOTS - 1);
  const b = Math.imul(id, 0x9e3779b1) >>> (32 - DF_SKETCH.slotBits);
  // Two different counters, or the term would count twice in one.
  return [a, b === a ? (b + 1) & (DF_SLOTS - 1) : b];
}

/** One generation of the sketch in memory (the memory index's twin of the Redis string). */
export class DfSketch {
  readonly counters = new Uint16Array(DF_SLOTS);
  articles = 0;

  add(terms: readonly number[]): void {
    for (const t of terms) {
      for (const slot of dfSlots(t)) if (this.counters[slot]! < DF_SKETCH.max) this.counters[slot]!++;
    }
    this.articles++;
  }

  estimate(term: number): number {
    const [a, b] = dfSlots(term);
    return Math.min(this.counters[a]!, this.counters[b]!);
  }
}

/**
 * Lists of handles are kept as comma-separated base-36 strings of at most this many characters, newest last,
 * oldest dropped: small enough that Redis keeps the hashes that hold them in its compact listpack encoding.
 */
export const LIST_MAX_CHARS = 60;

/**
 * Append `item` (a handle) to a capped list; an item already there is moved to the end (the newest), so that
 * a story posted again under a term outlives the ones posted once before it. Same rule as the Redis script.
 */
export function appendCapped(list: string | undefined, item: number): string {
  const it = item.toString(36);
  if (!list) return it;
  const parts = list.split(',');
  const at = parts.indexOf(it);
  if (at === parts.length - 1) return list;
  if (at >= 0) parts.splice(at, 1);
  let v = parts.length ? `${parts.join(',')},${it}` : it;
  while (v.length > LIST_MAX_CHARS) {
    const cut = v.indexOf(',');
    if (cut < 0) break;
    v = v.slice(cut + 1);
  }
  return v;
}

/**
 * Candidates checked per near-duplicate lookup. Templated local news ("a fire destroyed the ... on ...") can
 * put a hundred articles in the bands of one; a real copy shares most bands (7 of 21 on average at Jaccard 0.7,
 * 2.6 for a template sibling at 0.5), so the most-banded few are the ones worth reading. On 30,000 generated
 * reports at 5,000 a day, 8 found as many copies as 12 (recall 0.815 against 0.811: fewer template siblings to
 * outscore the real original), and each candidate is two more reads in the lookup.
 */
export const BAND_CANDIDATES = 8;

/** The handles in these band lists, most lists first, then newest (highest handle) first; at most `limit`. */
export function rankBandHits(lists: readonly (string | null | undefined)[], limit = BAND_CANDIDATES): number[] {
  const hits = new Map<number, number>();
  for (const l of lists) for (const n of parseList(l)) hits.set(n, (hits.get(n) ?? 0) + 1);
  return [...hits]
    .sort((a, b) => b[1] - a[1] || b[0] - a[0])
    .slice(0, limit)
    .map(([n]) => n)
    .sort((a, b) => a - b);
}

/**
 * Story handles by the summed weight of the query terms they are posted under (each term once per story),
 * heaviest first, then oldest (lowest handle) first; at most `limit`. Same rule as the Redis script.
 */
export function rankStories(weights: ReadonlyMap<number, number>, limit: number): number[] {
  return [...weights]
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .slice(0, limit)
    .map(([n]) => n);
}

export function parseList(list: string | null | undefined): number[] {
  if (!list) return [];
  return list.split(',').map((s) => parseInt(s, 36));
}

export const STORY_ID = /^s-[0-9a-f]{12}$/;
