// Text identity: an exact fingerprint of the normalized text, and a MinHash signature of its word shingles
// with LSH bands for near-duplicates (wire copy, syndication). Pure: no IO.
import { createHash } from 'node:crypto';
import { fmix32, hash64Into } from './hash.js';
import { normalizeText, tokenize } from './text.js';

export { normalizeText, tokenize } from './text.js';

/**
 * 64 permutations, banded 21 x 3: a pair with Jaccard 0.5 shares a band with probability 0.94, at 0.3 with 0.44,
 * at 0.1 with 0.02; candidates are then checked against the whole signature, so the bands only need recall.
 */
export const MINHASH = {
  permutations: 64,
  rows: 3,
  bands: 21,
  /** Words per shingle. Four survives an edited word every dozen words yet rarely repeats across unrelated texts. */
  shingleSize: 4,
  /** Only the head of a very long text is shingled: bounded time, and copies share their beginning anyway. */
  maxTokens: 4000,
} as const;

/** Hex SHA-256 (first 128 bits) of the normalized text: equal fingerprints are the same text up to case, accents, punctuation and spacing. */
export function textFingerprint(text: string): string {
  return fingerprintOfNormalized(normalizeText(text));
}

export function fingerprintOfNormalized(normalized: string): string {
  return createHash('sha256').update(normalized).digest('hex').slice(0, 32);
}

export interface ShingleSketch {
  /** Distinct shingles (capped by MINHASH.maxTokens). */
  shingles: number;
  /** b-bit MinHash: the low 16 bits of each permutation's 64-bit minimum. All 0xffff for an empty text. */
  signature: Uint16Array;
  /** One 31-bit id per LSH band; empty when the text has no shingles. */
  bands: number[];
}

const SEED_A = new Uint32Array(MINHASH.permutations);
const SEED_B = new Uint32Array(MINHASH.permutations);
for (let i = 0; i < MINHASH.permutations; i++) {
  SEED_A[i] = fmix32(Math.imul(i + 1, 0x9e3779b9));
  SEED_B[i] = fmix32(Math.imul(i + 1, 0x85ebca6b) ^ 0x5bd1e995) | 1;
}

// Open-addressing set of the shingles seen in the current text, reused across calls with a stamp per call
// instead of clearing: a Set<number> of 52-bit ids would box a heap number per shingle, and per-article garbage
// paces the young-generation pauses that the slowest articles wait on.
let seenA = new Uint32Array(1024);
let seenB = new Uint32Array(1024);
let seenStamp = new Uint32Array(1024);
let stamp = 0;

/** True if (a, b) was not yet in this call's set (and adds it). Capacity is a power of two above twice the count. */
function addNew(a: number, b: number): boolean {
  const mask = seenStamp.length - 1;
  let i = (a ^ Math.imul(b, 0x9e3779b1)) & mask;
  while (seenStamp[i] === stamp) {
    if (seenA[i] === a && seenB[i] === b) return false;
    i = (i + 1) & mask;
  }
  seenStamp[i] = stamp;
  seenA[i] = a;
  seenB[i] = b;
  return true;
}

// Token and shingle hashes go to scratch arrays that grow and are reused: every typed array of over 64 bytes
// is an off-heap buffer that each young-generation collection sweeps.
let tokenHashes: Uint32Array = new Uint32Array(2048);
let shingleScratch: Uint32Array = new Uint32Array(2048);
const grown = (a: Uint32Array, n: number): Uint32Array =>
  a.length >= n ? a : new Uint32Array(1 << Math.ceil(Math.log2(n)));

/** The distinct shingle hashes, in scratch memory that the next call overwrites: read them synchronously. */
function distinctShingles(tokens: readonly string[], size: number): Uint32Array {
  if (tokens.length === 0) return shingleScratch.subarray(0, 0);
  tokenHashes = grown(tokenHashes, tokens.length * 2);
  const th = tokenHashes;
  for (let i = 0; i < tokens.length; i++) hash64Into(tokens[i]!, th, i * 2);
  const k = Math.min(size, tokens.length);
  const n = tokens.length - k + 1;
  shingleScratch = grown(shingleScratch, n * 2);
  const out = shingleScratch;
  if (seenStamp.length < 2 * n) {
    const cap = 1 << Math.ceil(Math.log2(2 * n));
    [seenA, seenB, seenStamp, stamp] = [new Uint32Array(cap), new Uint32Array(cap), new Uint32Array(cap), 0];
  }
  if (++stamp === 0xffffffff) {
    seenStamp.fill(0);
    stamp = 1;
  }
  let m = 0;
  for (let s = 0; s < n; s++) {
    let a = 0x243f6a88;
    let b = 0x85a308d3;
    for (let j = 0; j < k; j++) {
      a = fmix32((a ^ th[(s + j) * 2]!) + Math.imul(b, 0x9e3779b1));
      b = fmix32((b ^ th[(s + j) * 2 + 1]!) + Math.imul(a, 0x85ebca77));
    }
    if (!addNew(a, b)) continue;
    out[m * 2] = a;
    out[m * 2 + 1] = b;
    m++;
  }
  return out.subarray(0, m * 2);
}

