// Counts per round of a red-team or guard set, for docs/benchmarks.md: pages (guards), pages leaking and chrome
// phrases left of those listed, pages losing article text and article lines lost of those listed. Each set's
// counts test prints them on request, on whatever src/ is checked out.
import { judge2 } from './redteam2-judge.js';
import type { Redteam2Case } from './redteam2-pages6.js';

interface Count {
  pages: number;
  guards: number;
  leaking: number;
  left: number;
  chrome: number;
  losing: number;
  lost: number;
  article: number;
}

const zero = (): Count => ({ pages: 0, guards: 0, leaking: 0, left: 0, chrome: 0, losing: 0, lost: 0, article: 0 });
const show = (c: Count): string =>
  `${String(c.pages)} pages (${String(c.guards)} guards): ${String(c.leaking)} leaking, ${String(c.left)} of ${String(c.chrome)} phrases; ` +
  `${String(c.losing)} losing, ${String(c.lost)} of ${String(c.article)} article lines`;

/** One line per round and a total; with `list`, each failing page's lost and leaked lines and its rules. */
export function roundCounts(rounds: readonly (readonly [string, readonly Redteam2Case[]])[], list = false): string[] {
  const all = zero();
  const lines: string[] = [];
  for (const [round, cases] of rounds) {
    const n = zero();
    for (const c of cases) {
      const v = judge2(c);
      n.pages += 1;
      n.guards += c.name.startsWith('guard') ? 1 : 0;
      n.leaking += v.leaked.length ? 1 : 0;
      n.left += v.leaked.length;
      n.chrome += c.chrome.length;
      n.losing += v.lost.length ? 1 : 0;
      n.lost += v.lost.length;
      n.article += c.article.length;
      if (list && (v.lost.length || v.leaked.length))
        lines.push(
          `  ${c.name}\n    lost: ${JSON.stringify(v.lost)}\n    leaked: ${JSON.stringify(v.leaked)}\n    rules: ${JSON.stringify([...new Set(v.rules)])}`,
        );
    }
    for (const k of Object.keys(all) as (keyof Count)[]) all[k] += n[k];
    lines.push(`${round}: ${show(n)}`);
  }
  lines.push(`all: ${show(all)}`);
  return lines;
}
