// The news-stack set (stack-pages.ts): on every page no chrome phrase survives and every sentence of the
// article (its paragraphs, plus kept lines such as corrections) is in the text.
import { describe, expect, it } from 'vitest';
import { judge } from './judge.js';
import { STACK_CASES } from './stack-pages.js';

describe('news-stack pages of our own writing', () => {
  it('has pages of every stack', () => {
    expect(STACK_CASES.length).toBeGreaterThanOrEqual(15);
  });
  for (const c of STACK_CASES) {
    it(c.name, () => {
      const { leaked, lost } = judge(c);
      expect(leaked, 'chrome that survived').toEqual([]);
      expect(lost, 'article text lost').toEqual([]);
    });
  }
});
