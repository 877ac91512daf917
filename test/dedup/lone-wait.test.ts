// The wait of stories of one ends (src/dedup/young-stories.ts): a pair held back joins once the stream has moved a
// story window past it, unless a third article's group evidence turned a side down. Memory side; the Redis side
// answers the same steps alike (lone-pairs-redis.test.ts).
import { describe, expect, it } from 'vitest';
import { createDeduper, type DedupDoc } from '../../src/dedup/deduper.js';
import { termId } from '../../src/dedup/hash.js';
import type { StoryCentroid } from '../../src/dedup/index-types.js';
import { MemoryDedupIndex } from '../../src/dedup/memory-index.js';
import { MemoryStoryRedirects, type HeldPair, type LoneStep } from '../../src/dedup/story-merge.js';
import { loadStoryModel } from '../../src/dedup/story-model.js';
import { PAIR_FEATURES } from '../../src/dedup/story-score.js';
import {
  centroidVector,
  heldPair,
  YOUNG_STORY_BARS,
  youngMergeable,
  type YoungStoryBars,
} from '../../src/dedup/young-stories.js';

const DAY = 86_400_000;
const z = (p: number) => Math.log(p / (1 - p));
const pair = (lone: string, newer: string): HeldPair => ({ lone, newer, articleId: `a-${newer}`, p: 0.6 });
const step = (time: number, hold: HeldPair | null = null, decided: string[] = []): LoneStep => ({
  hold,
  decided,
  time,
  waitMs: 3 * DAY,
});

function story(id: string, size: number, terms: string[]): StoryCentroid {
  const weights = terms.map((_, i) => Math.round((1 - i / (2 * terms.length)) * 255) / 255);
  return { key: 0, id, first: 0, last: 0, size, terms: terms.map(termId), weights };
}

describe('the wait of a held pair', () => {
  it('ends one window of stream time after the pair was held, not before', async () => {
    const r = new MemoryStoryRedirects();
    expect(await r.settleLone(step(0, pair('s-a', 's-b')))).toEqual([]);
    expect(await r.settleLone(step(2 * DAY))).toEqual([]);
    // An article dated earlier does not turn the clock back, nor move it on.
    expect(await r.settleLone(step(DAY))).toEqual([]);
    expect(await r.settleLone(step(3 * DAY))).toEqual([pair('s-a', 's-b')]);
    // Once: the pair is no longer held.
    expect(await r.settleLone(step(9 * DAY))).toEqual([]);
  });

  it('keeps a pair apart when a third article turned either side down, and only that pair', async () => {
    const r = new MemoryStoryRedirects();
    await r.settleLone(step(0, pair('s-a', 's-b')));
    await r.settleLone(step(0, pair('s-c', 's-d')));
    await r.settleLone(step(0, pair('s-e', 's-f')));
    await r.settleLone(step(DAY, null, ['s-b', 's-c']));
    expect(await r.settleLone(step(4 * DAY))).toEqual([pair('s-e', 's-f')]);
  });

  it('holds a pair only where the young bar turned the model choice (a story of one or a few) down', () => {
    const bars = YOUNG_STORY_BARS;
    const one = { story: story('s-one', 1, ['w:a', 'w:b']), z: z(0.6) };
    const three = { story: story('s-three', 3, ['w:a', 'w:c']), z: z(0.52) };
    const four = { story: story('s-four', 4, ['w:a', 'w:c']), z: z(0.52) };
    const held = (lone: string, p: number) => ({ lone, newer: 's-new', articleId: 'n', p });
    expect(heldPair([one], 0, -1, 's-new', 'n', bars)).toEqual(held('s-one', 0.6));
    expect(heldPair([three], 0, -1, 's-new', 'n', bars)).toEqual(held('s-three', 0.52));
    // Joined, a larger story chosen, or no story the model would join: nothing waits.
    expect(heldPair([one], 0, 0, 's-new', 'n', bars)).toBeNull();
    expect(heldPair([four], 0, -1, 's-new', 'n', bars)).toBeNull();
    expect(heldPair([one], -1, -1, 's-new', 'n', bars)).toBeNull();
  });

  it('lets an article unsure of its story turn down a story of one, but merge none', () => {
    const model = loadStoryModel();
    const bars: YoungStoryBars = { ...YOUNG_STORY_BARS, join: 0.65, sure: 0.8, turnDown: 0.4, rescored: 0.65 };
    const event = ['t:bridge', 't:closed', 'e:elm street', 'p:millbrook', 'w:repair', 'w:crack', 'w:detour'];
    const other = ['t:budget', 't:vote', 'e:jane porter', 'p:millbrook', 'w:tax', 'w:school', 'w:levy'];
    const pick = { story: story('s-pick', 2, [...event, 'w:a0', 'w:a1']), z: z(0.7) };
    const same = { story: story('s-same', 1, [...event.slice(0, 6), 'w:b0']), z: z(0.45) };
    const kind = { story: story('s-kind', 1, [...other, 'w:c0']), z: z(0.45) };
    const vector = centroidVector(story('third', 1, [...event.slice(0, 6), 'w:a0', 'w:d0']));
    const rejected: string[] = [];
    const ctx = { bars, model, vector, time: 0, rejected };
    expect(youngMergeable([pick, same, kind], pick, ctx)).toEqual([]);
    expect(rejected).toEqual(['s-kind']);
    // Sure of its story, the same article merges the one that fits and still turns the other down.
    rejected.length = 0;
    const sure = { ...pick, z: z(0.9) };
    expect(youngMergeable([sure, same, kind], sure, ctx).map((s) => s.id)).toEqual(['s-same']);
    expect(rejected).toEqual(['s-kind']);
  });

  it('turns a story of one down only by an article that fits it at turnDown', () => {
    const model = loadStoryModel();
    const other = ['t:budget', 't:vote', 'e:jane porter', 'p:millbrook', 'w:tax', 'w:school', 'w:levy'];
    const event = ['t:bridge', 't:closed', 'e:elm street', 'p:millbrook', 'w:repair', 'w:crack', 'w:detour'];
    const pick = { story: story('s-pick', 2, [...event, 'w:a0', 'w:a1']), z: z(0.9) };
    const vector = centroidVector(story('third', 1, [...event.slice(0, 6), 'w:a0', 'w:d0']));
    const rejected: string[] = [];
    const ctx = { bars: YOUNG_STORY_BARS, model, vector, time: 0, rejected };
    // Another story of the town the article barely fits: neither merged nor turned down (its wait goes on).
    const far = { story: story('s-far', 1, [...other, 'w:c0']), z: z(0.2) };
    expect(youngMergeable([pick, far], pick, ctx)).toEqual([]);
    expect(rejected).toEqual([]);
    // The same story fitted at turnDown: turned down.
    expect(youngMergeable([pick, { ...far, z: z(0.45) }], pick, ctx)).toEqual([]);
    expect(rejected).toEqual(['s-far']);
  });
});

