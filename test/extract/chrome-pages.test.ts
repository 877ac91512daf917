// The chrome set (chrome-pages.ts): on every page no chrome phrase survives and every sentence of the
// article (its paragraphs, plus kept lines such as corrections) is in the text.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extract/index.js';
import { CHROME_CASES, type ChromeCase } from './chrome-pages.js';

const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();

function judge(c: ChromeCase): { leaked: string[]; lost: string[] } {
  const r = extractArticle(c.html, `https://news.example/${c.story.section.toLowerCase()}/${c.story.slug}`);
  if (!r.ok) return { leaked: [], lost: [`(no article: ${r.detail ?? ''})`] };
  const text = squash(r.article.text);
  const lower = text.toLowerCase();
  return {
    leaked: c.chrome.filter((p) => lower.includes(p.toLowerCase())),
    lost: c.article.filter((p) => !text.includes(squash(p))),
  };
}
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
