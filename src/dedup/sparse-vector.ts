// Sparse term vectors for the hindsight-split experiment (story-split.ts and its name evidence): one home for the
// type and its dot product, so the two modules need not import each other.

/** A sparse, L2-normalized vector: term -> weight. */
export type SparseVector = ReadonlyMap<string, number>;

/** The dot product; the cosine for normalized vectors. Walks the smaller map. */
export function cosine(a: SparseVector, b: SparseVector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let s = 0;
  for (const [t, w] of small) s += w * (large.get(t) ?? 0);
  return s;
}
