// Integer hashing for shingles, MinHash, LSH bands and index terms. Everything stays in 32-bit integer arithmetic
// (Math.imul, >>>): the popular npm minhash packages compute (a*x + b) mod p in doubles and silently lose the
// bits above 2^53, which makes their permutations far from independent. 64-bit values are two 32-bit halves.

/** MurmurHash3's 32-bit finalizer: a bijection on uint32 with full avalanche. */
export function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

function rotl(x: number, r: number): number {
  return (x << r) | (x >>> (32 - r));
}

/**
 * 64-bit hash of a string, written as [hi, lo] into `out` at `at`: two murmur3-style lanes with different seeds
 * over the UTF-16 code units, cross-mixed at the end so each half depends on the whole input.
 */
export function hash64Into(s: string, out: Uint32Array, at: number): void {
  let h1 = 0x9747b28c;
  let h2 = 0x2545f491;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    let k = Math.imul(c, 0xcc9e2d51);
    k = Math.imul(rotl(k, 15), 0x1b873593);
    h1 = Math.imul(rotl(h1 ^ k, 13), 5) + 0xe6546b64;
    let j = Math.imul(c ^ 0x5bd1e995, 0x85ebca77);
    j = Math.imul(rotl(j, 17), 0xc2b2ae3d);
    h2 = Math.imul(rotl(h2 ^ j, 11), 9) + 0x27d4eb2f;
  }
  h1 = fmix32(h1 ^ s.length);
  h2 = fmix32(h2 ^ Math.imul(s.length, 0x9e3779b1));
  h1 = (h1 + h2) >>> 0;
  h2 = (h2 + h1) >>> 0;
  out[at] = h1;
  out[at + 1] = h2;
}

const scratch = new Uint32Array(2);

/**
 * A 31-bit id of a fact (a name or number) for the fact MinHash of near-duplicate checks: the plain hash, without
 * the kind bits of termId, so that fact sketches are the same whatever kinds the story model distinguishes.
 */
export function factId(term: string): number {
  hash64Into(term, scratch, 0);
  return scratch[0]! >>> 1;
}

/**
 * The kinds of term (see features.ts), by prefix letter: the kind rides in the top 3 bits of a term id, so that a
 * story centroid, which keeps ids only, can still be compared kind by kind (names against names, numbers
 * against numbers) without storing a byte more.
 */
export const TERM_KINDS = ['w', 't', 'e', 'n', 'p', 'y', 'd'] as const;
export type TermKind = (typeof TERM_KINDS)[number];
const KIND_SHIFT = 28;
const DAY_KIND = TERM_KINDS.indexOf('d');

/** The day of the year a "d:" term's id holds (see details.ts); NaN for any other id. */
export function dayOfId(id: number): number {
  return id >>> KIND_SHIFT === DAY_KIND ? id & ((1 << KIND_SHIFT) - 1) : NaN;
}

/** The kind number (index in TERM_KINDS) of a term id. */
export function kindOfId(id: number): number {
  return id >>> KIND_SHIFT;
}

/**
 * A 31-bit term id (non-negative, fits a Redis listpack 32-bit integer): the index stores ids, never words.
 * Top 3 bits: the kind of the term; low 28: its hash.
 */
export function termId(term: string): number {
  // A day (see details.ts) keeps its number in the id, not a hash: centroids keep ids only, and two dates a few
  // days apart are compared by their distance.
  if (term.startsWith('d:')) return (DAY_KIND << KIND_SHIFT) | Number(term.slice(2));
  hash64Into(term, scratch, 0);
  const kind = TERM_KINDS.indexOf(term[0] as TermKind);
  return ((kind < 0 ? 0 : kind) << KIND_SHIFT) | (scratch[0]! >>> 4);
}
