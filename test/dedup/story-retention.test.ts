// Story retention by activity (src/store/dedup-index.ts): a story's slot lives the reach after its last article,
// set again by each join, so a busy story stays and a quiet one goes whatever its neighbours do. Twenty days of
// stream run in a moment: the index counts expiries from the stream's clock (a year ahead of the server's, so
// Redis never expires these keys by itself), and the test deletes each key once the stream's clock passes its
// expiry, as time would. Integration: real Redis.
import { afterAll, describe, expect, it } from 'vitest';
import { createDeduper, type DedupDecision, type DedupDoc } from '../../src/dedup/deduper.js';
import type { DedupIndex } from '../../src/dedup/index-types.js';
import { MemoryDedupIndex } from '../../src/dedup/memory-index.js';
import { RedisDedupIndex } from '../../src/store/dedup-index.js';
import { testRedis } from '../helpers/redis.js';
import { bridgeLater, bridgeWire, schoolVote, variants, warehouseFire, waterMain, type Text } from './texts.js';

const r = testRedis('story-retention');
afterAll(() => r.cleanup());

const T0 = Date.parse('2025-03-04T09:00:00Z');
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const OFFSET = Date.now() + 365 * DAY - T0;

const items: [string, Text, number][] = [
  ['school', schoolVote, 0],
  ['fire', warehouseFire, 1],
  ['water', waterMain, 2],
  ['wire', bridgeWire, 3],
  // The bridge story grows ten days later (a development): its slot is set again.
  ['later', bridgeLater, 10 * 24],
  // Twenty days on: the bridge story is 20 days old but was active 10 days ago; the fire story has been quiet.
  ['later-again', variants(bridgeLater).chrome, 20 * 24],
  ['fire-again', variants(warehouseFire).chrome, 20 * 24 + 1],
];
const docs: DedupDoc[] = items.map(([id, t, h]) => ({
  id,
  title: t.title,
  text: t.text,
  published: new Date(T0 + h * HOUR).toISOString(),
}));

/** Deletes the keys under the prefix whose expiry the clock has passed. */
async function expireBy(prefix: string, clock: number): Promise<void> {
  const keys = await r.redis.keys(`${prefix}:dedup:*`);
  for (const k of keys) {
    const at = Number(await r.redis.call('PEXPIRETIME', k));
    if (at > 0 && at <= clock) await r.redis.unlink(k);
  }
}

/** The story ids whose slots the index holds (in the span hashes; a slot starts with the id's 6 bytes). */
async function heldStories(prefix: string): Promise<Set<string>> {
  const out = new Set<string>();
  for (const k of await r.redis.keys(`${prefix}:dedup:sd:*`)) {
    for (const slot of await r.redis.hvalsBuffer(k)) out.add(`s-${slot.subarray(0, 6).toString('hex')}`);
  }
  return out;
}

async function run(index: DedupIndex, clock: { head: number }, prefix?: string) {
  // The reach alone: the long memory past it (which continues the fire story, told again 20 days on) is
  // story-memory.test.ts's.
  const d = createDeduper(index, { storyMemoryMs: 0 });
  const out = new Map<string, DedupDecision>();
  for (const doc of docs) {
    clock.head = Date.parse(doc.published!);
    if (prefix) await expireBy(prefix, clock.head + OFFSET);
    out.set(doc.id, await d.assign(doc));
  }
  return out;
}

