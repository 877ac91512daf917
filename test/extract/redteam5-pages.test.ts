// The fifth red-team set (redteam5-pages18.ts and later rounds): no chrome phrase survives, every article line
// stays. The judge is the second set's (redteam2-judge.ts).
import { describe, expect, it } from 'vitest';
import { judge2 } from './redteam2-judge.js';
import { CASES18 } from './redteam5-pages18.js';
import { CASES19 } from './redteam5-pages19.js';
import { CASES20 } from './redteam5-pages20.js';
import { CASES_LATE } from './redteam5-late.js';

describe('red team 5: local chains, portals, AMP, newsletters and European sites, of our own writing', () => {
  for (const c of [...CASES18, ...CASES19, ...CASES20, ...CASES_LATE]) {
    (c.known ? it.fails : it)(c.known ? `${c.name} (known leak: ${c.known})` : c.name, () => {
      const v = judge2(c);
      expect(v.leaked, 'chrome that survived').toEqual([]);
      expect(v.lost, 'article text lost').toEqual([]);
    });
  }
});
