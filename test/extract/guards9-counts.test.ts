// The ninth guard set's counts per part, for docs/benchmarks.md (round-counts.ts). Printed only when asked, on
// whatever src/ is checked out (and with GUARDS9_LIST=1 the lost and leaked lines of each page):
// GUARDS9_COUNTS=1 npx vitest run test/extract/guards9-counts.test.ts
import { describe, expect, it } from 'vitest';
import { CASES_ENDINGS9 } from './guards9-endings.js';
import { CASES_ROUNDUPS9 } from './guards9-roundups.js';
import { CASES_WAVE2_G9 } from './guards9-wave2.js';
import { roundCounts } from './round-counts.js';

const PARTS = [
  ['roundups and listicles', CASES_ROUNDUPS9],
  ['endings, tables, kickers', CASES_ENDINGS9],
  ['second wave', CASES_WAVE2_G9],
] as const;

describe.runIf(process.env.GUARDS9_COUNTS)('guards 9 counts', () => {
  it('prints one line per round and the total', () => {
    const lines = roundCounts(PARTS, Boolean(process.env.GUARDS9_LIST));
    console.log(lines.join('\n'));
    expect(lines.at(-1)).toMatch(new RegExp(`^all: ${String(PARTS.reduce((n, [, cs]) => n + cs.length, 0))} pages`));
  });
});
