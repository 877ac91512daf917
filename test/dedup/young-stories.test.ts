// Stories of one article (src/dedup/young-stories.ts): a weak pair waits, and a third article settles it by
// what the story holds. The demo's arrival orders (arrival-order.test.ts) are the end-to-end case.
import { describe, expect, it } from 'vitest';
import { termId } from '../../src/dedup/hash.js';
import type { StoryCentroid } from '../../src/dedup/index-types.js';
import { logit, sigmoid } from '../../src/dedup/logistic.js';
import { loadStoryModel } from '../../src/dedup/story-model.js';
import { pairEvidence } from '../../src/dedup/story-score.js';
import {
  centroidVector,
  storiesToMerge,
  YOUNG_STORIES_OFF,
  YOUNG_STORY_BARS,
  youngChoice,
  youngMergeable,
} from '../../src/dedup/young-stories.js';

const z = (p: number) => Math.log(p / (1 - p));

/** A story centroid of `size` articles over these terms, strongest first. */
function story(id: string, size: number, terms: string[]): StoryCentroid {
  const weights = terms.map((_, i) => Math.round((1 - i / (2 * terms.length)) * 255) / 255);
  return { key: 0, id, first: 0, last: 0, size, terms: terms.map(termId), weights };
}

const words = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `w:${prefix}${i}`);
// A bridge closure told by three outlets: shared words and names, each report with a few of its own.
const event = ['t:bridge', 't:closed', 'e:elm street', 'p:millbrook', 'w:repair', 'w:council', 'w:crack', 'w:detour'];
// The same town's budget vote: the town's name and a council, nothing of the closure.
const other = ['t:budget', 't:vote', 'e:jane porter', 'p:millbrook', 'w:council', 'w:tax', 'w:school', 'w:levy'];

describe('stories of one article', () => {
  const model = loadStoryModel();

  it('joins a story of one only when sure of the pair, and a larger story at the plain bar', () => {
    const one = { story: story('s-one', 1, event), z: z(0.6) };
    const three = { story: story('s-three', 3, other), z: z(0.55) };
    expect(youngChoice([one], 0, YOUNG_STORY_BARS)).toBe(-1);
    expect(youngChoice([one, three], 0, YOUNG_STORY_BARS)).toBe(1);
    expect(youngChoice([{ ...one, z: z(0.7) }], 0, YOUNG_STORY_BARS)).toBe(0);
    expect(youngChoice([three], 0, YOUNG_STORY_BARS)).toBe(0);
    // Off: the model's choice stands.
    expect(youngChoice([one], 0, YOUNG_STORIES_OFF)).toBe(0);
    expect(youngChoice([one], -1, YOUNG_STORY_BARS)).toBe(-1);
  });

  it('joins a story of a few articles at once only at fewJoin, and a larger one at the plain bar', () => {
    const three = { story: story('s-three', 3, event), z: z(0.52) };
    expect(youngChoice([three], 0, YOUNG_STORY_BARS)).toBe(-1);
    expect(youngChoice([{ ...three, z: z(0.6) }], 0, YOUNG_STORY_BARS)).toBe(0);
    // The same fit to a story of four, or with the rule off: joined.
    expect(youngChoice([{ ...three, story: { ...three.story, size: 4 } }], 0, YOUNG_STORY_BARS)).toBe(0);
    expect(youngChoice([three], 0, YOUNG_STORIES_OFF)).toBe(0);
  });

  it('reads a story of one as its article: against itself it is a sure match', () => {
    const c = story('s-one', 1, [...event, ...words('x', 10)]);
    const x = pairEvidence(centroidVector(c), c, 0, model.sigmaDays).x;
    expect(x[1]).toBeCloseTo(1, 2); // cosine
    expect(sigmoid(logit(model.pair.weights, x))).toBeGreaterThan(0.95);
  });

  it('merges a story of one whose article fits the grown story, and keeps apart one that does not', () => {
    const pick = { story: story('s-pick', 2, [...event, ...words('a', 6)]), z: z(0.9) };
    const same = { story: story('s-same', 1, [...event.slice(0, 6), ...words('b', 6)]), z: z(0.45) };
    const kind = { story: story('s-kind', 1, [...other, ...words('c', 6)]), z: z(0.45) };
    const third = centroidVector(story('third', 1, [...event.slice(0, 7), ...words('a', 3), ...words('d', 4)]));
    const ctx = { bars: YOUNG_STORY_BARS, model, vector: third, time: 0 };
    expect(youngMergeable([pick, same, kind], pick, ctx).map((s) => s.id)).toEqual(['s-same']);
    expect(storiesToMerge([pick, same, kind], pick, ctx).map((s) => s.id)).toEqual(['s-same']);
    // Not sure of its own story: no merge.
    expect(youngMergeable([{ ...pick, z: z(0.7) }, same], { ...pick, z: z(0.7) }, ctx)).toEqual([]);
    // The group decides, not the article's own fit with the story of one: a passing fit still merges the one
    // whose article fits the grown story, and never the other.
    expect(youngMergeable([pick, { ...same, z: z(0.2) }], pick, ctx).map((s) => s.id)).toEqual(['s-same']);
    expect(youngMergeable([pick, { ...kind, z: z(0.2) }], pick, ctx)).toEqual([]);
    // A story of two is no story of one: the sure merges (story-merge.ts) alone decide there.
    expect(youngMergeable([pick, { ...same, story: { ...same.story, size: 2 } }], pick, ctx)).toEqual([]);
    expect(youngMergeable([pick, same], pick, { ...ctx, bars: YOUNG_STORIES_OFF })).toEqual([]);
  });
});
