import { afterAll, describe, expect, it } from 'vitest';
import { createDeduper, type DedupDecision, type DedupDoc } from '../../src/dedup/deduper.js';
import type { DedupIndex, StoryQuery } from '../../src/dedup/index-types.js';
import { MemoryDedupIndex } from '../../src/dedup/memory-index.js';
import { loadStoryModel, type StoryModel } from '../../src/dedup/story-model.js';
import { chooseStoryQuery, IDF_PRIOR_DOCS, STORY_PARAMS } from '../../src/dedup/story-vector.js';
import { RedisDedupIndex } from '../../src/store/dedup-index.js';
import { testRedis } from '../helpers/redis.js';
import {
  bridgeOther,
  bridgeWire,
  chineseStory,
  russianStory,
  schoolVote,
  variants,
  warehouseFire,
  waterMain,
  type Text,
} from './texts.js';

const r = testRedis('dedup-index');
const rd = testRedis('dedup-index-details');
afterAll(() => Promise.all([r.cleanup(), rd.cleanup()]));

const T0 = Date.parse('2025-03-04T09:00:00Z');
const HOUR = 3_600_000;

function stream(): DedupDoc[] {
  const items: [string, Text, number][] = [
    ['school', schoolVote, 0],
    ['wire', bridgeWire, 1],
    ['fire', warehouseFire, 2],
    ['water', waterMain, 3],
    ['copy-all', variants(bridgeWire).all, 4],
    ['other', bridgeOther, 5],
    ['ru', russianStory, 6],
    ['zh', chineseStory, 7],
    ['exact', bridgeWire, 8],
    ['ru-copy', variants(russianStory).intro, 9],
    ['empty', { title: 'Live updates', text: '' }, 10],
    ['copy-trim', variants(bridgeWire).trimmed, 30],
    ['exact-late', bridgeWire, 84],
    ['late', bridgeOther, 24 * 9],
    ['fire-again', variants(warehouseFire).chrome, 24 * 9 + 1],
  ];
  return items.map(([id, t, h]) => ({
    id,
    title: t.title,
    text: t.text,
    published: new Date(T0 + h * HOUR).toISOString(),
  }));
}

/** Articles for which the deduper had to call findStories (the lookup skipped the stories), per index. */
const storySearches = new Map<string, string[]>();

async function run(
  index: DedupIndex,
  name: string,
  opts: { model?: StoryModel; idfPrior?: number } = {},
): Promise<DedupDecision[]> {
  const searched: string[] = [];
  storySearches.set(name, searched);
  let current = '';
  const counting: DedupIndex = {
    lookup: (q, at) => index.lookup(q, at),
    findStories: (q, at, limit) => (searched.push(current), index.findStories(q, at, limit)),
    addDuplicate: (f, o, at) => index.addDuplicate(f, o, at),
    commit: (c, at) => index.commit(c, at),
    documentFrequencies: (t, at) => index.documentFrequencies(t, at),
  };
  const d = createDeduper(counting, { storyWindowMs: 3 * 24 * HOUR, ...opts });
  const out: DedupDecision[] = [];
  for (const doc of stream()) {
    current = doc.id;
    out.push(await d.assign(doc));
  }
  return out;
}

