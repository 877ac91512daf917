// The long memory of stories (src/dedup/story-memory.ts): a story that comes back weeks past the reach, naming
// the same rare people, continues under its old id; another incident of the same kind in the same town does not;
// a story keeps at most one signature per memory bucket; memory 0 is the reach alone. Integration: real Redis.
import { afterAll, describe, expect, it } from 'vitest';
import { createDeduper, type DedupDecision, type DedupDoc, type DeduperOptions } from '../../src/dedup/deduper.js';
import type { DedupIndex } from '../../src/dedup/index-types.js';
import { MemoryDedupIndex } from '../../src/dedup/memory-index.js';
import {
  MEMORY_PARAMS,
  memoryCheck,
  memoryRecord,
  pairHash,
  pickRemembered,
  scanMemory,
} from '../../src/dedup/story-memory.js';
import { RedisDedupIndex } from '../../src/store/dedup-index.js';
import { validateConfig } from '../../src/config/load.js';
import { newsStream } from '../../simulation/local-news.js';
import { testRedis } from '../helpers/redis.js';
import { killingArrest, killingFirst, otherShooting, type Text } from './texts.js';

const r = testRedis('story-memory');
afterAll(() => r.cleanup());

const T0 = Date.parse('2025-01-01T00:00:00Z');
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/**
 * Ninety days of local news, one report in five from Fenwick with its hospital: the town and the hospital are in
 * many articles, so they are no rare names; the people and streets of each incident are. The stories below start
 * on day 30, once the stream has counted a month of it.
 */
function background(): DedupDoc[] {
  return newsStream(7, 360, 90).map((a, i) => ({
    id: a.id,
    title: a.title,
    text:
      i % 5 === 0
        ? `FENWICK — ${a.text}\n\nIn Fenwick, the matter went to the council. Fenwick police and Mercy General Hospital were told, officials in Fenwick said.`
        : a.text,
    published: a.published,
  }));
}

const at = (id: string, t: Text, days: number): DedupDoc => ({
  id,
  title: t.title,
  text: t.text,
  published: new Date(T0 + days * DAY).toISOString(),
});

function stream(extra: DedupDoc[]): DedupDoc[] {
  return [...background(), ...extra].sort(
    (a, b) => a.published!.localeCompare(b.published!) || a.id.localeCompare(b.id),
  );
}

async function run(index: DedupIndex, docs: DedupDoc[], opts: DeduperOptions = {}) {
  const d = createDeduper(index, opts);
  const out = new Map<string, DedupDecision>();
  for (const x of docs) out.set(x.id, await d.assign(x));
  return out;
}

