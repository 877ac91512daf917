// The ninth red-team set (redteam9-pages28.ts and later rounds): no chrome phrase survives, every article line
// stays. The judge is the second set's (redteam2-judge.ts).
import { describe, expect, it } from 'vitest';
import { judge2 } from './redteam2-judge.js';
import { CASES28 } from './redteam9-pages28.js';
import { CASES29 } from './redteam9-pages29.js';
import { CASES_WAVE2_9 } from './redteam9-wave2.js';
import { CASES_WAVE3_9 } from './redteam9-wave3.js';

describe('red team 9: linked headlines at the end of the body, teaser lists whose items carry extras', () => {
  for (const c of [...CASES28, ...CASES29, ...CASES_WAVE2_9, ...CASES_WAVE3_9]) {
    (c.known ? it.fails : it)(c.known ? `${c.name} (known leak: ${c.known})` : c.name, () => {
      const v = judge2(c);
      expect(v.leaked, 'chrome that survived').toEqual([]);
      expect(v.lost, 'article text lost').toEqual([]);
    });
  }
});
