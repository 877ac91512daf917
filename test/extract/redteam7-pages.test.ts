// The seventh red-team set (redteam7-pages24.ts and later rounds): no chrome phrase survives, every article line
// stays. The judge is the second set's (redteam2-judge.ts).
import { describe, expect, it } from 'vitest';
import { judge2 } from './redteam2-judge.js';
import { CASES24 } from './redteam7-pages24.js';
import { CASES25 } from './redteam7-pages25.js';
import { CASES_LATE7 } from './redteam7-late.js';
import { CASES_WAVE3 } from './redteam7-wave3.js';
import { CASES_WAVE4 } from './redteam7-wave4.js';
import { CASES_WAVE5 } from './redteam7-wave5.js';

describe('red team 7: shapes of chrome, framework markup and bodies split by ad slots', () => {
  for (const c of [...CASES24, ...CASES25, ...CASES_LATE7, ...CASES_WAVE3, ...CASES_WAVE4, ...CASES_WAVE5]) {
    (c.known ? it.fails : it)(c.known ? `${c.name} (known leak: ${c.known})` : c.name, () => {
      const v = judge2(c);
      expect(v.leaked, 'chrome that survived').toEqual([]);
      expect(v.lost, 'article text lost').toEqual([]);
    });
  }
});
