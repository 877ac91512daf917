// The third red-team set (redteam3-pages12.ts and later rounds): no chrome phrase survives, every article line
// stays. The judge is the second set's (redteam2-judge.ts).
import { describe, expect, it } from 'vitest';
import { judge2 } from './redteam2-judge.js';
import { CASES12 } from './redteam3-pages12.js';
import { CASES13 } from './redteam3-pages13.js';
import { CASES14 } from './redteam3-pages14.js';

describe('red team 3: chrome pages of our own writing', () => {
  for (const c of [...CASES12, ...CASES13, ...CASES14]) {
    (c.known ? it.fails : it)(c.known ? `${c.name} (known leak: ${c.known})` : c.name, () => {
      const v = judge2(c);
      expect(v.leaked, 'chrome that survived').toEqual([]);
      expect(v.lost, 'article text lost').toEqual([]);
    });
  }
});