describe('story retention by activity', () => {
  it('keeps a story the reach after its last article and lets quiet ones go, deciding as the memory index', async () => {
    const prefix = `${r.prefix}-a`;
    const clock = { head: T0 };
    const red = await run(
      new RedisDedupIndex({ redis: r.redis, prefix }, { clock: () => clock.head + OFFSET }),
      clock,
      prefix,
    );
    const mem = await run(new MemoryDedupIndex(), { head: T0 });
    // The same decisions, scores and evidence. Only the count of stories posted under the query may differ: the
    // memory index never expires, and keeps postings Redis has let go with their quiet stories (out of reach).
    const decisions = (m: Map<string, DedupDecision>) =>
      [...m.values()].map(({ features: { candidates: _, ...features }, ...d }) => ({ ...d, features }));
    expect(decisions(red)).toEqual(decisions(mem));
    expect(red.get('fire-again')!.features.candidates).toBe(0);
    expect(mem.get('fire-again')!.features.candidates).toBe(1);

    const bridge = red.get('wire')!.storyId;
    expect(red.get('later')!.storyId).toBe(bridge);
    expect(red.get('later-again')).toMatchObject({ storyId: bridge, duplicateOf: null });
    // The fire story is out of reach for both indexes: its next report is a story of its own.
    expect(red.get('fire-again')!.newStory).toBe(true);

    const held = await heldStories(prefix);
    // Kept: the bridge story, 20 days after its first article, because it grew; and the new fire story.
    expect(held.has(bridge)).toBe(true);
    expect(held.has(red.get('fire-again')!.storyId)).toBe(true);
    // Gone: the stories quiet since day 0, though the bridge story was written to since (in shared blocks it
    // kept them).
    for (const id of ['school', 'fire', 'water']) expect(held.has(red.get(id)!.storyId)).toBe(false);
    expect(held.size).toBe(2);
  });

  it('keeps a story slot the reach and two days after the 6-hour span of its last join, moved at each join', async () => {
    const prefix = `${r.prefix}-b`;
    let now = T0 + OFFSET + 5 * HOUR;
    const index = new RedisDedupIndex({ redis: r.redis, prefix }, { clock: () => now });
    const at = { time: T0, windowMs: 3 * DAY, storyWindowMs: 14 * DAY };
    const story = { key: 0, id: 's-00000000000a', first: T0, last: T0, size: 1, terms: [7], weights: [1] };
    const SPAN = 6 * HOUR;
    const spanEnd = (t: number) => (Math.floor(t / SPAN) + 1) * SPAN;
    const held = async () => {
      const out: [number, number][] = [];
      for (const k of await r.redis.keys(`${prefix}:dedup:sd:*`))
        out.push([await r.redis.hlen(k), Number(await r.redis.call('PEXPIRETIME', k))]);
      return out;
    };
    await index.commit({ story, postings: [7], doc: null, terms: [7] }, at);
    expect(await held()).toEqual([[1, spanEnd(now) + 16 * DAY]]);
    const { stories } = await index.findStories({ terms: [7], weights: [1] }, at, 10);
    expect(stories.map((s) => s.id)).toEqual([story.id]);
    now += 9 * DAY;
    await index.commit(
      { story: { ...story, key: stories[0]!.key, size: 2 }, postings: [7], doc: null, terms: [7] },
      at,
    );
    // Moved: the older span's hash, empty, is gone.
    expect(await held()).toEqual([[1, spanEnd(now) + 16 * DAY]]);
    const again = await index.findStories({ terms: [7], weights: [1] }, at, 10);
    expect(again.stories.map((s) => s.size)).toEqual([2]);
  });

  it('reads a story slot of the layout before (a key of its own), and moves it on its next join', async () => {
    const prefix = `${r.prefix}-c`;
    const now = T0 + OFFSET;
    const index = new RedisDedupIndex({ redis: r.redis, prefix }, { clock: () => now });
    const at = { time: T0, windowMs: 3 * DAY, storyWindowMs: 14 * DAY };
    const story = { key: 0, id: 's-00000000000b', first: T0, last: T0, size: 1, terms: [8], weights: [1] };
    await index.commit({ story, postings: [8], doc: null, terms: [8] }, at);
    const [sd] = await r.redis.keys(`${prefix}:dedup:sd:*`);
    const [[handle, slot]] = Object.entries(await r.redis.hgetallBuffer(sd!)) as [[string, Buffer]];
    // As the layout before left it: the slot in a key of its own, no location.
    await r.redis.del(sd!, ...(await r.redis.keys(`${prefix}:dedup:sl:*`)));
    await r.redis.set(`${prefix}:dedup:st:${parseInt(handle, 36)}`, slot, 'PXAT', now + 16 * DAY);
    const found = await index.findStories({ terms: [8], weights: [1] }, at, 10);
    expect(found.stories.map((s) => [s.id, s.key])).toEqual([[story.id, parseInt(handle, 36)]]);
    await index.commit(
      { story: { ...story, key: parseInt(handle, 36), size: 2 }, postings: [8], doc: null, terms: [8] },
      at,
    );
    expect(await r.redis.exists(`${prefix}:dedup:st:${parseInt(handle, 36)}`)).toBe(0);
    const moved = await index.findStories({ terms: [8], weights: [1] }, at, 10);
    expect(moved.stories.map((s) => s.size)).toEqual([2]);
  });
});
