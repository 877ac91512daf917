// The red-team set (redteam-pages.ts, its later rounds redteam-pages2.ts to redteam-pages5.ts, redteam-guards.ts): no chrome phrase survives, every article line stays,
// and a section front is still "no article found".
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extract/index.js';
import { GUARDS, SECTION_FRONT } from './redteam-guards.js';
import { judge } from './judge.js';
import { CASES } from './redteam-pages.js';
import { CASES2 } from './redteam-pages2.js';
import { CASES3 } from './redteam-pages3.js';
import { CASES4 } from './redteam-pages4.js';
import { CASES5 } from './redteam-pages5.js';

describe('red-team chrome pages of our own writing', () => {
  for (const c of [...CASES, ...CASES2, ...CASES3, ...CASES4, ...CASES5]) {
    (c.known ? it.fails : it)(c.known ? `${c.name} (known leak: ${c.known})` : c.name, () => {
      const { leaked, lost } = judge(c);
      expect(leaked, 'chrome that survived').toEqual([]);
      expect(lost, 'article text lost').toEqual([]);
    });
  }
});

describe('red-team guards: content that looks like chrome is kept', () => {
  for (const c of GUARDS) {
    it(c.name, () => {
      expect(judge(c).lost, 'article text lost').toEqual([]);
    });
  }
  it('a section front of headline links is no article', () => {
    const r = extractArticle(SECTION_FRONT, 'https://news.example/courts/');
    expect(r.ok).toBe(false);
  });
});
