// The eighth red-team set's counts per round, for docs/benchmarks.md: pages (guards), pages leaking, chrome phrases
// left of those listed, pages losing article text. Printed only when asked, on whatever src/ is checked out:
// REDTEAM8_COUNTS=1 npx vitest run test/extract/redteam8-counts.test.ts
import { describe, expect, it } from 'vitest';
import { judge2 } from './redteam2-judge.js';
import type { Redteam2Case } from './redteam2-pages6.js';
import { CASES26 } from './redteam8-pages26.js';
import { CASES27 } from './redteam8-pages27.js';
import { CASES_WAVE2_8 } from './redteam8-wave2.js';
import { CASES_WAVE3_8 } from './redteam8-wave3.js';

const ROUNDS: [string, Redteam2Case[]][] = [
  ['26', CASES26],
  ['27', CASES27],
  ['second wave', CASES_WAVE2_8],
  ['third wave', CASES_WAVE3_8],
];

describe.runIf(process.env.REDTEAM8_COUNTS)('red team 8 counts', () => {
  it('prints one line per round and the total', () => {
    const all = [0, 0, 0, 0, 0, 0];
    const lines: string[] = [];
    for (const [round, cases] of ROUNDS) {
      const n = [cases.length, cases.filter((c) => c.name.startsWith('guard')).length, 0, 0, 0, 0];
      for (const c of cases) {
        const v = judge2(c);
        n[2] += v.leaked.length ? 1 : 0;
        n[3] += v.leaked.length;
        n[4] += c.chrome.length;
        n[5] += v.lost.length ? 1 : 0;
      }
      n.forEach((x, i) => (all[i] = (all[i] ?? 0) + x));
      lines.push(
        `${round}: ${n[0]} pages (${n[1]} guards): ${n[2]} leaking, ${n[3]} of ${n[4]} phrases, ${n[5]} losing`,
      );
    }
    lines.push(
      `all: ${all[0]} pages (${all[1]} guards): ${all[2]} leaking, ${all[3]} of ${all[4]} phrases, ${all[5]} losing`,
    );
    console.log(lines.join('\n'));
    expect(all[0]).toBe(63);
  });
});
