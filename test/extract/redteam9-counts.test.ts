// The ninth red-team set's counts per round, for docs/benchmarks.md: pages (guards), pages leaking, chrome phrases
// left of those listed, pages losing article text. Printed only when asked, on whatever src/ is checked out:
// REDTEAM9_COUNTS=1 npx vitest run test/extract/redteam9-counts.test.ts
import { describe, expect, it } from 'vitest';
import { judge2 } from './redteam2-judge.js';
import type { Redteam2Case } from './redteam2-pages6.js';
import { CASES28 } from './redteam9-pages28.js';
import { CASES29 } from './redteam9-pages29.js';
import { CASES_WAVE2_9 } from './redteam9-wave2.js';
import { CASES_WAVE3_9 } from './redteam9-wave3.js';

const ROUNDS: [string, Redteam2Case[]][] = [
  ['28', CASES28],
  ['29', CASES29],
  ['second wave', CASES_WAVE2_9],
  ['third wave', CASES_WAVE3_9],
];

interface Count {
  pages: number;
  guards: number;
  leaking: number;
  left: number;
  listed: number;
  losing: number;
}
const zero = (): Count => ({ pages: 0, guards: 0, leaking: 0, left: 0, listed: 0, losing: 0 });
const show = (c: Count): string =>
  `${c.pages.toString()} pages (${c.guards.toString()} guards): ${c.leaking.toString()} leaking, ${c.left.toString()} of ${c.listed.toString()} phrases, ${c.losing.toString()} losing`;

describe.runIf(process.env.REDTEAM9_COUNTS)('red team 9 counts', () => {
  it('prints one line per round and the total', () => {
    const all = zero();
    const lines: string[] = [];
    for (const [round, cases] of ROUNDS) {
      const n = zero();
      for (const c of cases) {
        const v = judge2(c);
        n.pages += 1;
        n.guards += c.name.startsWith('guard') ? 1 : 0;
        n.leaking += v.leaked.length ? 1 : 0;
        n.left += v.leaked.length;
        n.listed += c.chrome.length;
        n.losing += v.lost.length ? 1 : 0;
      }
      for (const k of Object.keys(all) as (keyof Count)[]) all[k] += n[k];
      lines.push(`${round}: ${show(n)}`);
    }
    lines.push(`all: ${show(all)}`);
    console.log(lines.join('\n'));
    expect(all.pages).toBe(ROUNDS.reduce((n, [, cs]) => n + cs.length, 0));
  });
});
