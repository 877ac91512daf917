// Story locations (`dedup:sl:<block>`, story handle -> span hash) are pruned as they are written: a hash that a
// long-lived story keeps alive drops its neighbours' entries once their span hashes have expired, so the
// locations are bounded by the live stories, not by the stream's age; a live story's entry always stays. A hash
// is pruned on its first write of a day of the clock, not again that day.
// Weeks of stream run in a moment: the index counts expiries from the test's clock (a year ahead of the server's,
// at the same hour of the day, so Redis never expires these keys by itself), and the test deletes each key once
// that clock passes its expiry, as time would. Integration: real Redis.
import { afterAll, describe, expect, it } from 'vitest';
import type { StoryCentroid, TimeWindow } from '../../src/dedup/index-types.js';
import { RedisDedupIndex } from '../../src/store/dedup-index.js';
import { STORY_LOCS_PER_HASH } from '../../src/store/dedup/constants.js';
import { testRedis } from '../helpers/redis.js';

const r = testRedis('location-prune');
afterAll(() => r.cleanup());

const T0 = Date.parse('2025-03-04T09:00:00Z');
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const OFFSET = Math.ceil((Date.now() + 365 * DAY) / DAY) * DAY - Date.parse('2025-03-04T00:00:00Z');

/** Deletes the keys under the prefix whose expiry the clock has passed. */
async function expireBy(prefix: string, clock: number): Promise<void> {
  for (const k of await r.redis.keys(`${prefix}:dedup:*`)) {
    const at = Number(await r.redis.call('PEXPIRETIME', k));
    if (at > 0 && at <= clock) await r.redis.unlink(k);
  }
}

/** Every location entry: [block key, handle field, span] (not the hash's prune day, field STORY_LOCS_PER_HASH). */
async function locations(prefix: string): Promise<[string, string, string][]> {
  const out: [string, string, string][] = [];
  for (const k of await r.redis.keys(`${prefix}:dedup:sl:*`))
    for (const [f, v] of Object.entries(await r.redis.hgetall(k)))
      if (Number(f) < STORY_LOCS_PER_HASH) out.push([k, f, v]);
  return out;
}

/** Stories whose slots the index holds (fields of the span hashes). */
async function liveStories(prefix: string): Promise<number> {
  let n = 0;
  for (const k of await r.redis.keys(`${prefix}:dedup:sd:*`)) n += await r.redis.hlen(k);
  return n;
}

/** One index under its own prefix, on a clock the test moves; stories of one term each. */
function setup(name: string) {
  const prefix = `${r.prefix}-${name}`;
  const clock = { t: T0 };
  const index = new RedisDedupIndex({ redis: r.redis, prefix }, { clock: () => clock.t + OFFSET });
  const at = (reachDays = 14): TimeWindow => ({ time: clock.t, windowMs: 3 * DAY, storyWindowMs: reachDays * DAY });
  let ids = 0;
  /** A new story (key 0) or a join of a known one; answers its handle. */
  const commit = async (term: number, key = 0, reachDays = 14): Promise<number> => {
    const story: StoryCentroid = {
      key,
      id: `s-${(++ids).toString(16).padStart(12, '0')}`,
      first: clock.t,
      last: clock.t,
      size: 1,
      terms: [term],
      weights: [1],
    };
    await index.commit({ story, postings: [term], doc: null, terms: [term] }, at(reachDays));
    if (key) return key;
    const found = await index.findStories({ terms: [term], weights: [1] }, at(reachDays), 10);
    return found.stories.find((s) => s.id === story.id)!.key;
  };
  const find = async (term: number, reachDays = 14) =>
    (await index.findStories({ terms: [term], weights: [1] }, at(reachDays), 10)).stories;
  const moveTo = async (day: number, hour = 9) => {
    clock.t = T0 + day * DAY + hour * HOUR;
    await expireBy(prefix, clock.t + OFFSET);
  };
  return { prefix, commit, find, moveTo };
}

