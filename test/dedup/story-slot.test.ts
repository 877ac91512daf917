// The packed story slot of the Redis dedup index (src/store/dedup/story-slot.ts): round trip, bounds, the layout
// before it, and values of neither layout. The last test stores such values in real Redis (integration).
import { afterAll, describe, expect, it } from 'vitest';
import type { StoryCentroid } from '../../src/dedup/index-types.js';
import { STORY_PARAMS } from '../../src/dedup/story-vector.js';
import { RedisDedupIndex } from '../../src/store/dedup-index.js';
import { setUint, STORY_RECORD, STORY_RECORD_V1 } from '../../src/store/dedup/records.js';
import { decodeStorySlot, DedupIndexError, encodeStorySlot, STORY_SIZE_MAX } from '../../src/store/dedup/story-slot.js';
import { testRedis } from '../helpers/redis.js';

const r = testRedis('story-slot');
afterAll(() => r.cleanup());

const T0 = Date.parse('2025-03-04T09:00:00Z');
const DAY = 86_400_000;
const ID = Buffer.from('00a1b2c3d4e5', 'hex');

/** 48 terms: both ends of the 31-bit range, one bit at each place, and a spread of values between. */
function fullStory(): StoryCentroid {
  const terms = [0, 2 ** 31 - 1, 1];
  for (let b = 1; b < 31; b++) terms.push(2 ** b + (b % 2));
  while (terms.length < STORY_PARAMS.centroidTerms) terms.push((terms.length * 0x2545f491) % 2 ** 31);
  const weights = terms.map((_, i) => Math.round((1 - i / terms.length) * 255) / 255);
  return { key: 7, id: 's-00a1b2c3d4e5', first: T0, last: T0 + 3 * DAY, size: 12, terms, weights };
}

describe('the story slot', () => {
  it('takes 251 bytes: a 256-byte allocation in Redis, where 259 took a 320-byte one', () => {
    expect(STORY_RECORD.SIZE).toBe(251);
    expect(STORY_RECORD_V1.SIZE).toBe(259);
  });

  it('reads back every term id, weight, time, size and the story id', () => {
    const s = fullStory();
    expect(decodeStorySlot(7, encodeStorySlot(s, ID))).toEqual(s);
    const short = { ...s, terms: [5, 2 ** 31 - 2], weights: [1, 0.5] };
    const back = decodeStorySlot(3, encodeStorySlot(short, ID))!;
    expect(back.terms).toEqual([5, 2 ** 31 - 2]);
    expect(back.weights).toEqual([1, 128 / 255]);
    expect(back.key).toBe(3);
  });

  it('caps the size at 65,535 and the terms at the centroid count; refuses ids beyond 31 bits', () => {
    const s = fullStory();
    expect(decodeStorySlot(1, encodeStorySlot({ ...s, size: 70_000 }, ID))!.size).toBe(STORY_SIZE_MAX);
    expect(decodeStorySlot(1, encodeStorySlot({ ...s, size: STORY_SIZE_MAX }, ID))!.size).toBe(STORY_SIZE_MAX);
    const long = { ...s, terms: [...s.terms, 9], weights: [...s.weights, 0] };
    expect(decodeStorySlot(1, encodeStorySlot(long, ID))!.terms).toEqual(s.terms);
    for (const bad of [2 ** 31, -1, 1.5])
      expect(() => encodeStorySlot({ ...s, terms: [bad], weights: [1] }, ID)).toThrow(DedupIndexError);
  });

  it('reads the slots of the layout before (32-bit ids and size)', () => {
    const s = fullStory();
    const old = Buffer.alloc(STORY_RECORD_V1.SIZE);
    ID.copy(old, 0);
    setUint(old, 0, STORY_RECORD_V1.first, T0 / 60_000);
    setUint(old, 0, STORY_RECORD_V1.last, (T0 + 3 * DAY) / 60_000);
    setUint(old, 0, STORY_RECORD_V1.size, 100_000);
    setUint(old, 0, STORY_RECORD_V1.count, s.terms.length);
    s.terms.forEach((t, j) => setUint(old, 0, STORY_RECORD_V1.terms, t, j));
    s.weights.forEach((w, j) => setUint(old, 0, STORY_RECORD_V1.weights, Math.round(w * 255), j));
    expect(decodeStorySlot(7, old)).toEqual({ ...s, size: 100_000 });
  });

  it('reads a value of neither layout, an empty slot or a count beyond the centroid as absent', () => {
    const good = encodeStorySlot(fullStory(), ID);
    for (const v of [null, Buffer.alloc(0), good.subarray(0, 250), Buffer.concat([good, Buffer.alloc(1)]), 'x'])
      expect(decodeStorySlot(1, v)).toBeNull();
    expect(decodeStorySlot(1, Buffer.alloc(STORY_RECORD.SIZE))).toBeNull();
    const overfull = Buffer.from(good);
    setUint(overfull, 0, STORY_RECORD.count, 49);
    expect(decodeStorySlot(1, overfull)).toBeNull();
  });

  it('leaves a story whose key holds a corrupt value out of the lookup, and keeps answering', async () => {
    const index = new RedisDedupIndex(r);
    const at = { time: T0, windowMs: 3 * DAY, storyWindowMs: 14 * DAY };
    const story = (id: string, term: number) => ({
      key: 0,
      id,
      first: T0,
      last: T0,
      size: 1,
      terms: [term, 11],
      weights: [1, 0.5],
    });
    await index.commit({ story: story('s-00000000000a', 10), postings: [10, 11], doc: null, terms: [10, 11] }, at);
    await index.commit({ story: story('s-00000000000b', 12), postings: [12, 11], doc: null, terms: [12, 11] }, at);
    const before = await index.findStories({ terms: [11], weights: [1] }, at, 10);
    expect(before.stories.map((s) => s.id).sort()).toEqual(['s-00000000000a', 's-00000000000b']);
    const a = before.stories.find((s) => s.id === 's-00000000000a')!;
    const [sd] = await r.redis.keys(`${r.prefix}:dedup:sd:*`);
    await r.redis.hset(sd!, a.key.toString(36), 'not a story slot');
    const after = await index.findStories({ terms: [11], weights: [1] }, at, 10);
    expect(after.posted).toBe(2);
    expect(after.stories.map((s) => s.id)).toEqual(['s-00000000000b']);
  });
});
