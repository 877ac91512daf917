// documentFrequencies (issue 16, story groups): the memory and Redis indexes answer the same document
// frequencies for the same stream, across generations of the sketch, and the same as their own lookups read.
import { afterAll, describe, expect, it } from 'vitest';
import { createDeduper, type DedupDoc } from '../../src/dedup/deduper.js';
import type { DedupIndex } from '../../src/dedup/index-types.js';
import { MemoryDedupIndex } from '../../src/dedup/memory-index.js';
import { termId } from '../../src/dedup/hash.js';
import { RedisDedupIndex } from '../../src/store/dedup-index.js';
import { testRedis } from '../helpers/redis.js';
import { marisol, marisolMore, northernStar } from './split-texts.js';
import { marisolTrial } from './split-episodes.js';

const r = testRedis('df-parity');
afterAll(() => r.cleanup());

const T0 = Date.parse('2025-03-04T09:00:00Z');
const docs: DedupDoc[] = [...marisol, ...northernStar, ...marisolTrial, ...marisolMore].map((d, i) => ({
  ...d,
  published: new Date(T0 + i * 3_600_000).toISOString(),
}));
const terms = ['w:ferri', 'e:marisol', 'w:ground', 'w:trial', 'w:neversaidanywher', 't:ferri'].map(termId);

async function stream(index: DedupIndex): Promise<{ docs: number; df: number[] }[]> {
  const d = createDeduper(index, { storyWindowMs: 3 * 86_400_000 });
  const seen = [await index.documentFrequencies(terms)];
  for (const doc of docs) {
    await d.assign(doc);
    seen.push(await index.documentFrequencies(terms));
  }
  return seen;
}

describe('documentFrequencies', () => {
  it('gives the same counts in memory and in Redis, generation by generation', async () => {
    // Generations of 4 articles: the stream crosses several, so a dropped generation shows.
    const memory = await stream(new MemoryDedupIndex({ dfGeneration: 4 }));
    const redis = await stream(new RedisDedupIndex(r, { dfGeneration: 4 }));
    expect(redis).toEqual(memory);
    expect(memory[0]).toEqual({ docs: 0, df: [0, 0, 0, 0, 0, 0] });
    // Two generations read at most: never more articles than 8.
    expect(Math.max(...memory.map((m) => m.docs))).toBeLessThanOrEqual(8);
    expect(memory.at(-1)!.df[0]).toBeGreaterThan(0);
    expect(memory.at(-1)!.df[4]).toBe(0);
  });

  it("answers as the lookup's own document frequencies", async () => {
    const index = new MemoryDedupIndex();
    await stream(index);
    const at = { time: T0, windowMs: 86_400_000 };
    const looked = await index.lookup({ fingerprint: null, bands: [], terms }, at);
    expect(await index.documentFrequencies(terms, at)).toEqual({ docs: looked.docs, df: looked.df });
    expect(await index.documentFrequencies([])).toEqual({ docs: looked.docs, df: [] });
  });
});
