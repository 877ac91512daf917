// The tenth guard set (guards10-live-cards.ts, guards10-intl.ts): live blogs, pages in seven other languages and
// briefings of image cards, whose own text looks like chrome. Every article line stays and the chrome around it
// still goes. The judge is the second red-team set's.
import { describe, expect, it } from 'vitest';
import { CASES_INTL10 } from './guards10-intl.js';
import { CASES_LIVE_CARDS10 } from './guards10-live-cards.js';
import { judge2 } from './redteam2-judge.js';

describe('guards 10: live blogs, other languages, image-card briefings', () => {
  for (const c of [...CASES_LIVE_CARDS10, ...CASES_INTL10]) {
    (c.known ? it.fails : it)(c.known ? `${c.name} (known loss: ${c.known})` : c.name, () => {
      const v = judge2(c);
      expect(v.lost, 'article text lost').toEqual([]);
      expect(v.leaked, 'chrome that survived').toEqual([]);
    });
  }
});
