// How long the dedup index keeps each key after a write, in ms. Every expiry counts from the clock of the write
// (the server's, or RedisDedupIndexOptions.clock) and covers the last lookup that can read the key, plus two days
// for articles that arrive late (a lookup reads by the article's time, not the clock's).
import { DAY_MS, type TimeWindow } from '../../dedup/index-types.js';
import { MEMORY_PARAMS, memoryBucket } from '../../dedup/story-memory.js';

/** Articles' slots and ids, stories' span hashes and locations: the window and two days. */
export const ttlMs = (at: TimeWindow) => at.windowMs + 2 * DAY_MS;

/** The sharded hashes' expiry is refreshed once a day (see lua/commit.lua), so they get a day more. */
export const shardTtlMs = (at: TimeWindow) => ttlMs(at) + DAY_MS;

/**
 * A memory bucket's string after a write at `time`: until the last lookup that reads the bucket (one at the
 * bucket's end plus the memory, see memoryBuckets) and two days. A write early in a bucket sets what a later
 * one would: the string goes `memoryMs` and two days after its bucket ends. (It was kept `memoryMs`, a bucket and
 * two days after each write: up to a bucket longer than any lookup reads it.)
 */
export const memoryTtl = (time: number, memoryMs: number) =>
  (memoryBucket(time) + 1) * MEMORY_PARAMS.bucketMs - time + memoryMs + 2 * DAY_MS;
