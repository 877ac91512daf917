// The story reach over time (src/dedup/story-time.ts): at the default, a story is found again weeks after its last
// report, a gap past three days weighs against it, copies are looked for three days back only, and the Redis
// index keeps articles by the copies' window and stories by the story reach. Integration: real Redis.
import { afterAll, describe, expect, it } from 'vitest';
import { createDeduper, type DedupDecision, type DedupDoc, type DeduperOptions } from '../../src/dedup/deduper.js';
import type { DedupIndex } from '../../src/dedup/index-types.js';
import { MemoryDedupIndex } from '../../src/dedup/memory-index.js';
import { gapLogOdds, NO_GAP_PRIOR, STORY_GAP_PRIOR } from '../../src/dedup/story-time.js';
import { RedisDedupIndex } from '../../src/store/dedup-index.js';
import { newsStream } from '../../simulation/local-news.js';
import { testRedis } from '../helpers/redis.js';
import {
  bridgeLater,
  bridgeOther,
  bridgeWire,
  killingArrest,
  killingFirst,
  otherBridge,
  otherShooting,
  schoolVote,
  warehouseFire,
  waterMain,
  type Text,
} from './texts.js';

const r = testRedis('story-reach');
afterAll(() => r.cleanup());

const T0 = Date.parse('2025-03-04T09:00:00Z');
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const NO_OUTWEIGH = { ...STORY_GAP_PRIOR, outweighedAt: 0 };

const doc = (id: string, t: Text, hours: number): DedupDoc => ({
  id,
  title: t.title,
  text: t.text,
  published: new Date(T0 + hours * HOUR).toISOString(),
});

/** Background first, so that document frequencies mean something; then the bridge story and what follows it. */
function stream(later: [string, Text, number][]): DedupDoc[] {
  const items: [string, Text, number][] = [
    ['school', schoolVote, 0],
    ['fire', warehouseFire, 1],
    ['water', waterMain, 2],
    ['wire', bridgeWire, 3],
    ['other', bridgeOther, 5],
    ...later,
  ];
  return items.map(([id, t, h]) => doc(id, t, h));
}

async function run(index: DedupIndex, docs: DedupDoc[], opts: DeduperOptions = {}) {
  const d = createDeduper(index, opts);
  const out = new Map<string, DedupDecision>();
  for (const x of docs) out.set(x.id, await d.assign(x));
  return out;
}

