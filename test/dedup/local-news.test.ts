// The bench's local-news condition (bench/support/local-news.ts, issue 16, branch `short2`): a corpus cut to small
// stories, its texts to their first N words, and put on a calendar whose stories start within S days, all at once.
import { describe, expect, it } from 'vitest';
import type { Corpus } from '../../bench/support/corpora.js';
import { localCut, localSpansFrom, localWordsFrom } from '../../bench/support/local-news.js';

const DAY = 86_400_000;
const text = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');

/** Eight invented stories of five reports each, undated, 200 words a text. */
function corpus(): Corpus {
  const docs = [];
  const gold = [];
  for (let s = 0; s < 8; s++)
    for (let k = 0; k < 5; k++) {
      docs.push({ id: `s${s}-${k}`, title: `Story ${s} report ${k}`, text: text(200), published: null });
      gold.push(`story-${s}`);
    }
  return { name: 'tiny', file: 'tiny.jsonl', sha256: '', docs, gold };
}

describe('local-news cuts', () => {
  it('cuts stories small, texts short and dates every article, gold unchanged', () => {
    const c = corpus();
    const cut = localCut(c, 1, 80, 7);
    const sizes = new Map<string, number>();
    cut.gold.forEach((g) => sizes.set(g, (sizes.get(g) ?? 0) + 1));
    expect(Math.max(...sizes.values())).toBeLessThanOrEqual(4);
    expect(cut.docs.length).toBeLessThan(c.docs.length);
    for (const [i, d] of cut.docs.entries()) {
      expect(d.text.split(' ')).toHaveLength(80);
      expect(d.title).toBe(c.docs.find((o) => o.id === d.id)!.title);
      expect(cut.gold[i]).toBe(c.gold[c.docs.findIndex((o) => o.id === d.id)]);
      expect(Number.isFinite(Date.parse(d.published!))).toBe(true);
    }
    // The same seed gives the same cut; another span moves only the dates.
    expect(localCut(c, 1, 80, 7)).toEqual(cut);
    const wide = localCut(c, 1, 80, 180);
    expect(wide.docs.map((d) => d.id)).toEqual(cut.docs.map((d) => d.id));
    expect(wide.docs.map((d) => d.published)).not.toEqual(cut.docs.map((d) => d.published));
  });

  it('starts every story within the span', () => {
    const c = corpus();
    for (const span of [7, 30]) {
      const cut = localCut(c, 2, 0, span);
      const first = new Map<string, number>();
      cut.docs.forEach((d, i) => {
        const t = Date.parse(d.published!);
        first.set(cut.gold[i]!, Math.min(first.get(cut.gold[i]!) ?? Infinity, t));
      });
      const starts = [...first.values()];
      expect(Math.max(...starts) - Math.min(...starts)).toBeLessThanOrEqual(span * DAY);
      expect(cut.docs[0]!.text.split(' ')).toHaveLength(200); // 0 words: whole
    }
  });

  it('reads spans and word counts, and refuses others', () => {
    expect(localSpansFrom('')).toEqual([7, 30, 180]);
    expect(localSpansFrom('30')).toEqual([30]);
    expect(() => localSpansFrom('7,often')).toThrow(/LOCAL_SPANS/);
    expect(() => localSpansFrom('0')).toThrow(/LOCAL_SPANS/);
    expect(localWordsFrom('')).toEqual([80, 150]);
    expect(localWordsFrom('0,300')).toEqual([0, 300]);
    expect(() => localWordsFrom('80,-1')).toThrow(/word counts/);
  });
});
