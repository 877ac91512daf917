// The eighth red-team set's counts per round, for docs/benchmarks.md (round-counts.ts). Printed only when asked,
// on whatever src/ is checked out: REDTEAM8_COUNTS=1 npx vitest run test/extract/redteam8-counts.test.ts
import { describe, expect, it } from 'vitest';
import { CASES26 } from './redteam8-pages26.js';
import { CASES27 } from './redteam8-pages27.js';
import { CASES_WAVE2_8 } from './redteam8-wave2.js';
import { CASES_WAVE3_8 } from './redteam8-wave3.js';
import { roundCounts } from './round-counts.js';

const ROUNDS = [
  ['26', CASES26],
  ['27', CASES27],
  ['second wave', CASES_WAVE2_8],
  ['third wave', CASES_WAVE3_8],
] as const;

describe.runIf(process.env.REDTEAM8_COUNTS)('red team 8 counts', () => {
  it('prints one line per round and the total', () => {
    const lines = roundCounts(ROUNDS);
    console.log(lines.join('\n'));
    expect(lines.at(-1)).toMatch(new RegExp(`^all: ${String(ROUNDS.reduce((n, [, cs]) => n + cs.length, 0))} pages`));
  });
});
