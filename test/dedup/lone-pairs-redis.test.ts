// The wait of stories of one on Redis (src/store/lone-pairs.ts) answers each step as the memory side does
// (MemoryStoryRedirects, lone-wait.test.ts), and its keys expire.
import { afterAll, describe, expect, it } from 'vitest';
import { MemoryStoryRedirects, type HeldPair, type LoneStep } from '../../src/dedup/story-merge.js';
import { redisStoryRedirects } from '../../src/store/story-merges.js';
import { testRedis } from '../helpers/redis.js';

const r = testRedis('lone-pairs');
afterAll(() => r.cleanup());

const DAY = 86_400_000;
const T0 = Date.parse('2026-03-01T00:00:00Z');
const pair = (lone: string, newer: string): HeldPair => ({ lone, newer, articleId: `a|"${newer}"`, p: 0.612 });
const step = (days: number, hold: HeldPair | null = null, decided: string[] = []): LoneStep => ({
  hold,
  decided,
  time: T0 + days * DAY,
  waitMs: 3 * DAY,
});

describe('the wait of stories of one on Redis', () => {
  it('answers every step as the memory side does', async () => {
    const steps = [
      step(0, pair('s-a', 's-b')),
      step(0.5, pair('s-c', 's-d')),
      step(1, pair('s-e', 's-f'), ['s-d']),
      step(0.2), // dated earlier: the clock stays
      step(3, null, ['s-x']),
      step(3.5),
      step(4, pair('s-g', 's-h')),
      step(4.1, null, ['s-g']),
      step(20),
    ];
    const memory = new MemoryStoryRedirects();
    const redis = redisStoryRedirects(r);
    const got: HeldPair[][] = [];
    for (const s of steps) {
      const want = await memory.settleLone(s);
      const have = await redis.settleLone(s);
      expect(have).toEqual(want);
      got.push(have);
    }
    // The steps cover a pair that joins, one turned down, one still waiting and a clock that does not go back.
    expect(got.flat()).toEqual([pair('s-a', 's-b'), pair('s-e', 's-f')]);
  });

  it('keeps its keys under the prefix, each with an expiry', async () => {
    await redisStoryRedirects(r).settleLone(step(30, pair('s-i', 's-j'), ['s-k']));
    const keys = await r.redis.keys(`${r.prefix}:stories:lone:*`);
    expect(keys.sort()).toEqual(['clock', 'decided', 'held'].map((k) => `${r.prefix}:stories:lone:${k}`));
    for (const k of keys) expect(await r.redis.ttl(k)).toBeGreaterThan(0);
  });
});
