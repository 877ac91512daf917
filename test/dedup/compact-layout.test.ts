// The Redis dedup index's compact layouts (src/store/dedup/): story slots with Rice-coded weights, handle lists
// as listpack integers or 7-bit tokens, fingerprints as 8 bytes. Each reads back exactly what the layout before
// held, is capped as appendCapped() caps, and reads that layout's values during an upgrade. Integration: real
// Redis (the slot codec's tests need none, but sit with the layouts they serve).
import { afterAll, describe, expect, it } from 'vitest';
import { appendCapped, bucketOf, DAY_MS, storyWindow, type StoryCentroid } from '../../src/dedup/index-types.js';
import { STORY_PARAMS } from '../../src/dedup/story-vector.js';
import { RedisDedupIndex } from '../../src/store/dedup-index.js';
import { STORY_RECORD } from '../../src/store/dedup/records.js';
import { COMPACT_SLOT_MAX, decodeCompactSlot } from '../../src/store/dedup/story-slot-compact.js';
import { decodeStorySlot, encodeStorySlot } from '../../src/store/dedup/story-slot.js';
import { testRedis } from '../helpers/redis.js';

const r = testRedis('compact-layout');
afterAll(() => r.cleanup());

const T0 = Date.parse('2025-03-04T09:00:00Z');
const ID = Buffer.from('00a1b2c3d4e5', 'hex');
const N = STORY_PARAMS.centroidTerms;

/** A centroid as stories have them: 48 terms (both ends of the 31-bit range), weights falling by a few 1/255. */
function story(drop = (i: number) => 1 + (i % 3)): StoryCentroid {
  const terms = [0, 2 ** 31 - 1];
  while (terms.length < N) terms.push((terms.length * 0x2545f491) % 2 ** 31);
  let w = 200;
  const weights = terms.map((_, i) => (i ? (w = Math.max(0, w - drop(i))) : w) / 255);
  return { key: 7, id: 's-00a1b2c3d4e5', first: T0, last: T0 + 3 * DAY_MS, size: 12, terms, weights };
}

describe('the compact story slot', () => {
  it('holds a centroid in at most 220 bytes and reads back exactly what the fixed layout holds', () => {
    const s = story();
    const slot = encodeStorySlot(s, ID);
    expect(slot.length).toBeLessThanOrEqual(COMPACT_SLOT_MAX);
    expect(decodeStorySlot(7, slot)).toEqual(s);
    const few = { ...s, terms: [5, 2 ** 31 - 2], weights: [1, 0.5], size: 70_000 };
    expect(decodeStorySlot(3, encodeStorySlot(few, ID))).toEqual({
      ...few,
      key: 3,
      weights: [1, 128 / 255],
      size: 65_535,
    });
    const none = { ...s, terms: [], weights: [] };
    expect(decodeStorySlot(7, encodeStorySlot(none, ID))).toEqual(none);
  });

  it('leaves to the fixed layout a story whose drops are steep, whose weights rise, or whose span is too long', () => {
    const steep = story((i) => (i % 2 ? 40 : 0));
    const rising = { ...story(), weights: story().weights.map((_, i) => i / N) };
    const long = { ...story(), first: T0 - 40 * 365 * DAY_MS };
    const backwards = { ...story(), first: T0 + 4 * DAY_MS };
    for (const s of [steep, rising, long, backwards]) {
      const slot = encodeStorySlot(s, ID);
      expect(slot.length).toBe(STORY_RECORD.SIZE);
      expect(decodeStorySlot(7, slot)!.terms).toEqual(s.terms);
    }
  });

  it('reads a cut, lengthened or tampered compact slot as absent', () => {
    const slot = encodeStorySlot(story(), ID);
    const bad = [slot.subarray(0, slot.length - 1), Buffer.concat([slot, Buffer.alloc(1)]), slot.subarray(0, 13)];
    const overfull = Buffer.from(slot);
    overfull[13] = 0xff; // a count of 63 terms
    // One term: 63 bits after the head, so the last byte ends with a bit of padding, which must be zero.
    const padded = Buffer.from(encodeStorySlot({ ...story(), terms: [5], weights: [1] }, ID));
    expect(decodeStorySlot(7, padded)!.terms).toEqual([5]);
    padded[padded.length - 1]! |= 1;
    for (const v of [...bad, overfull, padded]) expect(decodeStorySlot(7, v)).toBeNull();
    expect(decodeCompactSlot(7, slot, N)).not.toBeNull();
    expect(decodeCompactSlot(7, slot, N - 1)).toBeNull();
  });
});

