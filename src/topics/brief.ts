// A topic's brief: its leading claims, the short list a subscriber reads and whose change an update shows.
import type { Claim } from '../model.js';
import { corroboration } from './claims.js';
import { firstInOrder } from './first-in-order.js';

/** Claims that lead by corroboration (then recency) always in the brief. */
export const BRIEF_LEADING = 5;
/** New claims of an update shown in the brief besides the leading ones. */
export const BRIEF_PINNED = 5;

/** Leading claims first: more outlets, then seen more recently, then first seen earlier, then by id. */
function byLeading(corroborationOf: (c: Claim) => number, a: Claim, b: Claim): number {
  return (
    corroborationOf(b) - corroborationOf(a) ||
    b.lastSeen.localeCompare(a.lastSeen) ||
    a.firstSeen.localeCompare(b.firstSeen) ||
    a.id.localeCompare(b.id)
  );
}

/** Each claim's corroboration counted once, not once per comparison. */
function remembered(): (c: Claim) => number {
  const known = new Map<Claim, number>();
  return (c) => {
    let n = known.get(c);
    if (n === undefined) known.set(c, (n = corroboration(c.sources)));
    return n;
  };
}

/**
 * The brief's claim texts: the leading claims plus `pinned` (an update's new claims, so its diff always shows
 * them even when they do not lead yet), listed in the order they were first seen so that a later brief differs
 * from an earlier one by insertions and deletions rather than by reshuffling. `corroborationOf` must give the
 * same number for a claim every time (e.g. remembered).
 */
export function computeBrief(
  claims: readonly Claim[],
  pinned: readonly string[] = [],
  corroborationOf: (c: Claim) => number = remembered(),
): string[] {
  const chosen = new Set(pinned.slice(0, BRIEF_PINNED));
  // The order is total (ids are unique), so its first few are the sorted list's head.
  for (const c of firstInOrder(claims, BRIEF_LEADING, (a, b) => byLeading(corroborationOf, a, b))) chosen.add(c.id);
  const picked: { c: Claim; i: number }[] = [];
  claims.forEach((c, i) => {
    if (chosen.has(c.id)) picked.push({ c, i });
  });
  return picked.sort((x, y) => x.c.firstSeen.localeCompare(y.c.firstSeen) || x.i - y.i).map(({ c }) => c.text);
}