/** 64-bit hashes (hi, lo pairs) of the distinct word shingles of a token list. */
export function shingleHashes(tokens: readonly string[], size: number = MINHASH.shingleSize): Uint32Array {
  return distinctShingles(tokens, size).slice();
}

const minHi = new Uint32Array(MINHASH.permutations);
const minLo = new Uint32Array(MINHASH.permutations);

/** MinHash signature and LSH bands of a set of 64-bit shingle hashes. */
export function sketchShingles(hashes: Uint32Array): ShingleSketch {
  const P = MINHASH.permutations;
  minHi.fill(0xffffffff);
  minLo.fill(0xffffffff);
  const count = hashes.length >>> 1;
  for (let s = 0; s < count; s++) {
    const a = hashes[s * 2]!;
    const b = hashes[s * 2 + 1]!;
    for (let i = 0; i < P; i++) {
      const hi = fmix32((a ^ SEED_A[i]!) + Math.imul(b, SEED_B[i]!));
      const cur = minHi[i]!;
      if (hi > cur) continue;
      // The low half only breaks ties of the high half, so it is computed rarely.
      const lo = fmix32((b ^ SEED_B[i]!) + Math.imul(a, 0x27d4eb2f));
      if (hi < cur || lo < minLo[i]!) {
        minHi[i] = hi;
        minLo[i] = lo;
      }
    }
  }
  const signature = new Uint16Array(P);
  for (let i = 0; i < P; i++) signature[i] = count ? minHi[i]! & 0xffff : 0xffff;
  const bands: number[] = [];
  if (count) {
    for (let band = 0; band < MINHASH.bands; band++) {
      let h = fmix32(Math.imul(band + 1, 0x9e3779b9));
      for (let r = 0; r < MINHASH.rows; r++) {
        const i = band * MINHASH.rows + r;
        h = fmix32((h ^ minHi[i]!) + Math.imul(minLo[i]!, 0x85ebca77));
      }
      bands.push(h >>> 1);
    }
  }
  return { shingles: count, signature, bands };
}

/** Sketch of normalized text (see normalizeText). */
export function sketchText(normalized: string): ShingleSketch {
  return sketchShingles(distinctShingles(tokenize(normalized, MINHASH.maxTokens), MINHASH.shingleSize));
}

/** Permutations of the facts sketch (see sketchFacts). */
export const FACT_PERMUTATIONS = 16;

/**
 * A 16 x 8-bit MinHash of an article's names and numbers (term ids). Templated local news ("a fire destroyed
 * the ... on ... Street") can share most shingles between different events; a copy shares its facts too.
 */
export function sketchFacts(ids: readonly number[]): Uint8Array {
  const out = new Uint8Array(FACT_PERMUTATIONS).fill(0xff);
  if (!ids.length) return out;
  for (let i = 0; i < FACT_PERMUTATIONS; i++) {
    let min = 0xffffffff;
    for (const id of ids) {
      const h = fmix32((id ^ SEED_A[i]!) >>> 0);
      if (h < min) min = h;
    }
    out[i] = min & 0xff;
  }
  return out;
}

/** Estimated Jaccard similarity of two fact sets from their sketches (b-bit corrected). */
export function estimateFactJaccard(a: Uint8Array, b: Uint8Array): number {
  let same = 0;
  for (let i = 0; i < FACT_PERMUTATIONS; i++) if (a[i] === b[i]) same++;
  const c = 1 / 256;
  return Math.max(0, (same / FACT_PERMUTATIONS - c) / (1 - c));
}

/** Estimated Jaccard similarity of two shingle sets from their signatures (0 when either is empty). */
export function estimateJaccard(a: Uint16Array, b: Uint16Array): number {
  const n = Math.min(a.length, b.length);
  let same = 0;
  let emptyA = true;
  let emptyB = true;
  for (let i = 0; i < n; i++) {
    if (a[i] === b[i]) same++;
    if (a[i] !== 0xffff) emptyA = false;
    if (b[i] !== 0xffff) emptyB = false;
  }
  if (emptyA || emptyB || n === 0) return 0;
  // b-bit MinHash correction: unrelated minima still agree on 16 bits with probability 2^-16.
  const p = same / n;
  const c = 1 / 65536;
  return Math.max(0, (p - c) / (1 - c));
}

/** Share of set A's shingles that are in B, from the Jaccard estimate and the two set sizes. */
export function containment(jaccard: number, sizeA: number, sizeB: number): number {
  if (sizeA === 0) return 0;
  const intersection = (jaccard / (1 + jaccard)) * (sizeA + sizeB);
  return Math.min(1, intersection / sizeA);
}
