import { describe, expect, it } from 'vitest';
import { createDeduper, storyIdFor, type DedupDoc } from '../../src/dedup/deduper.js';
import { MemoryDedupIndex } from '../../src/dedup/memory-index.js';
import { newsStream } from '../../simulation/local-news.js';
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

const T0 = Date.parse('2025-03-04T09:00:00Z');
const at = (hours: number) => new Date(T0 + hours * 3_600_000).toISOString();
const doc = (id: string, t: Text, hours = 0): DedupDoc => ({ id, title: t.title, text: t.text, published: at(hours) });

describe('exact and near duplicates', () => {
  it('marks an exact copy (up to case and punctuation) as a duplicate of the original, in its story', async () => {
    const d = createDeduper(new MemoryDedupIndex());
    const first = await d.assign(doc('a1', bridgeWire));
    expect(first).toMatchObject({ duplicateOf: null, newStory: true, storyId: storyIdFor('a1') });
    const copy = await d.assign({
      ...doc('a2', bridgeWire, 2),
      text: bridgeWire.text.toUpperCase().replace(/\./g, ' .'),
    });
    expect(copy).toMatchObject({ duplicateOf: 'a1', storyId: first.storyId, newStory: false, score: 1 });
    expect(copy.features.match).toBe('exact');
  });

  it.each(['intro', 'headline', 'trimmed', 'chrome', 'all'] as const)(
    'finds the %s variant of wire copy',
    async (kind) => {
      const d = createDeduper(new MemoryDedupIndex());
      await d.assign(doc('x', schoolVote));
      const first = await d.assign(doc('orig', bridgeWire, 1));
      const v = await d.assign(doc('copy', variants(bridgeWire)[kind], 5));
      expect(v.duplicateOf).toBe('orig');
      expect(v.storyId).toBe(first.storyId);
      expect(v.features.match).toMatch(/^(near|exact)$/);
    },
  );

  it.each([
    ['Cyrillic', russianStory],
    ['CJK', chineseStory],
  ] as const)('finds near duplicates in %s', async (_name, t) => {
    const d = createDeduper(new MemoryDedupIndex());
    await d.assign(doc('orig', t));
    const v = await d.assign(doc('copy', variants(t).chrome, 1));
    expect(v.duplicateOf).toBe('orig');
  });

  it('points copies of copies at the original', async () => {
    const d = createDeduper(new MemoryDedupIndex());
    await d.assign(doc('orig', bridgeWire));
    await d.assign(doc('c1', variants(bridgeWire).chrome, 1));
    const c2 = await d.assign(doc('c2', variants(bridgeWire).chrome, 2));
    expect(c2.duplicateOf).toBe('orig');
  });

  it('does not call another event told from the same template a duplicate, but does its copy', async () => {
    const report = (town: string, street: string, chief: string, owner: string, crews: number, loss: number) => ({
      title: `Fire in ${town}`,
      text: [
        `A fire destroyed a two-story warehouse on ${street} in ${town} early on Tuesday morning, fire officials said.`,
        `Fire chief ${chief} said ${crews} firefighters from several departments fought the blaze for about four hours before it was under control.`,
        `The building belonged to ${owner}, who told reporters that the damage could reach $${loss} thousand and that the business would reopen elsewhere.`,
        'No injuries were reported, and the cause of the fire remains under investigation by the county fire marshal and the state police.',
        'Residents were asked to keep their windows closed because of the smoke, and several roads in the area were closed for most of the day.',
      ].join('\n\n'),
    });
    const a = report('Marlow', 'Cedar Avenue', 'Ann Pryce', 'Tomasz Wren', 45, 730);
    const b = report('Dunmore', 'Harlan Road', 'Paul Kessler', 'Alma Reyes', 38, 410);
    const d = createDeduper(new MemoryDedupIndex());
    await d.assign(doc('a', a));
    const other = await d.assign(doc('b', b, 2));
    expect(other.duplicateOf).toBeNull();
    expect((await d.assign(doc('a-copy', variants(a).chrome, 3))).duplicateOf).toBe('a');
  });

  it('does not call a rewrite of the same event, or another event, a duplicate', async () => {
    const d = createDeduper(new MemoryDedupIndex());
    await d.assign(doc('wire', bridgeWire));
    expect((await d.assign(doc('other', bridgeOther, 3))).duplicateOf).toBeNull();
    expect((await d.assign(doc('water', waterMain, 4))).duplicateOf).toBeNull();
  });

  it('never matches copies outside the window', async () => {
    // The reach alone: the long memory would continue the story past it (story-memory.test.ts).
    const d = createDeduper(new MemoryDedupIndex(), { storyWindowMs: 86_400_000, storyMemoryMs: 0 });
    const a = await d.assign(doc('a', bridgeWire));
    const b = await d.assign(doc('b', bridgeWire, 50));
    expect(b.duplicateOf).toBeNull();
    expect(b.storyId).not.toBe(a.storyId);
  });

  it('treats the same article id again as itself, not as its own duplicate', async () => {
    const d = createDeduper(new MemoryDedupIndex());
    const a = await d.assign(doc('a', bridgeWire));
    const again = await d.assign(doc('a', variants(bridgeWire).chrome, 1));
    expect(again).toMatchObject({ duplicateOf: null, storyId: a.storyId, newStory: false });
  });

  it('never calls short or empty texts duplicates, and stays sane on them', async () => {
    const d = createDeduper(new MemoryDedupIndex());
    const e1 = await d.assign({ id: 'e1', title: 'Developing story', text: '', published: at(0) });
    const e2 = await d.assign({ id: 'e2', title: 'Another thing entirely', text: '', published: at(0) });
    const w1 = await d.assign({ id: 'w1', title: '', text: 'Breaking', published: null });
    const w2 = await d.assign({ id: 'w2', title: '', text: 'Breaking', published: null });
    for (const r of [e1, e2, w1, w2]) {
      expect(r.duplicateOf).toBeNull();
      expect(r.storyId).toMatch(/^s-[0-9a-f]{12}$/);
    }
    expect(e2.storyId).not.toBe(e1.storyId);
  });

  it('handles a 1 MB text', async () => {
    const d = createDeduper(new MemoryDedupIndex());
    const big = `${bridgeWire.text}\n\n`.repeat(Math.ceil(1_048_576 / bridgeWire.text.length));
    const r = await d.assign({ id: 'big', title: bridgeWire.title, text: big, published: at(0) });
    expect(r.newStory).toBe(true);
    const copy = await d.assign({ id: 'big2', title: 'x', text: big, published: at(1) });
    expect(copy.duplicateOf).toBe('big');
  });
});

