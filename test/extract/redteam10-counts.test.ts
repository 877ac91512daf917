// The tenth red-team set's counts per round, for docs/benchmarks.md (round-counts.ts). Printed only when asked,
// on whatever src/ is checked out: REDTEAM10_COUNTS=1 npx vitest run test/extract/redteam10-counts.test.ts
// (REDTEAM10_COUNTS=list also prints each failing page's lines and rules).
import { describe, expect, it } from 'vitest';
import { CASES30 } from './redteam10-pages30.js';
import { CASES31 } from './redteam10-pages31.js';
import { CASES_WAVE2_10 } from './redteam10-wave2.js';
import { roundCounts } from './round-counts.js';

const ROUNDS = [
  ['30', CASES30],
  ['31', CASES31],
  ['second wave', CASES_WAVE2_10],
] as const;

describe.runIf(process.env.REDTEAM10_COUNTS)('red team 10 counts', () => {
  it('prints one line per round and the total', () => {
    const lines = roundCounts(ROUNDS, process.env.REDTEAM10_COUNTS === 'list');
    console.log(lines.join('\n'));
    expect(lines.at(-1)).toMatch(new RegExp(`^all: ${String(ROUNDS.reduce((n, [, cs]) => n + cs.length, 0))} pages`));
  });
});
