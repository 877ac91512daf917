// The precision6 set (precision6-pages.ts): no chrome phrase survives and every article line stays.
import { describe, expect, it } from 'vitest';
import { judge } from './judge.js';
import { PRECISION6_CASES } from './precision6-pages.js';

describe('precision6 chrome pages of our own writing', () => {
  for (const c of PRECISION6_CASES) {
    it(`${c.kind}: ${c.name}`, () => {
      const { leaked, lost } = judge(c);
      expect(leaked, 'chrome that survived').toEqual([]);
      expect(lost, 'article text lost').toEqual([]);
    });
  }
});