describe('story reach (default: 14 days, a gap prior past 3 days)', () => {
  it('joins a development reported 10 days after the story’s last report', async () => {
    const got = await run(new MemoryDedupIndex(), stream([['later', bridgeLater, 5 + 240]]));
    expect(got.get('other')!.storyId).toBe(got.get('wire')!.storyId);
    expect(got.get('later')).toMatchObject({ storyId: got.get('wire')!.storyId, newStory: false });
    expect(got.get('later')!.features.gapHours).toBe(240);
  });

  it('keeps another incident of the same kind, 10 days later, a story of its own', async () => {
    const got = await run(new MemoryDedupIndex(), stream([['dunmore', otherBridge, 5 + 240]]));
    expect(got.get('dunmore')!.newStory).toBe(true);
    // Nor does it join on the same day: the reach is not what keeps it apart.
    const sameDay = await run(new MemoryDedupIndex(), stream([['dunmore', otherBridge, 6]]));
    expect(sameDay.get('dunmore')!.newStory).toBe(true);
  });

  it('still keeps a development apart beyond the reach, and at a 3-day window as before', async () => {
    const beyond = await run(new MemoryDedupIndex(), stream([['later', bridgeLater, 5 + 24 * 20]]));
    expect(beyond.get('later')!.newStory).toBe(true);
    const short = await run(new MemoryDedupIndex(), stream([['later', bridgeLater, 5 + 240]]), {
      storyWindowMs: 3 * DAY,
    });
    expect(short.get('later')!.newStory).toBe(true);
  });

  it('weighs a gap only past three days, more the longer it is', () => {
    expect(gapLogOdds(0, STORY_GAP_PRIOR)).toBe(0);
    expect(gapLogOdds(3 * DAY, STORY_GAP_PRIOR)).toBe(0);
    const week = gapLogOdds(7 * DAY, STORY_GAP_PRIOR);
    expect(week).toBeLessThan(0);
    expect(gapLogOdds(14 * DAY, STORY_GAP_PRIOR)).toBeLessThan(week);
    expect(gapLogOdds(14 * DAY, NO_GAP_PRIOR)).toBe(0);
  });

  it('lets rare names shared outweigh the gap: an arrest 12 days later joins the killing it names', async () => {
    const docs = stream([
      ['first', killingFirst, 6],
      ['arrest', killingArrest, 6 + 24 * 12],
    ]);
    const got = await run(new MemoryDedupIndex(), docs);
    expect(got.get('arrest')).toMatchObject({ storyId: got.get('first')!.storyId, newStory: false });
    // The gap's full cost (nothing outweighs it) keeps them apart: the shared names are what joined them.
    const full = await run(new MemoryDedupIndex(), docs, { gapPrior: { ...STORY_GAP_PRIOR, outweighedAt: 0 } });
    expect(full.get('arrest')!.newStory).toBe(true);
  });

  it('keeps another shooting in the same town 12 days later apart: the kind and the town are not rare names', async () => {
    const got = await run(
      new MemoryDedupIndex(),
      stream([
        ['first', killingFirst, 6],
        ['other', otherShooting, 6 + 24 * 12],
      ]),
    );
    expect(got.get('other')!.newStory).toBe(true);
  });

  it('takes the gap’s cost away in proportion to the shared evidence, all of it at `outweighedAt`', () => {
    const week = gapLogOdds(7 * DAY, NO_OUTWEIGH);
    expect(gapLogOdds(7 * DAY, STORY_GAP_PRIOR, 0)).toBe(week);
    expect(gapLogOdds(7 * DAY, STORY_GAP_PRIOR, 1)).toBeCloseTo(week / 2, 9);
    expect(gapLogOdds(7 * DAY, STORY_GAP_PRIOR, 2)).toBe(0);
    expect(gapLogOdds(7 * DAY, STORY_GAP_PRIOR, 5)).toBe(0);
    expect(gapLogOdds(7 * DAY, NO_OUTWEIGH, 5)).toBe(week);
    expect(gapLogOdds(2 * DAY, STORY_GAP_PRIOR, 0)).toBe(0);
  });

  it('decides as the memory index does on Redis in a dated stream of 20 days, where gaps and shared names act', async () => {
    const docs: DedupDoc[] = newsStream(11, 300, 20).map(({ id, title, text, published }) => ({
      id,
      title,
      text,
      published,
    }));
    const mem = await run(new MemoryDedupIndex(), docs);
    const red = await run(new RedisDedupIndex({ redis: r.redis, prefix: `${r.prefix}-mature` }, { shards: 16 }), docs);
    expect([...red.values()]).toEqual([...mem.values()]);
  });

  it('looks for copies three days back only: an exact copy 10 days later joins the story, not as a copy', async () => {
    const got = await run(
      new MemoryDedupIndex(),
      stream([
        ['copy', bridgeWire, 5 + 48],
        ['copy-late', bridgeWire, 5 + 240],
      ]),
    );
    expect(got.get('copy')!.duplicateOf).toBe('wire');
    expect(got.get('copy-late')).toMatchObject({ duplicateOf: null, storyId: got.get('wire')!.storyId });
  });

  it('decides as the memory index does on Redis, and keeps articles by the copies’ window, stories by the reach', async () => {
    const docs = stream([
      ['later', bridgeLater, 5 + 240],
      ['dunmore', otherBridge, 5 + 241],
      ['copy-late', bridgeWire, 5 + 242],
    ]);
    const mem = await run(new MemoryDedupIndex(), docs);
    const red = await run(new RedisDedupIndex(r, { shards: 16 }), docs);
    expect([...red.values()]).toEqual([...mem.values()]);
    const keys = await r.redis.keys(`${r.prefix}:dedup:*`);
    const ttls = async (re: RegExp) => Promise.all(keys.filter((k) => re.test(k)).map((k) => r.redis.ttl(k)));
    // Articles: the copies' window (3 days) and two, a day more for the sharded hashes.
    for (const t of await ttls(/:dedup:(doc|did):/)) expect(t).toBeLessThanOrEqual(5 * 86_400);
    for (const t of await ttls(/:dedup:(lsh|fp):\d+:\d+$/)) expect(t).toBeLessThanOrEqual(6 * 86_400);
    // A bucket's list base (see lua/common.lua): a day longer than its lists.
    for (const t of await ttls(/:dedup:lsh:\d+:base$/)) expect(t).toBeLessThanOrEqual(7 * 86_400);
    // Stories: the reach (14 days) and two, from the end of their last join's 6-hour span (their locations from
    // the end of its day); a day more for the postings' hashes.
    const stories = await ttls(/:dedup:s[dl]:/);
    const postKeys = keys.filter((k) => /:dedup:post:/.test(k));
    const posts = await ttls(/:dedup:post:/);
    expect(stories.length).toBeGreaterThan(0);
    expect(posts.length).toBeGreaterThan(0);
    for (const t of stories) expect(t).toBeGreaterThan(15 * 86_400);
    for (const t of posts) expect(t).toBeGreaterThan(16 * 86_400);
    for (const t of [...stories, ...posts.filter((_, i) => !postKeys[i]!.endsWith(':base'))])
      expect(t).toBeLessThanOrEqual(17 * 86_400);
  });
});
