// Series navigation in the body: the parts of a series, the current one marked, the others links to their
// own pages. It goes with its short label; a list of the article's own (links out, no marker, a link
// in every item) stays. Pages of our own writing, in the WordPress markup of rail-pages.ts.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extract/index.js';
import { BODY, cardPage } from './rail-pages.js';

const URL = 'https://courier.example/news/water-board-filtration-plant';
const PARTS = [
  'Where the water comes from',
  'Why the river turned green',
  'What a filtration plant does',
  'Who pays for clean water',
  'The wetland alternative',
];

function series(current: number, marker: string, tag = 'ol'): string {
  const items = PARTS.map((p, i) =>
    i === current
      ? `<li><p><em><strong>${p}</strong> ${marker}</em></p></li>`
      : `<li><p><a href="/series/${i + 1}">${p}</a></p></li>`,
  );
  return `<p><strong>In this series</strong>:</p><${tag}>${items.join('')}</${tag}>`;
}

function clean(html: string): { text: string; rules: string[] } {
  const rules: string[] = [];
  const r = extractArticle(html, URL, { trace: (rule) => rules.push(rule) });
  expect(r.ok, r.ok ? '' : r.detail).toBe(true);
  return { text: r.ok ? r.article.text : '', rules };
}

describe('series navigation', () => {
  for (const [marker, tag] of [
    ['← You are here', 'ol'],
    ['(this article)', 'ul'],
    ['- current part', 'ol'],
  ] as const) {
    it(`goes with its label: "${marker}" in an ${tag}`, () => {
      const { text, rules } = clean(cardPage(series(1, marker, tag)));
      for (const p of BODY) expect(text).toContain(p);
      for (const p of PARTS) expect(text, `leaked: ${p}`).not.toContain(p);
      expect(text).not.toContain('In this series');
      expect(rules).toEqual(expect.arrayContaining(['series-navigation', 'series-label']));
    });
  }
  it('a list without the marker of the current part stays', () => {
    const html = cardPage(series(1, 'was published in May'));
    const { text, rules } = clean(html);
    expect(rules).not.toContain('series-navigation');
    expect(text).toContain(PARTS[0]);
  });
});
