// The fourth red-team set (redteam4-pages15.ts and later rounds): no chrome phrase survives, every article line
// stays. The judge is the second set's (redteam2-judge.ts).
import { describe, expect, it } from 'vitest';
import { judge2 } from './redteam2-judge.js';
import { CASES15 } from './redteam4-pages15.js';
import { CASES16 } from './redteam4-pages16.js';
import { CASES17 } from './redteam4-pages17.js';

describe("red team 4: news publishers' chrome of our own writing", () => {
  for (const c of [...CASES15, ...CASES16, ...CASES17]) {
    (c.known ? it.fails : it)(c.known ? `${c.name} (known leak: ${c.known})` : c.name, () => {
      const v = judge2(c);
      expect(v.leaked, 'chrome that survived').toEqual([]);
      expect(v.lost, 'article text lost').toEqual([]);
    });
  }
});
