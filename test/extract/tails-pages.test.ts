// The tails set (tails-pages.ts): no furniture phrase survives at the head or tail, and every article line stays.
import { describe, expect, it } from 'vitest';
import { judge } from './judge.js';
import { TAILS_CASES } from './tails-pages.js';

describe('furniture at the head and tail of news stories, of our own writing', () => {
  for (const c of TAILS_CASES) {
    it(`${c.kind}: ${c.name}`, () => {
      const { leaked, lost } = judge(c);
      expect(leaked, 'furniture that survived').toEqual([]);
      expect(lost, 'article text lost').toEqual([]);
    });
  }
});