describe('the wait in the deduper', () => {
  // Cosine alone decides (as in story-evidence.test.ts), and a story of one is joined at once only when near
  // certain, so that two reports of one event sharing half their words wait.
  const shipped = loadStoryModel();
  const model = {
    ...shipped,
    pair: { ...shipped.pair, weights: PAIR_FEATURES.map((f) => (f === 'bias' ? -4 : f === 'cosine' ? 15 : 0)) },
    join: { ...shipped.join, weights: [0, 1, 0] },
  };
  const bars: YoungStoryBars = { ...YOUNG_STORY_BARS, join: 0.999, sure: 0.8, turnDown: 0.4, rescored: 0.65 };
  const words = (xs: string) => xs.split(' ');
  const event = words('harbour bridge cables snapped ferries diverted engineers rusted girders pontoon');
  const retold = words('harbour bridge cables snapped ferries diverted inspectors warned council closure');
  const other = words('quarry turbine blades shattered granite foreman conveyor drills excavator tremor');
  const text = (ws: string[]) =>
    Array.from({ length: 4 }, (_, i) => `The ${ws[i]!} and the ${ws[i + 3]!} were ${ws[i + 6]!}.`).join(' ');
  const t0 = Date.parse('2026-01-01T10:00:00Z');
  const doc = (id: string, ws: string[], days: number | null): DedupDoc => ({
    id,
    title: ws.slice(0, 3).join(' '),
    text: text(ws),
    published: days === null ? null : new Date(t0 + days * DAY).toISOString(),
  });

  async function run(docs: DedupDoc[], waitEnds = true): Promise<Map<string, string>> {
    const redirects = new MemoryStoryRedirects();
    const d = createDeduper(new MemoryDedupIndex(), {
      model,
      redirects,
      youngStories: { ...bars, waitEnds },
      now: () => t0 + 10 * DAY,
    });
    const out = new Map<string, string>();
    for (const x of docs) out.set(x.id, (await d.assign(x)).storyId);
    for (const [id, s] of out) out.set(id, redirects.final(s));
    return out;
  }

  it('joins a held pair once the stream moved a window past it with no third article', async () => {
    const got = await run([doc('a', event, 0), doc('b', retold, 0.1), doc('c', other, 3.2)]);
    expect(got.get('b')).toBe(got.get('a'));
    expect(got.get('c')).not.toBe(got.get('a'));
  });

  it('keeps the pair apart while the window lasts, when the wait never ends, and in an undated stream', async () => {
    const early = await run([doc('a', event, 0), doc('b', retold, 0.1), doc('c', other, 2.5)]);
    expect(early.get('b')).not.toBe(early.get('a'));
    const forever = await run([doc('a', event, 0), doc('b', retold, 0.1), doc('c', other, 3.2)], false);
    expect(forever.get('b')).not.toBe(forever.get('a'));
    // Undated articles all stand at one moment of the deduper's clock: no stream time passes.
    const undated = await run([doc('a', event, null), doc('b', retold, null), doc('c', other, null)]);
    expect(undated.get('b')).not.toBe(undated.get('a'));
  });
});
