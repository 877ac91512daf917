// The ninth guard set (guards9-roundups.ts, guards9-endings.ts, guards9-wave2.ts): articles whose own text looks like chrome. Every
// article line stays and the chrome around it still goes. The judge is the second red-team set's.
import { describe, expect, it } from 'vitest';
import { CASES_ENDINGS9 } from './guards9-endings.js';
import { CASES_ROUNDUPS9 } from './guards9-roundups.js';
import { CASES_WAVE2_G9 } from './guards9-wave2.js';
import { judge2 } from './redteam2-judge.js';

describe('guards 9: roundups, listicles, closing follow-ups, tables and timelines, linked kickers', () => {
  for (const c of [...CASES_ROUNDUPS9, ...CASES_ENDINGS9, ...CASES_WAVE2_G9]) {
    (c.known ? it.fails : it)(c.known ? `${c.name} (known loss: ${c.known})` : c.name, () => {
      const v = judge2(c);
      expect(v.lost, 'article text lost').toEqual([]);
      expect(v.leaked, 'chrome that survived').toEqual([]);
    });
  }
});
