import { afterAll, describe, expect, it } from 'vitest';
import { createDeduper, type DedupDecision, type DedupDoc } from '../../src/dedup/deduper.js';
import type { DedupIndex } from '../../src/dedup/index-types.js';
import { MemoryDedupIndex } from '../../src/dedup/memory-index.js';
import { RedisDedupIndex } from '../../src/store/dedup-index.js';
import { testRedis } from '../helpers/redis.js';
import { bridgeOther, bridgeWire, chineseStory, russianStory, schoolVote, variants, warehouseFire, waterMain, type Text } from './texts.js';

const r = testRedis('dedup-index');
afterAll(() => r.cleanup());

const T0 = Date.parse('2025-03-04T09:00:00Z');
const HOUR = 3_600_000;

function stream(): DedupDoc[] {
  const items: [string, Text, number][] = [
    ['school', schoolVote, 0], ['wire', bridgeWire, 1], ['fire', warehouseFire, 2], ['water', waterMain, 3],
    ['copy-all', variants(bridgeWire).all, 4], ['other', bridgeOther, 5], ['ru', russianStory, 6], ['zh', chineseStory, 7],
    ['exact', bridgeWire, 8], ['ru-copy', variants(russianStory).intro, 9], ['empty', { title: 'Live updates', text: '' }, 10],
    ['copy-trim', variants(bridgeWire).trimmed, 30], ['late', bridgeOther, 24 * 9], ['fire-again', variants(warehouseFire).chrome, 24 * 9 + 1],
  ];
  return items.map(([id, t, h]) => ({ id, title: t.title, text: t.text, published: new Date(T0 + h * HOUR).toISOString() }));
}

async function run(index: DedupIndex): Promise<DedupDecision[]> {
  const d = createDeduper(index, { storyWindowMs: 3 * 24 * HOUR });
  const out: DedupDecision[] = [];
  for (const doc of stream()) out.push(await d.assign(doc));
  return out;
}

describe('RedisDedupIndex', () => {
  it('makes exactly the decisions the memory index makes', async () => {
    const mem = await run(new MemoryDedupIndex());
    const red = await run(new RedisDedupIndex(r, { shards: 16 }));
    expect(red).toEqual(mem);
    // The scenario exercises every path, so the comparison means something.
    const kinds = new Set(mem.map((m) => m.features.match));
    expect(kinds).toEqual(new Set(['new', 'story', 'near', 'exact']));
    const byId = new Map(stream().map((d, i) => [d.id, mem[i]!]));
    expect(byId.get('exact')!.duplicateOf).toBe('wire');
    expect(byId.get('copy-trim')!.duplicateOf).toBe('wire');
    expect(byId.get('late')!.storyId).not.toBe(byId.get('wire')!.storyId);
    expect(byId.get('fire-again')!.duplicateOf).toBeNull();
  });

  it('keeps its keys under prefix:dedup:, expiring (but counters), in compact encodings', async () => {
    const keys = await r.redis.keys(`${r.prefix}:*`);
    expect(keys.length).toBeGreaterThan(10);
    for (const k of keys) {
      expect(k.startsWith(`${r.prefix}:dedup:`)).toBe(true);
      const ttl = await r.redis.ttl(k);
      // Handle counters and document frequencies live on; frequencies are dropped by generation instead.
      if (/:dedup:(seq|df):/.test(k)) expect(ttl).toBe(-1);
      else {
        expect(ttl).toBeGreaterThan(0);
        expect(ttl).toBeLessThanOrEqual(5 * 86_400);
      }
      const type = await r.redis.type(k);
      if (type === 'hash') expect(await r.redis.object('ENCODING', k)).toBe('listpack');
    }
  });

  it('stores what it is given and reads it back', async () => {
    const index = new RedisDedupIndex({ redis: r.redis, prefix: `${r.prefix}-rt` });
    const at = { time: T0, windowMs: 86_400_000 };
    const signature = Uint16Array.from({ length: 64 }, (_, i) => i * 1000);
    const story = { key: 0, id: 's-0123456789ab', first: T0, last: T0 + 60_000, size: 2, terms: [5, 2 ** 31 - 1], weights: [1, 128 / 255] };
    const sk = await index.saveStory(story, [5, 77], at);
    expect(await index.getStories([sk, sk + 1000])).toEqual([{ ...story, key: sk }, null]);
    const facts = Uint8Array.from({ length: 16 }, (_, i) => i * 15);
    const doc = { id: 'a-1', storyKey: sk, storyId: story.id, time: T0, shingles: 321, signature, factCount: 7, facts };
    const dk = await index.addDocument(doc, { fingerprint: '00ff00ff00ff00ff', bands: [1, 2 ** 31 - 1] }, at);
    const expected = { ...doc, key: dk };
    expect(await index.findByFingerprint('00ff00ff00ff00ff', at)).toEqual(expected);
    expect(await index.findByBands([2 ** 31 - 1], at)).toEqual([expected]);
    expect(await index.findByBands([3], at)).toEqual([]);
    expect(await index.findByBands([1], { time: T0 + 3 * 86_400_000, windowMs: 86_400_000 })).toEqual([]);
    expect(await index.findStories([9, 77, 5], at)).toEqual(new Map([[sk, [1, 2]]]));
    await index.countTerms([5, 9]);
    await index.countTerms([5]);
    expect(await index.documentFrequencies([5, 9, 10])).toEqual({ docs: 2, df: [2, 1, 0] });
    await expect(index.saveStory({ ...story, id: 'story:1' }, [], at)).rejects.toThrow(/12 hex/);
    await r.redis.del(...(await r.redis.keys(`${r.prefix}-rt:*`)));
  });

  it('counts document frequencies in generations, like the memory index, and drops old ones', async () => {
    const red = new RedisDedupIndex({ redis: r.redis, prefix: `${r.prefix}-rt` }, { dfGeneration: 2 });
    const mem = new MemoryDedupIndex({ dfGeneration: 2 });
    const seen: unknown[][] = [];
    for (const terms of [[1, 2], [1], [2, 3], [3], [3, 4]]) {
      await red.countTerms(terms);
      await mem.countTerms(terms);
      seen.push([await red.documentFrequencies([1, 2, 3, 4]), await mem.documentFrequencies([1, 2, 3, 4])]);
    }
    for (const [a, b] of seen) expect(a).toEqual(b);
    // Five articles in generations of two: generation 2 holds [3, 4], generation 1 [2, 3] and [3].
    expect(seen[4]![0]).toEqual({ docs: 3, df: [0, 1, 3, 1] });
    const dfKeys = await r.redis.keys(`${r.prefix}-rt:dedup:df:0:*`);
    expect(dfKeys).toEqual([]);
    await r.redis.del(...(await r.redis.keys(`${r.prefix}-rt:*`)));
  });
});