describe('handle lists and fingerprints in Redis', () => {
  const at = { time: T0, windowMs: 3 * DAY_MS, storyWindowMs: 14 * DAY_MS };
  // With 1,024 shards: shard 5, field 3 (TERM + 1024: field 4, and so on).
  const TERM = 5 + 1024 * 3;
  const postKey = (prefix: string) => `${prefix}:dedup:post:${bucketOf(storyWindow(at))}:5`;
  const centroid = (id: number): StoryCentroid => ({
    key: 0,
    id: `s-${id.toString(16).padStart(12, '0')}`,
    first: T0,
    last: T0,
    size: 1,
    terms: [TERM],
    weights: [1],
  });

  it('keeps one handle as a listpack integer and several as tokens, capped as appendCapped caps them', async () => {
    const prefix = `${r.prefix}-lists`;
    const index = new RedisDedupIndex({ redis: r.redis, prefix }, { shards: 1024 });
    await index.commit({ story: centroid(1), postings: [TERM], doc: null, terms: [] }, at);
    const one = (await r.redis.hget(postKey(prefix), '3'))!;
    expect(one).toMatch(/^-\d+$/);
    expect(await r.redis.object('ENCODING', postKey(prefix))).toBe('listpack');
    const first = (await index.findStories({ terms: [TERM], weights: [1] }, at, 10)).stories[0]!.key;
    // Relative to the bucket's base, the first handle posted in it: this one.
    expect(await r.redis.get(postKey(prefix).replace(/:5$/, ':base'))).toBe(String(first));
    expect(one).toBe(String(-1 - 128));
    // Posted again and again (stories 2-40, then story 1 once more): the list keeps what appendCapped keeps.
    let expected: string | undefined = first.toString(36);
    const keys = new Map<number, number>([[1, first]]);
    for (const n of [...Array.from({ length: 39 }, (_, i) => i + 2), 1]) {
      await index.commit(
        { story: { ...centroid(n), key: keys.get(n) ?? 0 }, postings: [TERM], doc: null, terms: [] },
        at,
      );
      const found = await index.findStories({ terms: [TERM], weights: [1] }, at, 100);
      for (const s of found.stories) keys.set(parseInt(s.id.slice(2), 16), s.key);
      expected = appendCapped(expected, keys.get(n)!);
    }
    const value = (await r.redis.hgetBuffer(postKey(prefix), '3'))!;
    expect(value[value.length - 1]).toBeGreaterThanOrEqual(128);
    expect(value.length).toBeLessThan(expected.length);
    const found = await index.findStories({ terms: [TERM], weights: [1] }, at, 100);
    expect(found.posted).toBe(expected.split(',').length);
    expect(found.stories.map((s) => s.key).sort((a, b) => a - b)).toEqual(
      expected
        .split(',')
        .map((x) => parseInt(x, 36))
        .sort((a, b) => a - b),
    );
    expect(found.posted).toBeLessThan(40);
  });

  it('keeps a handle far below its bucket base as a token, and reads it back', async () => {
    const prefix = `${r.prefix}-below`;
    const index = new RedisDedupIndex({ redis: r.redis, prefix }, { shards: 1024 });
    await r.redis.set(`${prefix}:dedup:seq:story`, 10_000);
    await index.commit({ story: centroid(1), postings: [TERM], doc: null, terms: [] }, at);
    // A story of a batch taken long before (its handle given): 9,000 below the base, past the slack.
    await index.commit({ story: { ...centroid(2), key: 1_000 }, postings: [TERM + 1024], doc: null, terms: [] }, at);
    const value = (await r.redis.hgetBuffer(postKey(prefix), '4'))!;
    expect(value[value.length - 1]).toBeGreaterThanOrEqual(128);
    const found = await index.findStories({ terms: [TERM + 1024], weights: [1] }, at, 10);
    expect(found.stories.map((s) => [s.id, s.key])).toEqual([[centroid(2).id, 1_000]]);
    // Just within the slack: an integer.
    await index.commit(
      { story: { ...centroid(3), key: 10_001 - 128 }, postings: [TERM + 2048], doc: null, terms: [] },
      at,
    );
    expect(await r.redis.hget(postKey(prefix), '5')).toBe('-1');
    const near = await index.findStories({ terms: [TERM + 2048], weights: [1] }, at, 10);
    expect(near.stories.map((s) => s.key)).toEqual([10_001 - 128]);
  });

  it('reads base-36 lists of the layout before, and rewrites one in the new layout when it is posted to', async () => {
    const prefix = `${r.prefix}-old`;
    const index = new RedisDedupIndex({ redis: r.redis, prefix }, { shards: 1024 });
    const handles: number[] = [];
    for (const n of [1, 2, 3]) {
      await index.commit({ story: centroid(n), postings: [TERM + 1024], doc: null, terms: [] }, at);
      const found = await index.findStories({ terms: [TERM + 1024], weights: [1] }, at, 10);
      handles.push(found.stories.find((s) => s.id === centroid(n).id)!.key);
    }
    // As the layout before wrote it, under a term no story was posted to in this layout.
    await r.redis.hset(postKey(prefix), '3', handles.map((h) => h.toString(36)).join(','));
    const old = await index.findStories({ terms: [TERM], weights: [1] }, at, 10);
    expect(old.posted).toBe(3);
    expect(old.stories.map((s) => s.key).sort((a, b) => a - b)).toEqual([...handles].sort((a, b) => a - b));
    // Story 1 joins again: moved to the end, the list now in tokens, the others kept.
    await index.commit({ story: { ...centroid(1), key: handles[0]! }, postings: [TERM], doc: null, terms: [] }, at);
    const value = (await r.redis.hgetBuffer(postKey(prefix), '3'))!;
    expect(value[value.length - 1]).toBeGreaterThanOrEqual(128);
    expect((await index.findStories({ terms: [TERM], weights: [1] }, at, 10)).posted).toBe(3);
    // What a process of the version before leaves when it appends to a list of this layout: its parts that are
    // no handle are skipped, the rest read.
    await r.redis.hset(postKey(prefix), '4', `-12,${handles[1]!.toString(36)}`);
    const mixed = await index.findStories({ terms: [TERM + 1024], weights: [1] }, at, 10);
    expect(mixed.stories.map((s) => s.key)).toEqual([handles[1]]);
    // A term nobody was posted under finds nothing, in either layout.
    expect((await index.findStories({ terms: [TERM + 2048], weights: [1] }, at, 10)).posted).toBe(0);
  });

  it('finds an original by its 8-byte fingerprint field, or by the whole text of the layout before', async () => {
    const prefix = `${r.prefix}-fp`;
    const index = new RedisDedupIndex({ redis: r.redis, prefix }, { shards: 1024 });
    const signature = new Uint16Array(64);
    const fingerprint = '00ff00ff00ff00ff1234567890abcdef';
    const doc = { id: 'a-1', time: T0, shingles: 10, signature, factCount: 0, facts: new Uint8Array(16) };
    await index.commit({ story: centroid(9), postings: [], doc: { ...doc, fingerprint, bands: [] }, terms: [] }, at);
    const [fpKey] = await r.redis.keys(`${prefix}:dedup:fp:*`);
    expect(Object.keys(await r.redis.hgetallBuffer(fpKey!)).length).toBe(1);
    expect(await r.redis.hexists(fpKey!, Buffer.from('00ff00ff00ff00ff', 'hex'))).toBe(1);
    const q = { bands: [], terms: [] };
    expect((await index.lookup({ ...q, fingerprint }, at)).exact?.id).toBe('a-1');
    expect((await index.lookup({ ...q, fingerprint: 'ff'.repeat(16) }, at)).exact).toBeNull();
    // The layout before: the fingerprint's 32 hex digits as the field.
    const handle = (await r.redis.hget(fpKey!, Buffer.from('00ff00ff00ff00ff', 'hex')))!;
    const older = '00ff00ffabababab0000000000000000';
    await r.redis.hset(fpKey!, older, handle);
    expect((await index.lookup({ ...q, fingerprint: older }, at)).exact?.id).toBe('a-1');
  });
});
