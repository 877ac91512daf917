// The shard count recorded per bucket (src/store/dedup/lua/common.lua): new buckets are written at the index's
// count (512 by default) and say so in their base key; buckets of the layout before (no count, 1,024 shards) are
// read and written at 1,024, so an index written by the version before keeps its copies and stories after the
// upgrade; a bucket ahead of the query without a base is empty and not read, one not ahead is read as the layout
// before the compact lists wrote it. Integration: real Redis.
import { afterAll, describe, expect, it } from 'vitest';
import { bucketMs, bucketOf, DAY_MS, storyWindow, type StoryCentroid } from '../../src/dedup/index-types.js';
import { RedisDedupIndex } from '../../src/store/dedup-index.js';
import { testRedis } from '../helpers/redis.js';

const r = testRedis('shard-count');
afterAll(() => r.cleanup());

const T0 = Date.parse('2025-03-04T09:00:00Z');
const at = { time: T0, windowMs: 3 * DAY_MS, storyWindowMs: 14 * DAY_MS };
/** Ids whose 512 and 1,024 splits differ in shard and field. */
const BAND = [0x1234567, 0x2345678];
const TERM = 0x3456789;

const split = (id: number, shards: number) => [String(id % shards), String(Math.floor(id / shards))] as const;

function centroid(n: number, key = 0): StoryCentroid {
  return {
    key,
    id: `s-${n.toString(16).padStart(12, '0')}`,
    first: T0,
    last: T0,
    size: 1,
    terms: [TERM],
    weights: [1],
  };
}

function doc(id: string, fingerprint: string, bands: number[], time = T0) {
  const signature = new Uint16Array(64).fill(7);
  return { id, time, shingles: 10, signature, factCount: 0, facts: new Uint8Array(16), fingerprint, bands };
}

const fpA = '0123456789abcdef0123456789abcdef';
const fpB = 'fedcba9876543210fedcba9876543210';

