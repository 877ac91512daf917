// Story details (story-vector.ts articleDetails/joinDetails, story-score.ts): the names, places, years and numbers
// a story keeps apart from its centroid, and the features that compare an article with them.
import { describe, expect, it } from 'vitest';
import { articleTerms } from '../../src/dedup/features.js';
import { termId } from '../../src/dedup/hash.js';
import type { StoryCentroid } from '../../src/dedup/index-types.js';
import { PAIR_FEATURES, pairEvidence } from '../../src/dedup/story-score.js';
import { articleVector, joinDetails, newCentroid, STORY_PARAMS, termList } from '../../src/dedup/story-vector.js';

const T0 = Date.UTC(2026, 0, 1);
const vectorOf = (title: string, text: string) => {
  const list = termList(articleTerms(title, text));
  // A stream of 1,000 articles in which none of these terms occurred before: every term is rare.
  return articleVector(
    list,
    list.ids.map(() => 0),
    1000,
  );
};
const feature = (x: Float64Array, name: (typeof PAIR_FEATURES)[number]) => x[PAIR_FEATURES.indexOf(name)]!;

// A long report whose year is told once, deep in the text: too weak for the strongest terms, kept as a detail.
const filler = Array.from({ length: 60 }, (_, i) => `Fans chanted cheer${i} cheer${i} cheer${i}.`).join(' ');
const fight = (opponent: string, year: number, town: string) =>
  vectorOf(
    `Klitschko beats ${opponent}`,
    `Wladimir Klitschko defended his titles against ${opponent} in ${town}. ${filler} He first fought in ${year}.`,
  );

describe('story details', () => {
  it('keeps names, places and years an article tells once, even when its strongest terms leave them out', () => {
    const v = fight('Tony Thompson', 2008, 'Bern');
    expect(v.ids).not.toContain(termId('y:2008'));
    expect(v.details).toContain(termId('y:2008'));
    expect(v.details).toContain(termId('p:bern'));
    expect(v.details).toContain(termId('e:tony thompson'));
    expect(v.details.length).toBeLessThanOrEqual(STORY_PARAMS.details);
    expect(v.detailSpecificities.every((s) => s > 0 && s <= 1)).toBe(true);
  });

  it('caps a story at its detail count: confirmed ones first, a few new ones in place of unconfirmed ones', () => {
    const full = Array.from({ length: STORY_PARAMS.details }, (_, i) => i + 1);
    const joined = joinDetails(full, [16, 3, 100, 101, 102, 103, 104, 105]);
    expect(joined).toHaveLength(STORY_PARAMS.details);
    expect(joined.slice(0, 2)).toEqual([3, 16]);
    expect(joined.slice(-STORY_PARAMS.detailsPerJoin)).toEqual([100, 101, 102, 103]);
    // Room left: every new one comes in, nothing is dropped.
    expect(joinDetails([1, 2], [2, 3, 4])).toEqual([2, 1, 3, 4]);
    // However many articles join, the record stays the same size.
    let story: number[] = [];
    for (let a = 0; a < 50; a++) story = joinDetails(story, [a * 10, a * 10 + 1, a * 10 + 2, a * 10 + 3, a * 10 + 4]);
    expect(story).toHaveLength(STORY_PARAMS.details);
  });

  it('tells another incident of the same kind by the details it does not mention', () => {
    const first = fight('Hasim Rahman', 2008, 'Mannheim');
    const story: StoryCentroid = { ...newCentroid('s-000000000001', first, T0), key: 1 };
    const sameFight = pairEvidence(fight('Hasim Rahman', 2008, 'Mannheim'), story, T0, 3).x;
    const otherFight = pairEvidence(fight('Tony Thompson', 2012, 'Bern'), story, T0, 3).x;
    expect(feature(sameFight, 'detTopMissing')).toBe(0);
    expect(feature(sameFight, 'detPlacesClash')).toBe(0);
    expect(feature(sameFight, 'detNamesClash')).toBe(0);
    // Another opponent in another town: the story's first details go unmentioned, its town is not this one.
    expect(feature(otherFight, 'detTopMissing')).toBeGreaterThan(0);
    expect(feature(otherFight, 'detPlacesClash')).toBe(1);
    // The champion's name is shared: no names clash.
    expect(feature(otherFight, 'detNamesClash')).toBe(0);
    // A story without details (written before they were kept) gives no detail evidence either way.
    const bare = pairEvidence(fight('Tony Thompson', 2012, 'Bern'), { ...story, details: [] }, T0, 3).x;
    for (const f of PAIR_FEATURES.filter((n) => n.startsWith('det'))) expect(feature(bare, f)).toBe(0);
  });
});
