// The chrome set (chrome-pages.ts): on every page no chrome phrase survives and every sentence of the
// article (its paragraphs, plus kept lines such as corrections) is in the text.
import { describe, expect, it } from 'vitest';
import { CHROME_CASES } from './chrome-pages.js';
import { judge } from './judge.js';

describe('chrome pages of our own writing', () => {
  it('has at least 30 pages of every kind', () => {
    expect(CHROME_CASES.length).toBeGreaterThanOrEqual(30);
  });
  for (const c of CHROME_CASES) {
    it(`${c.kind}: ${c.name}`, () => {
      const { leaked, lost } = judge(c);
      expect(leaked, 'chrome that survived').toEqual([]);
      expect(lost, 'article text lost').toEqual([]);
    });
  }
});
