// The ninth guard set's counts per part, for docs/benchmarks.md: pages, pages losing article text, article lines
// lost of those listed, pages leaking chrome. Printed only when asked, on whatever src/ is checked out (and with
// GUARDS9_LIST=1 the lost lines of each page): GUARDS9_COUNTS=1 npx vitest run test/extract/guards9-counts.test.ts
import { describe, expect, it } from 'vitest';
import { CASES_ENDINGS9 } from './guards9-endings.js';
import { CASES_ROUNDUPS9 } from './guards9-roundups.js';
import { CASES_WAVE2_G9 } from './guards9-wave2.js';
import { judge2 } from './redteam2-judge.js';
import type { Redteam2Case } from './redteam2-pages6.js';

const PARTS: [string, Redteam2Case[]][] = [
  ['roundups and listicles', CASES_ROUNDUPS9],
  ['endings, tables, kickers', CASES_ENDINGS9],
  ['second wave', CASES_WAVE2_G9],
];

describe.runIf(process.env.GUARDS9_COUNTS)('guards 9 counts', () => {
  it('prints one line per part and the total', () => {
    const all = { pages: 0, losing: 0, lost: 0, listed: 0, leaking: 0 };
    const lines: string[] = [];
    for (const [part, cases] of PARTS) {
      const n = { pages: 0, losing: 0, lost: 0, listed: 0, leaking: 0 };
      for (const c of cases) {
        const v = judge2(c);
        n.pages += 1;
        n.losing += v.lost.length ? 1 : 0;
        n.lost += v.lost.length;
        n.listed += c.article.length;
        n.leaking += v.leaked.length ? 1 : 0;
        if (process.env.GUARDS9_LIST && (v.lost.length || v.leaked.length))
          lines.push(
            `  ${c.name}\n    lost: ${JSON.stringify(v.lost)}\n    leaked: ${JSON.stringify(v.leaked)}\n    rules: ${JSON.stringify([...new Set(v.rules)])}`,
          );
      }
      for (const k of Object.keys(all) as (keyof typeof all)[]) all[k] += n[k];
      lines.push(`${part}: ${JSON.stringify(n)}`);
    }
    lines.push(`all: ${JSON.stringify(all)}`);
    console.log(lines.join('\n'));
    expect(all.pages).toBe(PARTS.reduce((n, [, cs]) => n + cs.length, 0));
  });
});
