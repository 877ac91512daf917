// The eighth red-team set (redteam8-pages26.ts and later rounds): no chrome phrase survives, every article line
// stays. The judge is the second set's (redteam2-judge.ts).
import { describe, expect, it } from 'vitest';
import { judge2 } from './redteam2-judge.js';
import { CASES26 } from './redteam8-pages26.js';
import { CASES27 } from './redteam8-pages27.js';
import { CASES_WAVE2_8 } from './redteam8-wave2.js';
import { CASES_WAVE3_8 } from './redteam8-wave3.js';

describe('red team 8: WordPress themes and plugins, widgets and comment systems of 2016-2020, European portals', () => {
  for (const c of [...CASES26, ...CASES27, ...CASES_WAVE2_8, ...CASES_WAVE3_8]) {
    (c.known ? it.fails : it)(c.known ? `${c.name} (known leak: ${c.known})` : c.name, () => {
      const v = judge2(c);
      expect(v.leaked, 'chrome that survived').toEqual([]);
      expect(v.lost, 'article text lost').toEqual([]);
    });
  }
});
