// The dedup index: what the deduper needs to remember between articles. Two implementations behave the same:
// memory-index.ts (for `deltafeed cluster` and tests) and store/dedup-index.ts (Redis, for the pipeline).
// Entries are filed in day buckets so that a lookup reads only the buckets of its time window and old buckets
// simply expire; the deduper then checks exact times, so both implementations decide identically.

/** A moment (ms since the epoch) and how far from it a lookup may reach. */
export interface TimeWindow {
  time: number;
  windowMs: number;
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

export interface DedupIndex {
  /** The original article whose normalized text has this fingerprint, within the window. */
  findByFingerprint(fingerprint: string, at: TimeWindow): Promise<DocHit | null>;
  /**
   * Originals sharing at least one LSH band, within the window (O(bands) reads): the BAND_CANDIDATES sharing
   * the most bands (see rankBandHits).
   */
  findByBands(bands: readonly number[], at: TimeWindow): Promise<DocHit[]>;
  /** How many recent articles (see DF_GENERATION) contain each term, and how many were counted. */
  documentFrequencies(terms: readonly number[]): Promise<{ docs: number; df: number[] }>;
  /** Stories posted under any of the terms within the window: story key -> indexes into `terms` it matched. */
  findStories(terms: readonly number[], at: TimeWindow): Promise<Map<number, number[]>>;
  getStories(keys: readonly number[]): Promise<(StoryCentroid | null)[]>;
  /** Store a story's centroid (a new key when story.key is 0) and post it under `postings`; returns its key. */
  saveStory(story: StoryCentroid, postings: readonly number[], at: TimeWindow): Promise<number>;
  /** Remember an original article under its fingerprint and bands; returns its key. */
  addDocument(doc: IndexedDoc, entries: { fingerprint: string; bands: readonly number[] }, at: TimeWindow): Promise<number>;
  /** Remember a duplicate's fingerprint as pointing to its original, so exact copies of copies find it. */
  addDuplicate(fingerprint: string, original: DocHit, at: TimeWindow): Promise<void>;
  /** Count one more article containing these (distinct) terms. */
  countTerms(terms: readonly number[]): Promise<void>;
}

export const DAY_MS = 86_400_000;

/**
 * The day buckets a lookup around `at` reads: the whole window back, but only a day forward. Articles arrive
 * close to publication order (and `deltafeed cluster` sorts them), so an earlier article dated days after a
 * later one is a dating error rather than a case to pay two extra buckets per lookup for.
 */
export function bucketRange(at: TimeWindow): number[] {
  const from = Math.floor((at.time - at.windowMs) / DAY_MS);
  const to = Math.floor((at.time + Math.min(at.windowMs, DAY_MS)) / DAY_MS);
  const out: number[] = [];
  for (let d = from; d <= to; d++) out.push(d);
  return out;
}

/**
 * Document frequencies are counted in generations of this many articles and read over the current and the
 * previous generation; older generations are dropped. A small stream keeps its whole history; a busy one
 * keeps the IDF of its last 100,000-200,000 articles, in memory bounded by their vocabulary (names and
 * numbers never stop coming).
 */
export const DF_GENERATION = 100_000;

export function bucketOf(time: number): number {
  return Math.floor(time / DAY_MS);
}

/**
 * Lists of handles are kept as comma-separated base-36 strings of at most this many characters, newest last,
 * oldest dropped: small enough that Redis keeps the hashes that hold them in its compact listpack encoding.
 */
export const LIST_MAX_CHARS = 60;

/** Append `item` (a handle) to a capped list unless it is there already. Same rule as the Redis script. */
export function appendCapped(list: string | undefined, item: number): string {
  const it = item.toString(36);
  if (!list) return it;
  if (`,${list},`.includes(`,${it},`)) return list;
  let v = `${list},${it}`;
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
 * 2.6 for a template sibling at 0.5), so the most-banded few are the ones worth reading.
 */
export const BAND_CANDIDATES = 12;

/** The handles in these band lists, most lists first, then newest (highest handle) first; at most `limit`. */
export function rankBandHits(lists: readonly (string | null | undefined)[], limit = BAND_CANDIDATES): number[] {
  const hits = new Map<number, number>();
  for (const l of lists) for (const n of parseList(l)) hits.set(n, (hits.get(n) ?? 0) + 1);
  return [...hits].sort((a, b) => b[1] - a[1] || b[0] - a[0]).slice(0, limit).map(([n]) => n).sort((a, b) => a - b);
}

export function parseList(list: string | null | undefined): number[] {
  if (!list) return [];
  return list.split(',').map((s) => parseInt(s, 36));
}

export const STORY_ID = /^s-[0-9a-f]{12}$/;
