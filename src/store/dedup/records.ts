// The fixed-size binary records of the Redis dedup index, as tables of named fields. The TypeScript reader and
// writer go through these tables, and the slot sizes the Lua scripts need come from them (see constants.ts):
// a field added or widened here moves every offset and size at once.
import { FACT_PERMUTATIONS, MINHASH } from '../../dedup/fingerprint.js';
import { STORY_PARAMS } from '../../dedup/story-vector.js';

/** One field: `count` unsigned big-endian integers of `width` bytes each (1, 2 or 4), or raw bytes. */
export interface Field {
  readonly offset: number;
  readonly width: 1 | 2 | 4;
  readonly count: number;
}

type FieldSpec = readonly [name: string, width: 1 | 2 | 4, count?: number];

export type RecordLayout<N extends string> = { readonly [K in N]: Field } & { readonly SIZE: number };

/** Lays the fields out one after the other, in the order given. */
function record<const S extends readonly FieldSpec[]>(specs: S): RecordLayout<S[number][0]> {
  const out: Record<string, Field | number> = {};
  let offset = 0;
  for (const [name, width, count = 1] of specs) {
    out[name] = { offset, width, count };
    offset += width * count;
  }
  out.SIZE = offset;
  return out as RecordLayout<S[number][0]>;
}

/**
 * An original article: filed under a handle, read back by the lookup as near-duplicate candidates.
 * Times are minutes since the epoch; the story id is the 12 hex digits of "s-..." as 6 bytes.
 */
export const DOC_RECORD = record([
  ['time', 4],
  ['storyKey', 4],
  ['storyId', 1, 6],
  ['shingles', 2],
  ['signature', 2, MINHASH.permutations],
  ['factCount', 1],
  ['facts', 1, FACT_PERMUTATIONS],
] as const);

/**
 * A story's centroid: `count` of the term ids and byte weights (weight x 255) are in use. Term ids are 31-bit
 * (see termId) and packed back to back, most significant bit first, and the size stops at 65,535: 251 bytes,
 * which Redis keeps in a 256-byte allocation (the layout before, with 32-bit ids and a 32-bit size, took 259
 * bytes and a 320-byte allocation). The packing is in story-slot.ts.
 */
export const STORY_RECORD = record([
  ['storyId', 1, 6],
  ['first', 4],
  ['last', 4],
  ['size', 2],
  ['count', 1],
  ['terms', 1, Math.ceil((STORY_PARAMS.centroidTerms * 31) / 8)],
  ['weights', 1, STORY_PARAMS.centroidTerms],
] as const);

/** The story slot before the packed one (read until a join writes the new layout, or the key expires). */
export const STORY_RECORD_V1 = record([
  ['storyId', 1, 6],
  ['first', 4],
  ['last', 4],
  ['size', 4],
  ['count', 1],
  ['terms', 4, STORY_PARAMS.centroidTerms],
  ['weights', 1, STORY_PARAMS.centroidTerms],
] as const);

/** Element i of a field in the record at `at` (offset of the record in the buffer). */
export function getUint(buf: Buffer, at: number, f: Field, i = 0): number {
  const o = at + f.offset + i * f.width;
  return f.width === 4 ? buf.readUInt32BE(o) : f.width === 2 ? buf.readUInt16BE(o) : buf[o]!;
}

export function setUint(buf: Buffer, at: number, f: Field, value: number, i = 0): void {
  const o = at + f.offset + i * f.width;
  if (f.width === 4) buf.writeUInt32BE(value, o);
  else if (f.width === 2) buf.writeUInt16BE(value, o);
  else buf[o] = value;
}

/** The bytes of a field (all its elements). */
export function fieldBytes(buf: Buffer, at: number, f: Field): Buffer {
  return buf.subarray(at + f.offset, at + f.offset + f.width * f.count);
}
