// The ninth red-team set's counts per round, for docs/benchmarks.md (round-counts.ts). Printed only when asked,
// on whatever src/ is checked out: REDTEAM9_COUNTS=1 npx vitest run test/extract/redteam9-counts.test.ts
import { describe, expect, it } from 'vitest';
import { CASES28 } from './redteam9-pages28.js';
import { CASES29 } from './redteam9-pages29.js';
import { CASES_WAVE2_9 } from './redteam9-wave2.js';
import { CASES_WAVE3_9 } from './redteam9-wave3.js';
import { roundCounts } from './round-counts.js';

const ROUNDS = [
  ['28', CASES28],
  ['29', CASES29],
  ['second wave', CASES_WAVE2_9],
  ['third wave', CASES_WAVE3_9],
] as const;

describe.runIf(process.env.REDTEAM9_COUNTS)('red team 9 counts', () => {
  it('prints one line per round and the total', () => {
    const lines = roundCounts(ROUNDS);
    console.log(lines.join('\n'));
    expect(lines.at(-1)).toMatch(new RegExp(`^all: ${String(ROUNDS.reduce((n, [, cs]) => n + cs.length, 0))} pages`));
  });
});
