// Name evidence for hindsight splits (issue 16, an experiment): the episodes of one incident (first report, name
// released, arrest, charges, trial) keep their participants, the victim's, suspect's, team's and place's names,
// while two incidents of one kind have names of their own. So a cut may be gated on the halves' names alone: the
// `e:` (entity) and `p:` (place) terms of each member's TF-IDF vector, renormalized. Pure.

import { cosine as dot, type SparseVector as Vec } from './sparse-vector.js';

const isName = (term: string) => term.startsWith('e:') || term.startsWith('p:');

/** The name part of a TF-IDF vector, L2-normalized (empty when the member names nothing). */
export function nameVector(v: Vec): Vec {
  const out = new Map<string, number>();
  let norm = 0;
  for (const [t, w] of v)
    if (isName(t)) {
      out.set(t, w);
      norm += w * w;
    }
  norm = Math.sqrt(norm) || 1;
  for (const [t, w] of out) out.set(t, w / norm);
  return out;
}

const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : NaN);

/** Mean name cosine between two groups of name vectors and within each (pairs; NaN for a group of one). */
export function nameSimilarity(a: readonly Vec[], b: readonly Vec[]): { between: number; within: [number, number] } {
  const pairs = (g: readonly Vec[]) => g.flatMap((x, i) => g.slice(i + 1).map((y) => dot(x, y)));
  return {
    between: mean(a.flatMap((x) => b.map((y) => dot(x, y)))),
    within: [mean(pairs(a)), mean(pairs(b))],
  };
}

/**
 * A group's `k` strongest terms (of those starting with `kind`, '' for all): the highest summed weight over its
 * members (ties by name).
 */
export function strongestNames(g: readonly Vec[], k: number, kind = ''): string[] {
  const sum = new Map<string, number>();
  for (const v of g) for (const [t, w] of v) if (t.startsWith(kind)) sum.set(t, (sum.get(t) ?? 0) + w);
  return [...sum]
    .sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))
    .slice(0, k)
    .map(([t]) => t);
}

/**
 * The lower, over the two halves, of the share of a half's `k` strongest names that no member of the other half
 * says: near 1 when each half has participants of its own, near 0 when they share them. Reported at each cut, not
 * a gate: tried as one (`unsaid=X`), it removed right cuts before wrong ones.
 */
export function unsaidShare(a: readonly Vec[], b: readonly Vec[], k = 5): number {
  const share = (g: readonly Vec[], other: readonly Vec[]) => {
    const top = strongestNames(g, k);
    if (!top.length) return 0;
    return top.filter((t) => other.every((v) => !v.has(t))).length / top.length;
  };
  return Math.min(share(a, b), share(b, a));
}

/**
 * Of each half's `k` strongest terms of `kind` (a prefix: 'y:' years, 'p:' places, ...), the share that no member
 * of the other half holds; the lower over the halves. NaN when a half holds no term of that kind. Two incidents
 * of one kind years apart each name a year the other never does; one incident's episodes, however far apart,
 * leave at least one half (the first report) naming only years the other half names too.
 */
export function ownShare(a: readonly Vec[], b: readonly Vec[], kind: string, k = 5): number {
  const share = (g: readonly Vec[], other: readonly Vec[]) => {
    const top = strongestNames(g, k, kind);
    return top.length ? top.filter((t) => other.every((v) => !v.has(t))).length / top.length : NaN;
  };
  return Math.min(share(a, b), share(b, a));
}