describe('story locations, pruned on write', () => {
  it('keeps the locations to the live stories while one story joins for 40 days', async () => {
    const { prefix, commit, moveTo } = setup('long');
    // Day 0: a story that will keep being joined, and 100 neighbours that will not (most share its hash).
    const long = await commit(1);
    for (let i = 0; i < 100; i++) await commit(1000 + i);
    let term = 5000;
    for (let day = 1; day <= 40; day++) {
      await moveTo(day);
      await commit(1, long);
      // Each day's new stories, never joined: they fill later hashes and go quietly.
      for (let i = 0; i < 40; i++) await commit(term++);
    }
    const locs = await locations(prefix);
    const live = await liveStories(prefix);
    // The long story's hash holds its own entry alone: its neighbours' span hashes expired 16 days after day 0
    // (without pruning it held all of them, for as long as the long story ran).
    const home = locs.filter(([k]) => k === `${prefix}:dedup:sl:${Math.floor(long / 128)}`);
    expect(home.map(([, f]) => Number(f))).toEqual([long % 128]);
    // Bounded by the live stories: at most one hash of entries is left over by a hash that was written last in
    // two spans (a day's new stories that straddle two hashes).
    expect(locs.length).toBeLessThanOrEqual(live + 128);
    expect(live).toBeLessThan(17 * 40 + 10);
  });

  it("never drops a live story's location: a quiet neighbour within the reach is still found and joined", async () => {
    const { commit, find, moveTo } = setup('live');
    const long = await commit(1);
    const quiet = await commit(2);
    // A neighbour kept by a writer with a longer reach (30 days): its span hash outlives this reach's horizon.
    const kept = await commit(3, 0, 30);
    await moveTo(10);
    await commit(2, quiet);
    for (let day = 11; day <= 24; day++) {
      await moveTo(day);
      await commit(1, long);
    }
    // Day 24: the quiet story was last joined 14 days ago, the long one prunes its hash every day.
    expect((await find(2)).map((s) => s.key)).toEqual([quiet]);
    expect((await find(3, 30)).map((s) => s.key)).toEqual([kept]);
    await commit(2, quiet);
    await commit(3, kept, 30);
    await moveTo(25);
    await commit(1, long);
    expect((await find(2)).map((s) => s.key)).toEqual([quiet]);
    expect((await find(3, 30)).map((s) => s.key)).toEqual([kept]);
  });

  it('prunes a hash on its first write of a day only, and every hash on its own first write', async () => {
    const { prefix, commit, find, moveTo } = setup('daily');
    // Day 0, 09:00 (moveTo's hours count from 09:00): two stories that keep being joined, 140 quiet ones between them (so the two are in
    // different hashes, each with quiet neighbours).
    const a = await commit(1);
    for (let i = 0; i < 140; i++) await commit(1000 + i);
    const b = await commit(2);
    const blockOf = (h: number) => `${prefix}:dedup:sl:${Math.floor(h / 128)}`;
    expect(blockOf(a)).not.toEqual(blockOf(b));
    const entries = async (h: number) => (await locations(prefix)).filter(([k]) => k === blockOf(h)).length;
    const before = { a: await entries(a), b: await entries(b) };
    expect(before.a).toBeGreaterThan(1);
    expect(before.b).toBeGreaterThan(1);
    for (let day = 1; day <= 16; day++) {
      await moveTo(day, 0);
      await commit(1, a);
      await commit(2, b);
    }
    // Day 16, 09:00 was both hashes' first write of the day, before the quiet stories' span hash expired (at
    // 12:00: the reach and two days after their span). Later writes that day, in later spans, leave the gone
    // entries (and no lookup finds their stories).
    for (const hour of [4, 10]) {
      await moveTo(16, hour);
      await commit(1, a);
      await commit(2, b);
      expect({ a: await entries(a), b: await entries(b) }).toEqual(before);
      expect(await find(1000)).toEqual([]);
    }
    // Day 17: a's first write prunes a alone; b's first write of the day, an hour later, prunes b.
    await moveTo(17, 0);
    await commit(1, a);
    expect({ a: await entries(a), b: await entries(b) }).toEqual({ a: 1, b: before.b });
    await moveTo(17, 1);
    await commit(2, b);
    expect({ a: await entries(a), b: await entries(b) }).toEqual({ a: 1, b: 1 });
    expect((await find(1)).map((s) => s.key)).toEqual([a]);
    expect((await find(2)).map((s) => s.key)).toEqual([b]);
  });

  it('reads a hash again only from the first day one of its entries could be dropped', async () => {
    const { prefix, commit, moveTo } = setup('due');
    // Day 0, 09:00, in the span that ends at 12:00: two stories of one hash.
    const a = await commit(1);
    const b = await commit(2);
    const block = `${prefix}:dedup:sl:${Math.floor(a / 128)}`;
    expect(Math.floor(b / 128)).toBe(Math.floor(a / 128));
    const day0 = Math.floor((T0 + OFFSET) / DAY);
    /** The day (from day 0) the hash names for its next prune. */
    const due = async () => Number(await r.redis.hget(block, String(STORY_LOCS_PER_HASH))) - day0;
    // No entry can be dropped before its span hash expires: 16 days after 12:00 on day 0.
    expect(await due()).toBe(16);
    const seen: number[] = [];
    for (let day = 1; day <= 22; day++) {
      await moveTo(day, 0);
      await commit(1, a);
      if (day <= 5) await commit(2, b);
      seen.push(await due());
    }
    // Days 1-15 read nothing (a prune on day 1 would have named day 17, as both stories were joined that day).
    // Day 16 reads the hash: b's entry, last written on day 5, is the oldest, its span hash gone at 12:00 on day
    // 21. Day 21's read, at 09:00, keeps it and looks again the next day, which drops it: a's own entry is next.
    expect(seen).toEqual([...Array<number>(15).fill(16), ...Array<number>(6).fill(21), 38]);
    const left = (await locations(prefix)).filter(([k]) => k === block).map(([, f]) => Number(f));
    expect(left).toEqual([a % 128]);
  });
});