describe('long memory of stories (default 60 days past the last article)', () => {
  it('continues a story that comes back 43 days later naming the same rare people, under its old id', async () => {
    const docs = stream([at('first', killingFirst, 30), at('arrest', killingArrest, 73)]);
    const got = await run(new MemoryDedupIndex(), docs);
    expect(got.get('first')!.newStory).toBe(true);
    expect(got.get('arrest')).toMatchObject({ storyId: got.get('first')!.storyId, newStory: false });
    expect(got.get('arrest')!.features.match).toBe('memory');
    // Beyond the reach without the memory: a story of its own, as before.
    const off = await run(new MemoryDedupIndex(), docs, { storyMemoryMs: 0 });
    expect(off.get('arrest')!.newStory).toBe(true);
  });

  it('keeps another shooting in the same town 43 days later apart: the town and its hospital are not rare', async () => {
    const got = await run(
      new MemoryDedupIndex(),
      stream([at('first', killingFirst, 30), at('other', otherShooting, 73)]),
    );
    expect(got.get('other')!.newStory).toBe(true);
    expect(got.get('other')!.storyId).not.toBe(got.get('first')!.storyId);
  });

  it('forgets a story past its memory: the same arrest 43 days later starts a story at a memory of 20 days', async () => {
    const got = await run(
      new MemoryDedupIndex(),
      stream([at('first', killingFirst, 30), at('arrest', killingArrest, 73)]),
      {
        storyMemoryMs: 20 * DAY,
      },
    );
    expect(got.get('arrest')!.newStory).toBe(true);
  });

  it('decides as the memory index does on Redis, where the memory acts', async () => {
    const docs = stream([
      at('first', killingFirst, 30),
      at('arrest', killingArrest, 73),
      at('other', otherShooting, 74),
    ]);
    const mem = await run(new MemoryDedupIndex(), docs);
    const red = await run(new RedisDedupIndex({ redis: r.redis, prefix: `${r.prefix}-alike` }, { shards: 16 }), docs);
    expect([...red.values()]).toEqual([...mem.values()]);
    expect([...mem.values()].some((d) => d.features.match === 'memory')).toBe(true);
  });

  it('keeps one signature per story and memory bucket, however many articles join it', async () => {
    const bytes = async (name: string, extra: DedupDoc[], opts: DeduperOptions = {}) => {
      const prefix = `${r.prefix}-${name}`;
      await run(new RedisDedupIndex({ redis: r.redis, prefix }, { shards: 16 }), stream(extra), opts);
      const keys = await r.redis.keys(`${prefix}:dedup:mem:*`);
      let n = 0;
      for (const k of keys) n += await r.redis.strlen(k);
      return n;
    };
    const alone = await bytes('alone', [at('first', killingFirst, 30)]);
    // The arrest two days later joins in the reach and in the same 30-day bucket: no signature more.
    const joined = await bytes('joined', [at('first', killingFirst, 30), at('arrest', killingArrest, 32)]);
    expect(alone).toBeGreaterThan(0);
    expect(alone % MEMORY_PARAMS.recordBytes).toBe(0);
    expect(joined).toBe(alone);
    // Memory 0: nothing written at all.
    expect(await bytes('off', [at('first', killingFirst, 30)], { storyMemoryMs: 0 })).toBe(0);
  });

  it('finds a signature only at a record’s start, and the pair whichever order its names come in', () => {
    const a = pairHash(0x2000_0001, 0x2000_0777);
    expect(pairHash(0x2000_0777, 0x2000_0001)).toBe(a);
    expect(pairHash(0x2000_0001, 0x2000_0778)).not.toBe(a);
    const id = 's-0123456789ab';
    const record = memoryRecord(a, id);
    expect(scanMemory(record, memoryCheck(a))).toEqual([id]);
    // The check's three bytes inside another record's id are no signature (a look-alike at an odd offset).
    const check = memoryCheck(a);
    const inside = memoryRecord(pairHash(5, 6), `s-00${check.toString('hex')}0000`);
    expect(inside.indexOf(check)).toBeGreaterThan(0);
    expect(scanMemory(inside, check)).toEqual([]);
  });

  it('takes dedup.storyMemory as a duration, 60 days by default, 0 for none, and refuses what is not one', () => {
    expect(validateConfig({ sources: [] }).dedup.storyMemory).toBe(60 * DAY);
    expect(validateConfig({ sources: [], dedup: { storyMemory: 0 } }).dedup.storyMemory).toBe(0);
    expect(validateConfig({ sources: [], dedup: { storyMemory: '120d' } }).dedup.storyMemory).toBe(120 * DAY);
    expect(() => validateConfig({ sources: [], dedup: { storyMemory: 'forever' } })).toThrow(/dedup\.storyMemory/);
    expect(() => validateConfig({ sources: [], dedup: { storyMemory: '500d' } })).toThrow(/dedup\.storyMemory/);
  });

  it('picks the remembered story most pairs found, and never one the reach held', () => {
    const hits = [
      { storyId: 's-aaaaaaaaaaaa', pair: 0, bucket: 5 },
      { storyId: 's-bbbbbbbbbbbb', pair: 0, bucket: 6 },
      { storyId: 's-aaaaaaaaaaaa', pair: 1, bucket: 5 },
    ];
    expect(pickRemembered(hits, new Set())).toEqual({ storyId: 's-aaaaaaaaaaaa', pairs: 2 });
    expect(pickRemembered(hits, new Set(['s-aaaaaaaaaaaa']))).toEqual({ storyId: 's-bbbbbbbbbbbb', pairs: 1 });
  });
});
