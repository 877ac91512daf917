// The long memory's strings (`dedup:mem:<bucket>:<shard>`, story-memory.ts) expire the memory and two days after
// their 30-day bucket ends, the last moment a lookup reads the bucket, whenever in the bucket they were written;
// they were kept a bucket longer than that. Integration: real Redis, the index on a clock a year ahead of the
// server's (Redis never expires these keys by itself), expiry done by the test as time would.
import { afterAll, describe, expect, it } from 'vitest';
import type { StoryCentroid, TimeWindow } from '../../src/dedup/index-types.js';
import { MEMORY_PARAMS, memoryBucket } from '../../src/dedup/story-memory.js';
import { RedisDedupIndex } from '../../src/store/dedup-index.js';
import { testRedis } from '../helpers/redis.js';

const r = testRedis('memory-expiry');
afterAll(() => r.cleanup());

const DAY = 86_400_000;
const MEMORY = 60 * DAY;
const B = MEMORY_PARAMS.bucketMs;
// The start of a memory bucket, and a clock a year ahead of the server's.
const START = (memoryBucket(Date.parse('2025-03-04T00:00:00Z')) + 1) * B;
const OFFSET = Date.now() + 365 * DAY - START;

async function expireBy(prefix: string, clock: number): Promise<void> {
  for (const k of await r.redis.keys(`${prefix}:dedup:*`)) {
    const at = Number(await r.redis.call('PEXPIRETIME', k));
    if (at > 0 && at <= clock) await r.redis.unlink(k);
  }
}

function setup(name: string) {
  const prefix = `${r.prefix}-${name}`;
  const clock = { t: START };
  const index = new RedisDedupIndex({ redis: r.redis, prefix }, { clock: () => clock.t + OFFSET });
  const at = (time = clock.t): TimeWindow => ({ time, windowMs: 3 * DAY, storyWindowMs: 14 * DAY, memoryMs: MEMORY });
  const remember = async (pair: number, id: string) => {
    const story: StoryCentroid = { key: 0, id, first: clock.t, last: clock.t, size: 1, terms: [7], weights: [1] };
    await index.commit({ story, postings: [7], doc: null, terms: [7], memory: { pair, storyId: id } }, at());
  };
  /** The stories remembered under the pair, for an article of `time` (by default the clock's). */
  const recall = async (pair: number, time?: number) => (await index.recall([pair], at(time))).map((h) => h.storyId);
  const moveTo = async (t: number) => {
    clock.t = t;
    await expireBy(prefix, t + OFFSET);
  };
  const expiry = async () => {
    const [k] = await r.redis.keys(`${prefix}:dedup:mem:*`);
    return k ? Number(await r.redis.call('PEXPIRETIME', k)) - OFFSET : null;
  };
  return { remember, recall, moveTo, expiry };
}

describe('the long memory expires by its bucket', () => {
  it('keeps a bucket written on its first and its last day until the memory and two days after its end', async () => {
    const { remember, moveTo, expiry } = setup('ends');
    const end = START + B;
    await remember(0x1234, 's-00000000000a');
    expect(await expiry()).toBe(end + MEMORY + 2 * DAY);
    await moveTo(end - DAY);
    await remember(0x1234, 's-00000000000b');
    expect(await expiry()).toBe(end + MEMORY + 2 * DAY);
  });

  it('still answers the last lookup that reads the bucket, two days late, and is gone after it', async () => {
    const { remember, recall, moveTo } = setup('last');
    await moveTo(START + 5 * DAY);
    await remember(0x2345, 's-00000000000c');
    // The last article whose lookup reads the bucket: a minute before the bucket's end plus the memory.
    const lastRead = START + B + MEMORY - 60_000;
    await moveTo(lastRead);
    expect(await recall(0x2345)).toEqual(['s-00000000000c']);
    // The same article two days late (the index reads by the article's time, expires by the clock).
    await moveTo(lastRead + 2 * DAY);
    expect(await recall(0x2345, lastRead)).toEqual(['s-00000000000c']);
    // A minute later the string has gone (it was kept 92 days after each write: 5 days more here, 35 for a
    // write on the bucket's last day).
    await moveTo(lastRead + 2 * DAY + 60_000);
    expect(await recall(0x2345, lastRead)).toEqual([]);
  });
});
