// The tenth guard set's counts per part, for docs/benchmarks.md (round-counts.ts). Printed only when asked, on
// whatever src/ is checked out (and with GUARDS10_LIST=1 the lost and leaked lines of each page):
// GUARDS10_COUNTS=1 npx vitest run test/extract/guards10-counts.test.ts
import { describe, expect, it } from 'vitest';
import { CASES_INTL10 } from './guards10-intl.js';
import { CASES_LIVE_CARDS10 } from './guards10-live-cards.js';
import { roundCounts } from './round-counts.js';

const PARTS = [
  ['live blogs and image cards', CASES_LIVE_CARDS10],
  ['other languages', CASES_INTL10],
] as const;

describe.runIf(process.env.GUARDS10_COUNTS)('guards 10 counts', () => {
  it('prints one line per part and the total', () => {
    const lines = roundCounts(PARTS, Boolean(process.env.GUARDS10_LIST));
    console.log(lines.join('\n'));
    expect(lines.at(-1)).toMatch(new RegExp(`^all: ${String(PARTS.reduce((n, [, cs]) => n + cs.length, 0))} pages`));
  });
});
