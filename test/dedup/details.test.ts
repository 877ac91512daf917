// Detail terms (src/dedup/details.ts): days and numbers of an article's prose, never of its page stamps, and
// the tolerant evidence the story model reads from them (src/dedup/detail-score.ts). Texts written for this test.
import { describe, expect, it } from 'vitest';
import { daysApart, daysOf, detailTermsOf, numberTermsOf, proseOf } from '../../src/dedup/details.js';
import { detailEvidence } from '../../src/dedup/detail-score.js';
import { articleTerms } from '../../src/dedup/features.js';
import { dayOfId, termId } from '../../src/dedup/hash.js';
import { articleVector, newCentroid, termList } from '../../src/dedup/story-vector.js';

describe('prose and stamps', () => {
  it('drops stamp lines of every shape and keeps the sentences around them', () => {
    const page = [
      'Ferry sinks off the coast, 14 missing',
      'Updated 10:32 AM, March 3, 2011',
      'Posted: 04 / 9 / 2012 8: 33 am',
      'MONDAY, MAY 23, 2005',
      'By Jane Roe, staff writer',
      'Photo: harbour police',
      'A ferry carrying 120 passengers sank on March 1 near the island.',
      'He was 61.',
    ].join('\n');
    expect(proseOf(page).split('\n')).toEqual([
      'Ferry sinks off the coast, 14 missing',
      'A ferry carrying 120 passengers sank on March 1 near the island.',
      'He was 61.',
    ]);
  });

  it('cuts a date glued to a clock time out of a line, and clock times out of sentences', () => {
    expect(detailTermsOf(proseOf('Council adopts budget againJuly 23, 2008. 4: 49 pm'))).toEqual([]);
    expect(detailTermsOf(proseOf('The quake struck at 2:09 a.m., about 14 miles north of the town.'))).toEqual([
      'n:14',
    ]);
    // Decimals and prices are no clock times.
    expect(numberTermsOf(proseOf('Some 2.44 million voted; shares fell $2.49 to $46.64.'))).toEqual([
      'n:2.44',
      'n:2.49',
      'n:46.64',
    ]);
  });
});

describe('days and numbers', () => {
  it('reads one day however it is written', () => {
    const march3 = daysOf('March 3')[0];
    expect(march3).toBe(61);
    for (const s of ['3 March', 'Mar. 3', 'on the 3rd of March', 'Mar 3rd']) expect(daysOf(s)).toEqual([march3]);
    expect(daysOf('In May he left; 3 people stayed.')).toEqual([]);
  });

  it('reads counts told in words or one digit, and years apart from numbers', () => {
    expect(numberTermsOf('Five people died and 5 others were hurt in 2011; at least 20 homes burned.')).toEqual([
      'y:2011',
      'n:20',
      'n:5',
      'n:5',
    ]);
    // A lone digit that counts nothing is no detail.
    expect(numberTermsOf('Chapter 5. One of them left.')).toEqual([]);
  });

  it('measures days apart across the new year', () => {
    expect(daysApart(daysOf('Dec 30')[0]!, daysOf('Jan 2')[0]!)).toBe(3);
    expect(dayOfId(termId('d:61'))).toBe(61);
    expect(Number.isNaN(dayOfId(termId('n:61')))).toBe(true);
  });

  it('adds the days of the prose to the terms, never the stamp of the page', () => {
    const text = 'Updated 10:32 AM, March 3, 2011\nThe ferry sank on March 1 in the bay.';
    const t = articleTerms('Ferry sinks', text, undefined, true);
    const days = [...t.tf.keys()].filter((k) => k.startsWith('d:'));
    expect(days).toEqual([`d:${daysOf('March 1')[0]}`]);
    expect(t.tf.has('y:2011')).toBe(false);
    // Detail terms off (models fitted without them): every number of the head, as before.
    expect(articleTerms('Ferry sinks', text).tf.has('y:2011')).toBe(true);
  });
});

describe('detail evidence', () => {
  const vector = (title: string, text: string) => {
    const list = termList(articleTerms(title, text, undefined, true));
    return articleVector(
      list,
      list.ids.map(() => 0),
      100,
      96,
    );
  };
  const first = vector('Ferry sinks in the bay', 'A ferry sank on March 1 in the bay; 14 were missing.');

  it('counts dates a few days apart as near and shared figures as evidence, never as a clash', () => {
    const later = vector('Ferry toll rises', 'Divers found 17 bodies on March 4, three days after the ferry sank.');
    const [, near, apart] = detailEvidence(later, newCentroid('s', first, 0));
    expect([near, apart]).toEqual([1, 0]);
  });

  it('counts dates far apart on both sides as apart, and shared days as shared detail', () => {
    const other = vector('Ferry sinks in the bay', 'A ferry sank on August 20 in the bay; 30 were missing.');
    const [shared, near, apart] = detailEvidence(other, newCentroid('s', first, 0));
    expect([shared, near, apart]).toEqual([0, 0, 1]);
    const same = vector('Ferry missing', 'Fourteen, then 14 people were missing after the March 1 sinking.');
    expect(detailEvidence(same, newCentroid('s', first, 0))[0]).toBeGreaterThan(0);
  });
});
