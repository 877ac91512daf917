// Places and years as evidence of their own (features.ts), late merges in the pure core (story-merge.ts,
// deduper.ts), and bounded answers on hostile text.
import { describe, expect, it } from 'vitest';
import { articleTerms, placesOf } from '../../src/dedup/features.js';
import { createDeduper } from '../../src/dedup/deduper.js';
import { MemoryDedupIndex } from '../../src/dedup/memory-index.js';
import { MemoryStoryRedirects, mergeCentroids, olderStory } from '../../src/dedup/story-merge.js';
import { loadStoryModel } from '../../src/dedup/story-model.js';
import { PAIR_FEATURES } from '../../src/dedup/story-score.js';
import type { StoryCentroid } from '../../src/dedup/index-types.js';

describe('places and years', () => {
  it('reads datelines and places after in, near and outside, without a gazetteer', () => {
    expect(placesOf('KIEV (Reuters) - Ukraine said on Monday')).toEqual(['kiev']);
    expect(placesOf('Mannheim, Germany (Sports Network) - Wladimir Klitschko retained his titles')).toEqual([
      'mannheim',
      'germany',
    ]);
    expect(placesOf('A quake struck near Healdsburg, California, and was felt in Sonoma County.')).toEqual([
      'healdsburg',
      'california',
      'sonoma county',
    ]);
    // A place ends with its sentence ("Bern.", not "bern fans"); abbreviations go on ("St. Louis").
    expect(placesOf('He fought in Bern. Fans cheered. He lived in St. Louis, Mo. Later he left.')).toEqual([
      'bern',
      'st louis',
      'mo',
    ]);
    // Months and days are no places; lowercase words after "in" are not read.
    expect(placesOf('It happened in December, in the morning, in Monday traffic.')).toEqual([]);
  });

  it('keeps years apart from other numbers, and facts as before (near duplicates do not change)', () => {
    const t = articleTerms('Quake in Aceh', 'In 2013 a quake of 6.1 killed 24 people in Aceh.');
    expect([...t.tf.keys()].filter((k) => /^[ny]:/.test(k)).sort()).toEqual(['n:24', 'n:6.1', 'y:2013']);
    expect(t.tf.has('p:aceh')).toBe(true);
    expect(t.facts).toContain('n:2013');
  });

  it('stays bounded on a text that is nothing but places', () => {
    const text = Array.from({ length: 50_000 }, (_, i) => `in Town${i}`).join(' and ');
    const started = performance.now();
    const places = placesOf(text.slice(0, 5000));
    expect(places.length).toBeLessThanOrEqual(24);
    const t = articleTerms('x', text);
    expect([...t.tf.keys()].filter((k) => k.startsWith('p:')).length).toBeLessThanOrEqual(48);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});

const story = (id: string, first: number, size: number, terms: number[], weights: number[]): StoryCentroid => ({
  key: 0,
  id,
  first,
  last: first,
  size,
  terms,
  weights,
});

describe('late merges', () => {
  it('follows chains of redirects and answers only for absorbed ids', async () => {
    const r = new MemoryStoryRedirects();
    await r.merge('s-b', ['s-a']);
    await r.merge('s-c', ['s-b']);
    expect(await r.resolve(['s-a', 's-b', 's-c', 's-d'])).toEqual(
      new Map([
        ['s-a', 's-c'],
        ['s-b', 's-c'],
      ]),
    );
  });

  it('keeps the older story, and the lower id on a tie, whatever the order asked', () => {
    const a = story('s-a', 10, 1, [], []);
    const b = story('s-b', 5, 1, [], []);
    const c = story('s-c', 5, 1, [], []);
    expect(olderStory(a, b)).toBe(b);
    expect(olderStory(b, a)).toBe(b);
    expect(olderStory(c, b)).toBe(b);
    expect(olderStory(b, c)).toBe(b);
  });

  it('merges centroids as the size-weighted mean under the survivor', () => {
    const m = mergeCentroids(story('s-a', 5, 3, [1, 2], [0.6, 0.4]), story('s-b', 9, 1, [2, 3], [0.8, 0.2]));
    expect(m).toMatchObject({ id: 's-a', first: 5, last: 9, size: 4, terms: [2, 1, 3] });
    expect(m.weights[0]).toBeCloseTo(0.5, 2);
    expect(m.weights[1]).toBeCloseTo(0.45, 2);
    expect(m.weights[2]).toBeCloseTo(0.05, 2);
  });

  it('merges two stories that an article ties with near certainty', async () => {
    // Cosine alone decides: a join from cosine 0.27, a merge from 0.46 (pair-model probability 0.95).
    const shipped = loadStoryModel();
    const model = {
      ...shipped,
      pair: { ...shipped.pair, weights: PAIR_FEATURES.map((f) => (f === 'bias' ? -4 : f === 'cosine' ? 15 : 0)) },
      join: { ...shipped.join, weights: [0, 1, 0] },
    };
    const words = (xs: string) => xs.split(' ');
    const left = words('harbour bridge cables snapped ferries diverted engineers rusted girders pontoon');
    const right = words('quarry turbine blades shattered granite foreman conveyor drills excavator tremor');
    const text = (ws: string[]) =>
      Array.from({ length: 4 }, (_, i) => `The ${ws[i]!} and the ${ws[i + 3]!} were ${ws[i + 6]!}.`).join(' ');
    const redirects = new MemoryStoryRedirects();
    const d = createDeduper(new MemoryDedupIndex(), { model, redirects });
    const t0 = Date.parse('2026-01-01T10:00:00Z');
    const doc = (id: string, ws: string[], min: number) => ({
      id,
      title: ws.slice(0, 3).join(' '),
      text: text(ws),
      published: new Date(t0 + min * 60_000).toISOString(),
    });
    const a = await d.assign(doc('a', left, 0));
    const b = await d.assign(doc('b', right, 10));
    expect(b.storyId).not.toBe(a.storyId);
    const both = await d.assign(
      doc(
        'c',
        left.flatMap((w, i) => [w, right[i]!]),
        20,
      ),
    );
    expect(both).toMatchObject({ storyId: a.storyId, merged: [b.storyId], newStory: false });
    expect(both.features.merged).toBe(b.storyId);
    expect(redirects.final(b.storyId)).toBe(a.storyId);
    // A later report of the absorbed half finds the survivor.
    const again = await d.assign(doc('d', right.slice().reverse(), 30));
    expect(again.storyId).toBe(a.storyId);
  });
});

describe('bad input', () => {
  it('gives bounded, sane answers on non-Latin texts', async () => {
    const d = createDeduper(new MemoryDedupIndex());
    const texts = [
      'Землетрясение магнитудой 6,1 произошло в провинции Ачех в Индонезии.',
      '印度尼西亚亚齐省发生6.1级地震，造成至少24人死亡。',
      'ضرب زلزال بقوة 6.1 درجة إقليم آتشيه في إندونيسيا',
      '🙂'.repeat(100_000),
    ];
    for (const [i, text] of texts.entries()) {
      const r = await d.assign({ id: `x${i}`, title: text.slice(0, 40), text, published: null });
      expect(r.storyId).toMatch(/^s-[0-9a-f]{12}$/);
      expect(r.duplicateOf).toBeNull();
    }
  });
});
