// A topic's brief: its leading claims, the short list a subscriber reads and whose change an update shows.
import type { Claim } from '../model.js';
import { corroboration } from './claims.js';

/** Claims that lead by corroboration (then recency) always in the brief. */
export const BRIEF_LEADING = 5;
/** New claims of an update shown in the brief besides the leading ones. */
export const BRIEF_PINNED = 5;

function byLeading(corroborated: Map<Claim, number>, a: Claim, b: Claim): number {
  return (
    (corroborated.get(b) as number) - (corroborated.get(a) as number) ||
    b.lastSeen.localeCompare(a.lastSeen) ||
    a.firstSeen.localeCompare(b.firstSeen) ||
    a.id.localeCompare(b.id)
  );
}

/**
 * The brief's claim texts: the leading claims plus `pinned` (an update's new claims, so its diff always shows
 * them even when they do not lead yet), listed in the order they were first seen so that a later brief differs
 * from an earlier one by insertions and deletions rather than by reshuffling.
 */
export function computeBrief(
  claims: readonly Claim[],
  pinned: readonly string[] = [],
  corroborationOf: (c: Claim) => number = (c) => corroboration(c.sources),
): string[] {
  const chosen = new Set(pinned.slice(0, BRIEF_PINNED));
  // Each claim's corroboration once, not once per comparison.
  const corroborated = new Map(claims.map((c) => [c, corroborationOf(c)]));
  // The first few of the order, by scans (the order is total, so this is the sorted list's head).
  const picked = new Set<Claim>();
  for (let k = 0; k < Math.min(BRIEF_LEADING, claims.length); k++) {
    let lead: Claim | null = null;
    for (const c of claims) if (!picked.has(c) && (lead === null || byLeading(corroborated, c, lead) < 0)) lead = c;
    picked.add(lead!);
    chosen.add(lead!.id);
  }
  return claims
    .map((c, i) => ({ c, i }))
    .filter(({ c }) => chosen.has(c.id))
    .sort((x, y) => x.c.firstSeen.localeCompare(y.c.firstSeen) || x.i - y.i)
    .map(({ c }) => c.text);
}
