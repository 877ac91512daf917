// The second red-team set (redteam2-pages6.ts and later rounds): no chrome phrase survives, every article line
// stays, and a page of links alone is still "no article found".
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extract/index.js';
import { judge2 } from './redteam2-judge.js';
import { CASES6 } from './redteam2-pages6.js';
import { CASES7 } from './redteam2-pages7.js';
import { CASES8, HASHED_FRONT } from './redteam2-pages8.js';
import { CASES9 } from './redteam2-pages9.js';
import { CASES10 } from './redteam2-pages10.js';
import { CASES11 } from './redteam2-pages11.js';

describe('red team 2: chrome pages of our own writing', () => {
  for (const c of [...CASES6, ...CASES7, ...CASES8, ...CASES9, ...CASES10, ...CASES11]) {
    (c.known ? it.fails : it)(c.known ? `${c.name} (known leak: ${c.known})` : c.name, () => {
      const v = judge2(c);
      expect(v.leaked, 'chrome that survived').toEqual([]);
      expect(v.lost, 'article text lost').toEqual([]);
    });
  }
});

describe('red team 2: a page of links alone', () => {
  it('a section front of hashed-class cards is no article', () => {
    expect(extractArticle(HASHED_FRONT, 'https://news.example/metro/').ok).toBe(false);
  });
});
