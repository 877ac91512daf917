// The benchmarks' plain online TF-IDF baseline (bench/support/tfidf.ts): the nearest earlier article is found
// once and every threshold is read from it, so each threshold must give what a run at that threshold alone gives.
import { describe, expect, it } from 'vitest';
import { bestTfidf, tfidfClusters, TFIDF_THRESHOLDS } from '../../bench/support/tfidf.js';
import type { DedupDoc } from '../../src/dedup/deduper.js';

const doc = (id: string, text: string, published: string | null = null): DedupDoc => ({
  id,
  title: '',
  text,
  published,
});
// The first articles have no vector worth the name (every term is in every document seen so far): the others come
// after two unrelated ones, as in any stream.
const docs = [
  doc('c1', 'local team wins regional final with late goal in extra time'),
  doc('d1', 'weather service warns of heavy snow in the mountains this weekend'),
  doc('a1', 'harbor bridge closed after barge strike in the night, engineers inspect the span'),
  doc('b1', 'city council approves new budget for schools and parks after long debate'),
  doc('a2', 'engineers inspect harbor bridge span after barge strike; bridge stays closed'),
  doc('b2', 'council budget vote: schools and parks get more, debate ran late'),
];
const gold = ['c', 'd', 'a', 'b', 'a', 'b'];

describe('TF-IDF baseline', () => {
  it('joins each report to its nearest earlier article at a modest bar, and keeps unrelated ones apart', () => {
    const got = tfidfClusters(docs, 0.2);
    expect(got[4]).toBe(got[2]);
    expect(got[5]).toBe(got[3]);
    expect(new Set(got).size).toBe(4);
  });

  it('starts a story for every article at a bar nothing reaches', () => {
    expect(new Set(tfidfClusters(docs, 1.01)).size).toBe(docs.length);
  });

  it('picks, in hindsight, a threshold that gets the gold stories, among the ones it tries', () => {
    const best = bestTfidf(docs, gold);
    expect(TFIDF_THRESHOLDS).toContain(best.threshold);
    expect(best.F1).toBe(1);
    expect(best.stories).toEqual(tfidfClusters(docs, best.threshold));
  });

  it('never joins articles more than 7 days apart', () => {
    const at = (d: DedupDoc, day: number) => ({ ...d, published: `2024-01-${String(day).padStart(2, '0')}T00:00:00Z` });
    const near = tfidfClusters([at(docs[0]!, 1), at(docs[1]!, 1), at(docs[2]!, 1), at(docs[4]!, 7)], 0.2);
    expect(near[3]).toBe(near[2]);
    const far = tfidfClusters([at(docs[0]!, 1), at(docs[1]!, 1), at(docs[2]!, 1), at(docs[4]!, 9)], 0.2);
    expect(far[3]).not.toBe(far[2]);
  });
});
