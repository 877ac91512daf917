// The sixth red-team set (redteam6-pages21.ts and later rounds): no chrome phrase survives, every article line
// stays. The judge is the second set's (redteam2-judge.ts).
import { describe, expect, it } from 'vitest';
import { judge2 } from './redteam2-judge.js';
import { CASES21 } from './redteam6-pages21.js';
import { CASES22 } from './redteam6-pages22.js';
import { CASES23 } from './redteam6-pages23.js';
import { CASES_LATE6 } from './redteam6-late.js';

describe('red team 6: international English outlets, English-language chains abroad and institutional pages', () => {
  for (const c of [...CASES21, ...CASES22, ...CASES23, ...CASES_LATE6]) {
    (c.known ? it.fails : it)(c.known ? `${c.name} (known leak: ${c.known})` : c.name, () => {
      const v = judge2(c);
      expect(v.leaked, 'chrome that survived').toEqual([]);
      expect(v.lost, 'article text lost').toEqual([]);
    });
  }
});
