// A story's slot in the Redis dedup index (a field of `dedup:sd:<span>`, or an old `dedup:st:<handle>` key): its
// centroid in the compact layout (story-slot-compact.ts, at most 220 bytes) or, for a story that does not fit
// it, as the bytes of STORY_RECORD (251), and back. The reader also takes the layout before the packed one
// (STORY_RECORD_V1), so that a deployment's existing slots are read until a join rewrites them or they expire;
// a value that is none of these reads as absent (an expired story), never as a misread one.
import type { StoryCentroid } from '../../dedup/index-types.js';
import { DeltafeedError } from '../../errors.js';
import { fieldBytes, getUint, setUint, STORY_RECORD as S, STORY_RECORD_V1 as S1 } from './records.js';
import { decodeCompactSlot, encodeCompactSlot } from './story-slot-compact.js';

export class DedupIndexError extends DeltafeedError {
  constructor(message: string) {
    super('DEDUP_INDEX', message);
  }
}

const TERM_BITS = 31;
const TERM_MAX = 2 ** TERM_BITS - 1;
/** The size a slot can hold: a larger story is stored as this size (its log enters the score, see story-score.ts). */
export const STORY_SIZE_MAX = 0xffff;

/** Times are stored as unsigned 32-bit minutes since the epoch (1970 to about 10136). */
export function minutes(ms: number): number {
  const m = Math.floor(ms / 60_000);
  if (!(m >= 0 && m <= 0xffffffff))
    throw new DedupIndexError(
      `time ${ms} cannot be stored (before 1970 or after 9999); use the fetch time for such dates`,
    );
  return m;
}

/** A zeroed slot from Node's buffer pool: Buffer.alloc makes an off-heap buffer of its own for each. */
export const emptySlot = (size: number) => Buffer.allocUnsafe(size).fill(0);

// Term j takes bits 31j .. 31j+30 of the terms field: at most 5 bytes, whose value (under 2^40) a double holds
// exactly, so the bytes are put together and taken apart with arithmetic rather than 32-bit bit operations.
function putTerm(slot: Buffer, j: number, id: number): void {
  const bit = j * TERM_BITS;
  const at = S.terms.offset + (bit >> 3);
  const shift = bit & 7;
  const bytes = Math.ceil((shift + TERM_BITS) / 8);
  const v = id * 2 ** (bytes * 8 - TERM_BITS - shift);
  for (let k = 0; k < bytes; k++) slot[at + k]! |= Math.floor(v / 2 ** (8 * (bytes - 1 - k))) & 0xff;
}

function getTerm(slot: Buffer, j: number): number {
  const bit = j * TERM_BITS;
  const at = S.terms.offset + (bit >> 3);
  const shift = bit & 7;
  const bytes = Math.ceil((shift + TERM_BITS) / 8);
  let v = 0;
  for (let k = 0; k < bytes; k++) v = v * 256 + slot[at + k]!;
  return Math.floor(v / 2 ** (bytes * 8 - TERM_BITS - shift)) % 2 ** TERM_BITS;
}

/**
 * The story's slot as the index stores it: compact when it fits, else STORY_RECORD; weights kept to 1/255, size
 * capped at STORY_SIZE_MAX.
 */
export function encodeStorySlot(story: StoryCentroid, idBytes: Buffer): Buffer {
  const count = Math.min(S.weights.count, story.terms.length);
  const terms = story.terms.slice(0, count);
  for (const id of terms)
    if (!(Number.isInteger(id) && id >= 0 && id <= TERM_MAX))
      throw new DedupIndexError(`term id ${id} of story ${story.id} is not a 31-bit id (see termId)`);
  const weights = terms.map((_, j) => Math.round(Math.min(1, Math.max(0, story.weights[j]!)) * 255));
  const first = minutes(story.first);
  const last = minutes(story.last);
  const size = Math.min(story.size, STORY_SIZE_MAX);
  const compact = encodeCompactSlot(idBytes, first, last, size, terms, weights);
  if (compact) return compact;
  const slot = emptySlot(S.SIZE);
  idBytes.copy(slot, S.storyId.offset);
  setUint(slot, 0, S.first, first);
  setUint(slot, 0, S.last, last);
  setUint(slot, 0, S.size, size);
  setUint(slot, 0, S.count, count);
  for (let j = 0; j < count; j++) {
    putTerm(slot, j, terms[j]!);
    setUint(slot, 0, S.weights, weights[j]!, j);
  }
  return slot;
}

/** The centroid in a slot (any layout); null for no slot, an empty one, or one of no layout. */
export function decodeStorySlot(n: number, slot: unknown): StoryCentroid | null {
  if (!(slot instanceof Buffer)) return null;
  const r = slot.length === S.SIZE ? S : slot.length === S1.SIZE ? S1 : null;
  if (!r) return decodeCompactSlot(n, slot, S.weights.count);
  const size = getUint(slot, 0, r.size);
  const count = getUint(slot, 0, r.count);
  if (!size || count > r.weights.count) return null;
  // Sized up front: arrays grown by push leave garbage behind on every lookup.
  const terms = new Array<number>(count);
  const weights = new Array<number>(count);
  for (let j = 0; j < count; j++) {
    terms[j] = r === S ? getTerm(slot, j) : getUint(slot, 0, S1.terms, j);
    weights[j] = getUint(slot, 0, r.weights, j) / 255;
  }
  return {
    key: n,
    id: `s-${fieldBytes(slot, 0, r.storyId).toString('hex')}`,
    first: getUint(slot, 0, r.first) * 60_000,
    last: getUint(slot, 0, r.last) * 60_000,
    size,
    terms,
    weights,
  };
}
