// The news-stack set (stack-pages.ts): on every page no chrome phrase survives and every sentence of the
// article (its paragraphs, plus kept lines such as corrections) is in the text.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extract/index.js';
import { STACK_CASES } from './stack-pages.js';

const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();

describe('news-stack pages of our own writing', () => {
  it('has pages of every stack', () => {
    expect(STACK_CASES.length).toBeGreaterThanOrEqual(15);
  });
  for (const c of STACK_CASES) {
    it(c.name, () => {
      const r = extractArticle(c.html, `https://news.example/${c.story.section.toLowerCase()}/${c.story.slug}`);
      expect(r.ok, r.ok ? '' : r.detail).toBe(true);
      if (!r.ok) return;
      const text = squash(r.article.text);
      const lower = text.toLowerCase();
      expect(
        c.chrome.filter((p) => lower.includes(p.toLowerCase())),
        'chrome that survived',
      ).toEqual([]);
      expect(
        c.article.filter((p) => !text.includes(squash(p))),
        'article text lost',
      ).toEqual([]);
    });
  }
});