describe('story clustering', () => {
  it('joins another outlet’s account of the event, keeps other events apart, and explains itself', async () => {
    const d = createDeduper(new MemoryDedupIndex());
    // Background so that document frequencies mean something.
    await d.assign(doc('school', schoolVote, -30));
    await d.assign(doc('fire', warehouseFire, -20));
    const wire = await d.assign(doc('wire', bridgeWire));
    const water = await d.assign(doc('water', waterMain, 2));
    const other = await d.assign(doc('other', bridgeOther, 3));
    expect(water.storyId).not.toBe(wire.storyId);
    expect(water.newStory).toBe(true);
    expect(other).toMatchObject({ storyId: wire.storyId, newStory: false, duplicateOf: null });
    expect(other.score).toBeGreaterThan(0.24);
    expect(other.features.match).toBe('story');
    expect(String(other.features.shared)).toMatch(/okafor|girder|mill/);
  });

  it('keeps the reports of each event of a templated local stream together', async () => {
    // 2,000 generated reports of ~630 events (fires, crashes, votes, sentencings in 40 towns) told from shared
    // stock phrases. This used to assert precision too (no chaining of template siblings). The story model is
    // now fitted on real corpora (ECB+, BASIL), where a gate on shared names cost 0.08 pairwise F1 on ECB+; on
    // this generated stream it chains siblings of one template, as plain TF-IDF does (which scores 0.63 on
    // real local news and 0.009 here). Real corpora judge precision (npm run bench:dedup); this stays a unit
    // test that one event's reports, told in other words, find each other.
    const docs = newsStream(5, 2000, 1);
    const d = createDeduper(new MemoryDedupIndex());
    const story = new Map<string, string>();
    for (const x of docs)
      story.set(x.id, (await d.assign({ id: x.id, title: x.title, text: x.text, published: x.published })).storyId);
    const pairs = (key: (x: (typeof docs)[number]) => string) => {
      const n = new Map<string, number>();
      for (const x of docs) n.set(key(x), (n.get(key(x)) ?? 0) + 1);
      return [...n.values()].reduce((s, c) => s + (c * (c - 1)) / 2, 0);
    };
    const together = pairs((x) => `${x.event}|${story.get(x.id)}`);
    expect(together / pairs((x) => x.event)).toBeGreaterThan(0.8);
  });

  it('keeps the same event apart when it is outside the story window', async () => {
    const d = createDeduper(new MemoryDedupIndex(), { storyWindowMs: 86_400_000, storyMemoryMs: 0 });
    const wire = await d.assign(doc('wire', bridgeWire));
    const late = await d.assign(doc('other', bridgeOther, 24 * 5));
    expect(late.storyId).not.toBe(wire.storyId);
  });

  it('clusters a small stream into its events', async () => {
    const d = createDeduper(new MemoryDedupIndex());
    const stream: [string, Text, number][] = [
      ['school', schoolVote, 0],
      ['wire', bridgeWire, 1],
      ['fire', warehouseFire, 2],
      ['water', waterMain, 3],
      ['copy', variants(bridgeWire).all, 4],
      ['other', bridgeOther, 5],
      ['ru', russianStory, 6],
      ['zh', chineseStory, 7],
    ];
    const story = new Map<string, string>();
    for (const [id, t, h] of stream) story.set(id, (await d.assign(doc(id, t, h))).storyId);
    expect(story.get('copy')).toBe(story.get('wire'));
    expect(story.get('other')).toBe(story.get('wire'));
    expect(new Set(story.values()).size).toBe(6);
  });

  it('decides the same whatever the wall clock says', async () => {
    const run = async () => {
      const d = createDeduper(new MemoryDedupIndex(), { now: () => T0 });
      const out = [];
      for (const [i, t] of [schoolVote, bridgeWire, bridgeOther, waterMain].entries())
        out.push(await d.assign(doc(`d${i}`, t, i)));
      return out;
    };
    expect(await run()).toEqual(await run());
  });
});
