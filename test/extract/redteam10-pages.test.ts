// The tenth red-team set (redteam10-pages30.ts, -pages31.ts, -wave2.ts): English news sites of other regions and stacks,
// their own furniture around stories of our own. No chrome phrase survives, every article line stays. The judge
// is the second set's (redteam2-judge.ts).
import { describe, expect, it } from 'vitest';
import { judge2 } from './redteam2-judge.js';
import { CASES30 } from './redteam10-pages30.js';
import { CASES31 } from './redteam10-pages31.js';
import { CASES_WAVE2_10 } from './redteam10-wave2.js';

describe('red team 10: South Asian, British, African, South-East Asian and wire-copy furniture', () => {
  for (const c of [...CASES30, ...CASES31, ...CASES_WAVE2_10]) {
    (c.known ? it.fails : it)(c.known ? `${c.name} (known leak: ${c.known})` : c.name, () => {
      const v = judge2(c);
      expect(v.leaked, 'chrome that survived').toEqual([]);
      expect(v.lost, 'article text lost').toEqual([]);
    });
  }
});