describe('RedisDedupIndex', () => {
  it('makes exactly the decisions the memory index makes', async () => {
    const mem = await run(new MemoryDedupIndex(), 'memory');
    const red = await run(new RedisDedupIndex(r, { shards: 16 }), 'redis');
    expect(red).toEqual(mem);
    // The scenario exercises every path, so the comparison means something.
    const kinds = new Set(mem.map((m) => m.features.match));
    expect(kinds).toEqual(new Set(['new', 'story', 'near', 'exact']));
    const byId = new Map(stream().map((d, i) => [d.id, mem[i]!]));
    expect(byId.get('exact')!.duplicateOf).toBe('wire');
    expect(byId.get('copy-trim')!.duplicateOf).toBe('wire');
    expect(byId.get('late')!.storyId).not.toBe(byId.get('wire')!.storyId);
    expect(byId.get('fire-again')!.duplicateOf).toBeNull();
    // 83 hours after its original, in a bucket the lookup still reads: the fingerprint matches but is out of the
    // window, so the lookup skipped the stories and the deduper asked for them (findStories) instead.
    expect(byId.get('exact-late')!.duplicateOf).toBeNull();
    expect(storySearches.get('memory')).toEqual(['exact-late']);
    expect(storySearches.get('redis')).toEqual(['exact-late']);
  });

  it('makes the decisions the memory index makes with detail terms on (days and numbers of the prose)', async () => {
    // Detail terms and the wider scoring vector live in process: the index stores and looks up the same ids.
    const model = { ...loadStoryModel(), details: { terms: true, scoringTerms: 96 } };
    const mem = await run(new MemoryDedupIndex(), 'memory', { model });
    const red = await run(new RedisDedupIndex(rd, { shards: 16 }), 'redis', { model });
    expect(red).toEqual(mem);
    expect(mem.some((m) => m.features.match === 'story')).toBe(true);
  });

  it('makes the memory index decisions under any IDF prior (dedup.idfPrior), and the prior changes them', async () => {
    const scores = new Map<number, number[]>();
    for (const prior of [0, 37.5, 500]) {
      const mem = await run(new MemoryDedupIndex(), `memory-${prior}`, { idfPrior: prior });
      const red = await run(
        new RedisDedupIndex({ redis: r.redis, prefix: `${r.prefix}-prior${prior}` }, { shards: 16 }),
        `redis-${prior}`,
        { idfPrior: prior },
      );
      expect(red, `prior ${prior}`).toEqual(mem);
      scores.set(
        prior,
        mem.map((m) => m.score),
      );
      await r.redis.del(...(await r.redis.keys(`${r.prefix}-prior${prior}:*`)));
    }
    // The story scores move with the prior: the runs above compare decisions that depend on it.
    expect(scores.get(0)).not.toEqual(scores.get(500));
  });

  it('keeps its keys under prefix:dedup:, expiring (but counters), in compact encodings', async () => {
    const keys = await r.redis.keys(`${r.prefix}:*`);
    expect(keys.length).toBeGreaterThan(10);
    for (const k of keys) {
      expect(k.startsWith(`${r.prefix}:dedup:`)).toBe(true);
      const ttl = await r.redis.ttl(k);
      // Handle counters, document frequencies and the born marker live on; frequencies are dropped by generation.
      if (/:dedup:((seq|dfs):|born$)/.test(k)) expect(ttl).toBe(-1);
      else if (/:dedup:(lsh|post|fp):/.test(k)) {
        // The window (3 days) and two, and a day more: their expiry is refreshed once a day (see dedup:ttl:);
        // a bucket's list base a day more again, so that it outlives the lists it decodes.
        const more = k.endsWith(':base') ? 86_400 : 0;
        expect(ttl).toBeGreaterThan(5 * 86_400 + more);
        expect(ttl).toBeLessThanOrEqual(6 * 86_400 + more);
      } else if (/:dedup:mem:/.test(k)) {
        // The long memory (story-memory.ts): the memory (60 days by default) and two days after the end of the
        // article's 30-day bucket, counted from the write.
        expect(ttl).toBeGreaterThan(62 * 86_400 - 60);
        expect(ttl).toBeLessThanOrEqual(92 * 86_400);
      } else if (/:dedup:(sd|sl):/.test(k)) {
        // Stories: the window and two days after the end of the 6-hour span of their last join; their locations
        // after the end of the day of their last write (the day's prune mark, see lua/commit.lua).
        expect(ttl).toBeGreaterThan(5 * 86_400);
        expect(ttl).toBeLessThanOrEqual(5 * 86_400 + (/:dedup:sl:/.test(k) ? 86_400 : 6 * 3600));
      } else {
        expect(ttl).toBeGreaterThan(0);
        expect(ttl).toBeLessThanOrEqual(/:dedup:ttl:/.test(k) ? 2 * 86_400 : 5 * 86_400);
      }
      const type = await r.redis.type(k);
      // Story slots (up to 251 bytes) are over Redis's listpack value size: their span hashes are hash tables.
      if (type === 'hash')
        expect(await r.redis.object('ENCODING', k)).toBe(/:dedup:sd:/.test(k) ? 'hashtable' : 'listpack');
    }
  });

  it('stores what it is given and reads it back', async () => {
    const index = new RedisDedupIndex({ redis: r.redis, prefix: `${r.prefix}-rt` });
    const at = { time: T0, windowMs: 86_400_000 };
    const signature = Uint16Array.from({ length: 64 }, (_, i) => i * 1000);
    const story = {
      key: 0,
      id: 's-0123456789ab',
      first: T0,
      last: T0 + 60_000,
      size: 2,
      terms: [5, 2 ** 31 - 1],
      weights: [1, 128 / 255],
    };
    const facts = Uint8Array.from({ length: 16 }, (_, i) => i * 15);
    const doc = { id: 'a-1', time: T0, shingles: 321, signature, factCount: 7, facts };
    await index.commit(
      {
        story,
        postings: [5, 77],
        doc: { ...doc, fingerprint: '00ff00ff00ff00ff', bands: [1, 2 ** 31 - 1] },
        terms: [5, 9],
      },
      at,
    );
    const found = await index.findStories({ terms: [9, 77, 5], weights: [1, 2, 3] }, at, 10);
    expect(found.posted).toBe(1);
    const sk = found.stories[0]!.key;
    expect(found.stories).toEqual([{ ...story, key: sk }]);
    const expected = { ...doc, storyKey: sk, storyId: story.id, key: expect.any(Number) as number };
    const hit = await index.lookup({ fingerprint: '00ff00ff00ff00ff', bands: [2 ** 31 - 1], terms: [5, 9, 10] }, at);
    expect(hit).toEqual({ exact: expected, near: [expected], docs: 1, df: [1, 1, 0], stories: null });
    expect(await index.lookup({ fingerprint: null, bands: [3], terms: [] }, at)).toEqual({
      exact: null,
      near: [],
      docs: 1,
      df: [],
      stories: null,
    });
    const later = { time: T0 + 3 * 86_400_000, windowMs: 86_400_000 };
    expect(await index.lookup({ fingerprint: '00ff00ff00ff00ff', bands: [1], terms: [] }, later)).toMatchObject({
      exact: null,
      near: [],
    });
    expect((await index.findStories({ terms: [5], weights: [1] }, later, 10)).posted).toBe(0);
    // A copy's fingerprint points to its original.
    await index.addDuplicate('1111222233334444', hit.exact!, at);
    expect((await index.lookup({ fingerprint: '1111222233334444', bands: [], terms: [] }, at)).exact).toEqual(expected);
    // The same story again keeps its key; its postings grow.
    await index.commit({ story: { ...story, key: sk, size: 3 }, postings: [9], doc: null, terms: [5] }, at);
    expect(await index.findStories({ terms: [9], weights: [1] }, at, 10)).toEqual({
      posted: 1,
      stories: [{ ...story, key: sk, size: 3 }],
    });
    expect(await index.lookup({ fingerprint: null, bands: [], terms: [5, 9] }, at)).toMatchObject({
      docs: 2,
      df: [2, 1],
    });
    await expect(
      index.commit({ story: { ...story, id: 'story:1' }, postings: [], doc: null, terms: [] }, at),
    ).rejects.toThrow(/12 hex/);
    await r.redis.del(...(await r.redis.keys(`${r.prefix}-rt:*`)));
  });

  it("refreshes a shard hash's expiry on its first write of the day, and marks it so later writes skip that", async () => {
    const pre = `${r.prefix}-ttl`;
    const index = new RedisDedupIndex({ redis: r.redis, prefix: pre }, { shards: 1 });
    const at = { time: T0, windowMs: 86_400_000 };
    const commit = (i: number) =>
      index.commit(
        {
          story: { key: 0, id: `s-00000000000${i}`, first: T0, last: T0, size: 1, terms: [7], weights: [1] },
          postings: [7],
          doc: null,
          terms: [7],
        },
        at,
      );
    await commit(1);
    const [post] = await r.redis.keys(`${pre}:dedup:post:*`);
    const [marks] = await r.redis.keys(`${pre}:dedup:ttl:*`);
    expect(post).toBeDefined();
    expect(marks).toBeDefined();
    const full = 4 * 86_400;
    expect(await r.redis.ttl(post!)).toBeGreaterThan(full - 60);
    // Marked: a second write the same day leaves the expiry alone (shortened here to tell).
    await r.redis.expire(post!, 1000);
    await commit(2);
    expect(await r.redis.ttl(post!)).toBeLessThanOrEqual(1000);
    // A new day has no marks: the next write refreshes it again.
    await r.redis.del(marks!);
    await commit(3);
    expect(await r.redis.ttl(post!)).toBeGreaterThan(full - 60);
    await r.redis.del(...(await r.redis.keys(`${pre}:*`)));
  });

  it('ranks candidate stories like the memory index: heaviest summed weight, then oldest, at most the limit', async () => {
    const red = new RedisDedupIndex({ redis: r.redis, prefix: `${r.prefix}-rank` });
    const mem = new MemoryDedupIndex();
    const at = { time: T0, windowMs: 3 * 86_400_000 };
    const next = { time: T0 + 86_400_000, windowMs: 3 * 86_400_000 };
    const story = (n: number) => ({
      key: 0,
      id: `s-00000000000${n}`,
      first: T0,
      last: T0,
      size: 1,
      terms: [n],
      weights: [1],
    });
    // Story 3 is posted under term 10 on two days: it still counts once for that term (5, not 10, below story
    // 2's 6 and story 1's 8); story 4 (3) falls beyond the limit.
    const posts: [number, number[], typeof at][] = [
      [1, [10, 11], at],
      [2, [11, 12], at],
      [3, [10], at],
      [4, [12], at],
      [3, [10], next],
    ];
    const keys = new Map<DedupIndex, Map<number, number>>([
      [red, new Map()],
      [mem, new Map()],
    ]);
    for (const [n, postings, when] of posts) {
      for (const index of [red, mem]) {
        const known = keys.get(index)!;
        await index.commit({ story: { ...story(n), key: known.get(n) ?? 0 }, postings, doc: null, terms: [] }, when);
        const saved = (await index.findStories({ terms: postings, weights: postings.map(() => 1) }, when, 10)).stories;
        known.set(n, saved.find((s) => s.id === story(n).id)!.key);
      }
    }
    const q = { terms: [10, 11, 12], weights: [5, 3, 3] };
    const a = await red.findStories(q, next, 3);
    const b = await mem.findStories(q, next, 3);
    expect(a.posted).toBe(b.posted);
    expect(a.stories.map((s) => s.id)).toEqual(b.stories.map((s) => s.id));
    expect(a.stories.map((s) => s.id)).toEqual(['s-000000000001', 's-000000000002', 's-000000000003']);
    await r.redis.del(...(await r.redis.keys(`${r.prefix}-rank:*`)));
  });

  it('chooses the story query inside the lookup exactly as chooseStoryQuery does, and skips it for a fingerprint match', async () => {
    const red = new RedisDedupIndex({ redis: r.redis, prefix: `${r.prefix}-query` }, { shards: 16 });
    const mem = new MemoryDedupIndex();
    const at = { time: T0, windowMs: 3 * 86_400_000 };
    // 40 articles: article n has terms n..n+5 (frequencies 1 to 6, so IDFs differ) and the last ten, which are
    // in every article and too common to query by; story n is posted under terms n..n+9.
    const terms = Array.from({ length: 60 }, (_, i) => 1000 + i * 7919);
    for (let n = 0; n < 40; n++) {
      const story = {
        key: 0,
        id: `s-${String(n).padStart(12, '0')}`,
        first: T0,
        last: T0,
        size: 1,
        terms: [terms[n]!],
        weights: [1],
      };
      const c = {
        story,
        postings: terms.slice(n, n + 10),
        doc: null,
        terms: [...terms.slice(n, Math.min(n + 6, 50)), ...terms.slice(50)],
      };
      await red.commit(c, at);
      await mem.commit(c, at);
    }
    // Equal factors make ties of weight, broken by id; every third term is a key term.
    const factors = terms.map((_, i) => [1, 1.5, 2.0794415416798357 * 1.2][i % 3]!);
    const keys = terms.map((_, i) => i % 3 === 1);
    // Each IDF prior (none, a fraction, a large one) weighs the terms as the deduper does, in both indexes.
    const chosenBy = new Map<number, StoryQuery>();
    const q = (idfPrior: number) => ({
      fingerprint: null,
      bands: [],
      terms,
      stories: { factors, keys, limit: 5, idfPrior },
    });
    for (const prior of [0, 12.5, IDF_PRIOR_DOCS, 1000]) {
      const [a, b] = [await red.lookup(q(prior), at), await mem.lookup(q(prior), at)];
      expect(a.df).toEqual(b.df);
      const chosen = chooseStoryQuery({ ids: terms, factors, keys }, b.df, b.docs, prior);
      chosenBy.set(prior, chosen);
      expect(chosen.terms.length).toBeGreaterThan(STORY_PARAMS.queryTerms);
      expect(chosen.terms.length).toBeLessThan(terms.length);
      const direct = await mem.findStories(chosen, at, 5);
      expect(a.stories, `prior ${prior}`).toEqual(direct);
      expect(b.stories, `prior ${prior}`).toEqual(direct);
      expect(direct.stories).toHaveLength(5);
    }
    // The prior changes what is asked (the ranking weights at least), so the equalities above test it.
    expect(chosenBy.get(0)).not.toEqual(chosenBy.get(1000));
    await red.commit(
      {
        story: { key: 0, id: 's-aaaaaaaaaaaa', first: T0, last: T0, size: 1, terms: [], weights: [] },
        postings: [],
        doc: {
          id: 'd',
          time: T0,
          shingles: 9,
          signature: new Uint16Array(64),
          factCount: 0,
          facts: new Uint8Array(16),
          fingerprint: 'abababababababab',
          bands: [],
        },
        terms: [],
      },
      at,
    );
    expect((await red.lookup({ ...q(IDF_PRIOR_DOCS), fingerprint: 'abababababababab' }, at)).stories).toBeNull();
    await r.redis.del(...(await r.redis.keys(`${r.prefix}-query:*`)));
  });

  it('counts document frequencies in generations, like the memory index, and drops old ones', async () => {
    const red = new RedisDedupIndex({ redis: r.redis, prefix: `${r.prefix}-rt` }, { dfGeneration: 2 });
    const mem = new MemoryDedupIndex({ dfGeneration: 2 });
    const at = { time: T0, windowMs: 86_400_000 };
    const seen: unknown[][] = [];
    for (const [i, terms] of [[1, 2], [1], [2, 3], [3], [3, 4]].entries()) {
      const story = { key: 0, id: `s-00000000000${i}`, first: T0, last: T0, size: 1, terms: [], weights: [] };
      await red.commit({ story, postings: [], doc: null, terms }, at);
      await mem.commit({ story, postings: [], doc: null, terms }, at);
      const q = { fingerprint: null, bands: [], terms: [1, 2, 3, 4] };
      const [a, b] = [await red.lookup(q, at), await mem.lookup(q, at)];
      seen.push([
        { docs: a.docs, df: a.df },
        { docs: b.docs, df: b.df },
      ]);
    }
    for (const [a, b] of seen) expect(a).toEqual(b);
    // Five articles in generations of two: generation 2 holds [3, 4], generation 1 [2, 3] and [3].
    expect(seen[4]![0]).toEqual({ docs: 3, df: [0, 1, 3, 1] });
    expect(await r.redis.keys(`${r.prefix}-rt:dedup:dfs:0*`)).toEqual([]);
    expect((await r.redis.keys(`${r.prefix}-rt:dedup:dfs:*`)).sort()).toEqual(
      ['1', '1:n', '2', '2:n', 'count'].map((k) => `${r.prefix}-rt:dedup:dfs:${k}`),
    );
    await r.redis.del(...(await r.redis.keys(`${r.prefix}-rt:*`)));
  });
});
