// The compact story slot: what STORY_RECORD holds, in at most 220 bytes, so that Redis keeps it in a 224-byte
// allocation instead of a 256-byte one (a value of n bytes takes n + 4 with its header and terminator). The
// weights are what make it fit: they are stored strongest first, so each is its predecessor minus a small
// drop, and a Rice code of the drops takes 17 bytes where one byte a weight took 48. The code is lossless:
// the decoded centroid is exactly the one the fixed layout holds, so every decision reads the same numbers.
// A story the code cannot fit (steep weight drops, a span of more than 2^24 minutes) keeps the fixed layout;
// the reader tells them apart by length (see decodeStorySlot).
//
//   bytes 0-5    story id            bytes 6-9   last (minutes)     bytes 10-12  last - first (minutes)
//   then bits, most significant first: count (6), size (16), count x term id (31), Rice parameter k (2),
//   the first weight (8), then each later weight's drop as (drop >> k) zeros, a one, and drop's low k bits;
//   the last byte padded with zeros.
import type { StoryCentroid } from '../../dedup/index-types.js';

/** The longest compact slot: with the 4 bytes of Redis's string header and terminator, a 224-byte allocation. */
export const COMPACT_SLOT_MAX = 220;
const HEAD = 13;
const SPAN_MAX = 2 ** 24 - 1;
const COUNT_BITS = 6;
const TERM_BITS = 31;

class BitWriter {
  readonly buf: Buffer;
  pos = 0;
  constructor(bytes: number) {
    this.buf = Buffer.alloc(bytes);
  }
  /** False once the slot is full: the caller gives up on the compact layout. */
  put(value: number, bits: number): boolean {
    if (this.pos + bits > this.buf.length * 8) return false;
    for (let left = bits; left > 0;) {
      const room = 8 - (this.pos & 7);
      const take = Math.min(room, left);
      // The top `take` of the `left` bits still to write (values up to 31 bits: arithmetic, not bit shifts).
      const part = Math.floor(value / 2 ** (left - take)) % 2 ** take;
      this.buf[this.pos >> 3]! |= part << (room - take);
      this.pos += take;
      left -= take;
    }
    return true;
  }
}

class BitReader {
  pos: number;
  constructor(
    private readonly buf: Buffer,
    from: number,
  ) {
    this.pos = from * 8;
  }
  get left(): number {
    return this.buf.length * 8 - this.pos;
  }
  /** NaN past the end. */
  take(bits: number): number {
    if (bits > this.left) return NaN;
    let v = 0;
    for (let left = bits; left > 0;) {
      const room = 8 - (this.pos & 7);
      const take = Math.min(room, left);
      v = v * 2 ** take + ((this.buf[this.pos >> 3]! >> (room - take)) & ((1 << take) - 1));
      this.pos += take;
      left -= take;
    }
    return v;
  }
  /** Zeros up to the next one; NaN if none comes. */
  unary(): number {
    let n = 0;
    while (this.left > 0) {
      if (this.take(1)) return n;
      n++;
    }
    return NaN;
  }
}

const drops = (w: readonly number[]) => w.slice(1).map((x, i) => w[i]! - x);

/** Bits the Rice code with parameter k takes for these drops. */
const riceBits = (d: readonly number[], k: number) => d.reduce((s, x) => s + (x >> k) + 1 + k, 0);

/**
 * The compact slot, or null when the story does not fit it. `weights` are the stored bytes (weight x 255,
 * rounded), `terms` already checked to be 31-bit ids, `first`/`last` in minutes, `size` capped.
 */
export function encodeCompactSlot(
  idBytes: Buffer,
  first: number,
  last: number,
  size: number,
  terms: readonly number[],
  weights: readonly number[],
): Buffer | null {
  const span = last - first;
  if (!(span >= 0 && span <= SPAN_MAX) || terms.length >= 2 ** COUNT_BITS) return null;
  const d = drops(weights);
  // Weights are stored strongest first; a rise (which the centroid never has) is left to the fixed layout.
  if (d.some((x) => x < 0)) return null;
  let k = 0;
  for (let j = 1; j < 4; j++) if (riceBits(d, j) < riceBits(d, k)) k = j;
  const bits = COUNT_BITS + 16 + TERM_BITS * terms.length + 2 + (weights.length ? 8 : 0) + riceBits(d, k);
  const bytes = HEAD + Math.ceil(bits / 8);
  if (bytes > COMPACT_SLOT_MAX) return null;
  const w = new BitWriter(bytes);
  idBytes.copy(w.buf, 0);
  w.buf.writeUInt32BE(last, 6);
  w.buf.writeUIntBE(span, 10, 3);
  w.pos = HEAD * 8;
  w.put(terms.length, COUNT_BITS);
  w.put(size, 16);
  for (const t of terms) w.put(t, TERM_BITS);
  w.put(k, 2);
  if (weights.length) w.put(weights[0]!, 8);
  for (const x of d) {
    w.pos += x >> k;
    w.put(1, 1);
    if (k) w.put(x & ((1 << k) - 1), k);
  }
  return w.buf;
}

/**
 * The centroid in a compact slot; null unless the bytes are exactly one: a count within `maxTerms`, a size,
 * weights that stay within a byte, and nothing but padding after the last drop.
 */
export function decodeCompactSlot(n: number, slot: Buffer, maxTerms: number): StoryCentroid | null {
  if (slot.length <= HEAD || slot.length > COMPACT_SLOT_MAX) return null;
  const r = new BitReader(slot, HEAD);
  const count = r.take(COUNT_BITS);
  const size = r.take(16);
  if (!(count <= maxTerms) || !size) return null;
  // Sized up front: arrays grown by push leave garbage behind on every lookup.
  const terms = new Array<number>(count);
  const weights = new Array<number>(count);
  for (let j = 0; j < count; j++) {
    terms[j] = r.take(TERM_BITS);
    if (Number.isNaN(terms[j])) return null;
  }
  const k = r.take(2);
  let w = count ? r.take(8) : 0;
  for (let j = 0; j < count; j++) {
    if (j) w -= r.unary() * 2 ** k + (k ? r.take(k) : 0);
    if (!(w >= 0)) return null;
    weights[j] = w / 255;
  }
  if (!(r.left < 8 && r.take(r.left) === 0)) return null;
  const last = slot.readUInt32BE(6);
  return {
    key: n,
    id: `s-${slot.subarray(0, 6).toString('hex')}`,
    first: (last - slot.readUIntBE(10, 3)) * 60_000,
    last: last * 60_000,
    size,
    terms,
    weights,
  };
}