describe('shard counts per bucket', () => {
  it('reads an index of the layout before (1,024 shards, no count), and writes its buckets at 1,024', async () => {
    const prefix = `${r.prefix}-legacy`;
    const ctx = { redis: r.redis, prefix };
    // What the version before writes: 1,024 shards, a base with no count.
    await new RedisDedupIndex(ctx, { shards: 1024 }).commit(
      { story: centroid(1), postings: [TERM], doc: doc('a', fpA, BAND), terms: [] },
      at,
    );
    const lsh = `${prefix}:dedup:lsh:${bucketOf(at)}:`;
    expect(await r.redis.get(`${lsh}base`)).toMatch(/^\d+$/);
    const [s1, f1] = split(BAND[0]!, 1024);
    expect(await r.redis.hget(lsh + s1, f1)).not.toBeNull();

    const index = new RedisDedupIndex(ctx);
    const q = { bands: BAND, terms: [] };
    expect((await index.lookup({ ...q, fingerprint: fpA }, at)).exact?.id).toBe('a');
    const near = (await index.lookup({ ...q, fingerprint: null }, at)).near;
    expect(near.map((d) => d.id)).toEqual(['a']);
    // The value as the version before encodes one handle: its distance below the base, past the slack of 128.
    const base = Number(await r.redis.get(`${lsh}base`));
    expect(await r.redis.hget(lsh + s1, f1)).toBe(String(base - near[0]!.key - 1 - 128));
    const found = await index.findStories({ terms: [TERM], weights: [1] }, at, 10);
    expect(found.stories.map((s) => s.id)).toEqual([centroid(1).id]);

    // The new version's article in that bucket goes where the bucket's count puts it, and is found.
    const other = [0x4567890];
    await index.commit({ story: centroid(2), postings: [], doc: doc('b', fpB, other), terms: [] }, at);
    const [s2, f2] = split(other[0]!, 1024);
    const [s2n, f2n] = split(other[0]!, 512);
    expect(await r.redis.hget(lsh + s2, f2)).not.toBeNull();
    expect(await r.redis.hget(lsh + s2n, f2n)).toBeNull();
    expect((await index.lookup({ bands: other, terms: [], fingerprint: null }, at)).near.map((d) => d.id)).toEqual([
      'b',
    ]);
    expect(await r.redis.get(`${lsh}base`)).toMatch(/^\d+$/);
  });

  it('begins a new bucket at its own count, recorded in its base, and reads both buckets in one lookup', async () => {
    const prefix = `${r.prefix}-new`;
    const ctx = { redis: r.redis, prefix };
    await new RedisDedupIndex(ctx, { shards: 1024 }).commit(
      { story: centroid(1), postings: [TERM], doc: doc('old', fpA, BAND), terms: [] },
      at,
    );
    // A bucket later, still within the window of the first.
    const later = { ...at, time: (bucketOf(at) + 1) * bucketMs(at.windowMs) + 3_600_000 };
    expect(bucketOf(later)).toBe(bucketOf(at) + 1);
    const index = new RedisDedupIndex(ctx);
    await index.commit({ story: centroid(2), postings: [TERM], doc: doc('new', fpB, BAND), terms: [] }, later);
    const lsh = `${prefix}:dedup:lsh:${bucketOf(later)}:`;
    expect(await r.redis.get(`${lsh}base`)).toMatch(/^\d+:512$/);
    const [s, f] = split(BAND[0]!, 512);
    expect(await r.redis.hget(lsh + s, f)).not.toBeNull();
    expect(await r.redis.get(`${prefix}:dedup:post:${bucketOf(storyWindow(later))}:base`)).toMatch(/^\d+(:512)?$/);
    const near = await index.lookup({ bands: BAND, terms: [], fingerprint: null }, later);
    expect(near.near.map((d) => d.id).sort()).toEqual(['new', 'old']);
    const stories = await index.findStories({ terms: [TERM], weights: [1] }, later, 10);
    expect(stories.stories.map((x) => x.id).sort()).toEqual([centroid(1).id, centroid(2).id]);
    // An index of another count reads the same: each bucket at the count it was written at.
    const wide = new RedisDedupIndex(ctx, { shards: 4096 });
    expect((await wide.lookup({ bands: BAND, terms: [], fingerprint: null }, later)).near).toHaveLength(2);
  });

  it('skips a bucket ahead of the query that has no base, and reads it once it has one', async () => {
    // A query time late in its bucket, so that its window reaches into the next bucket (ahead of its own).
    const span = bucketMs(at.windowMs);
    const q0 = { ...at, time: (bucketOf(at) + 1) * span - 3_600_000 };
    const next = { ...at, time: (bucketOf(at) + 1) * span + 3_600_000 };
    expect(bucketOf(next)).toBe(bucketOf(q0) + 1);
    const prefix = `${r.prefix}-ahead`;
    const index = new RedisDedupIndex({ redis: r.redis, prefix });
    // Two articles under the same bands: lists of two tokens, which need no base to decode.
    await index.commit({ story: centroid(1), postings: [], doc: doc('a', fpA, BAND, next.time), terms: [] }, next);
    await index.commit({ story: centroid(2), postings: [], doc: doc('b', fpB, BAND, next.time), terms: [] }, next);
    const lsh = `${prefix}:dedup:lsh:${bucketOf(next)}:`;
    const base = (await r.redis.get(`${lsh}base`))!;
    const q = { bands: BAND, terms: [], fingerprint: null };
    expect((await index.lookup(q, q0)).near).toHaveLength(2);
    await r.redis.del(`${lsh}base`);
    expect((await index.lookup(q, q0)).near).toHaveLength(0);
    // From a query in that bucket it is no longer ahead: read as a bucket of the layout before (1,024 shards).
    expect((await index.lookup(q, next)).near).toHaveLength(0);
    await r.redis.set(`${lsh}base`, base);
    expect((await index.lookup(q, q0)).near).toHaveLength(2);
  });

  it('reads a bucket without a base that is not ahead as the layout before wrote it (1,024 shards)', async () => {
    const prefix = `${r.prefix}-nobase`;
    const ctx = { redis: r.redis, prefix };
    const old = new RedisDedupIndex(ctx, { shards: 1024 });
    await old.commit({ story: centroid(1), postings: [TERM], doc: doc('a', fpA, BAND), terms: [] }, at);
    await old.commit({ story: centroid(2), postings: [TERM], doc: doc('b', fpB, BAND), terms: [] }, at);
    // The layout before the compact lists wrote no base; lists of several handles decode without one.
    await r.redis.del(
      `${prefix}:dedup:lsh:${bucketOf(at)}:base`,
      `${prefix}:dedup:post:${bucketOf(storyWindow(at))}:base`,
    );
    const index = new RedisDedupIndex(ctx);
    // This index was born with bases (its first handles set the marker): a bucket without one holds nothing.
    expect(await r.redis.exists(`${prefix}:dedup:born`)).toBe(1);
    expect((await index.lookup({ bands: BAND, terms: [], fingerprint: null }, at)).near).toHaveLength(0);
    expect((await index.findStories({ terms: [TERM], weights: [1] }, at, 10)).stories).toHaveLength(0);
    // An index of the version before has no marker.
    await r.redis.del(`${prefix}:dedup:born`);
    expect((await index.lookup({ bands: BAND, terms: [], fingerprint: null }, at)).near).toHaveLength(2);
    expect((await index.findStories({ terms: [TERM], weights: [1] }, at, 10)).stories).toHaveLength(2);
    // Negative: the same lists at another count than 1,024 are not where a bucket without a base is looked for.
    const prefix2 = `${r.prefix}-nobase512`;
    const ctx2 = { redis: r.redis, prefix: prefix2 };
    const idx2 = new RedisDedupIndex(ctx2);
    await idx2.commit({ story: centroid(1), postings: [TERM], doc: doc('a', fpA, BAND), terms: [] }, at);
    await idx2.commit({ story: centroid(2), postings: [TERM], doc: doc('b', fpB, BAND), terms: [] }, at);
    expect((await idx2.lookup({ bands: BAND, terms: [], fingerprint: null }, at)).near).toHaveLength(2);
    await r.redis.del(`${prefix2}:dedup:lsh:${bucketOf(at)}:base`, `${prefix2}:dedup:born`);
    expect((await idx2.lookup({ bands: BAND, terms: [], fingerprint: null }, at)).near).toHaveLength(0);
  });

  it('reads corrupt bases and lists as nothing (or at the count before), never failing a lookup or a commit', async () => {
    const prefix = `${r.prefix}-corrupt`;
    const ctx = { redis: r.redis, prefix };
    const index = new RedisDedupIndex(ctx);
    await index.commit({ story: centroid(1), postings: [TERM], doc: doc('a', fpA, BAND), terms: [] }, at);
    const lsh = `${prefix}:dedup:lsh:${bucketOf(at)}:`;
    const post = `${prefix}:dedup:post:${bucketOf(storyWindow(at))}:`;
    const base = (await r.redis.get(`${lsh}base`))!;
    const q = { bands: BAND, terms: [], fingerprint: null };
    const story = { terms: [TERM], weights: [1] };
    for (const bad of ['garbage', ':512', '', 'x:y']) {
      await r.redis.set(`${lsh}base`, bad);
      await r.redis.set(`${post}base`, bad);
      expect((await index.lookup(q, at)).near).toEqual([]);
      // The story of the good base is not read at the wrong split (one the commit below wrote under the corrupt
      // base, at the count before, may be).
      const ids = (await index.findStories(story, at, 10)).stories.map((x) => x.id);
      expect(ids).not.toContain(centroid(1).id);
      await index.commit({ story: centroid(2), postings: [TERM], doc: doc('b', fpB, [0x777]), terms: [] }, at);
    }
    // A count that does not parse, or is no count of shards, is the count before (1,024): the 512 split is not
    // where it looks.
    for (const count of ['zz', '0', '-4', '2.5', '1e9']) {
      await r.redis.set(`${lsh}base`, base.replace(/:.*/, `:${count}`));
      expect((await index.lookup(q, at)).near).toEqual([]);
    }
    await r.redis.set(`${lsh}base`, base);
    expect((await index.lookup(q, at)).near.map((d) => d.id)).toEqual(['a']);
    // Lists that hold no handle: no candidate, no story.
    const [s, f] = split(BAND[0]!, 512);
    await r.redis.hset(lsh + s, f, 'not,a;list');
    await r.redis.set(`${post}base`, base);
    const [ps, pf] = split(TERM, 512);
    await r.redis.hset(post + ps, pf, '\u0001\u0002');
    expect((await index.lookup({ ...q, bands: [BAND[0]!] }, at)).near).toEqual([]);
    expect((await index.findStories(story, at, 10)).stories).toEqual([]);
  });
});
