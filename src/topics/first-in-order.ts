// Picking the head of an order without sorting: the topic engine keeps its brief's leading claims and drops
// the lowest claims past its bound after every article, out of hundreds of claims, where k is a handful.

/**
 * The first `k` items in the order `cmp`, as a stable sort would put them (of equal items, the earlier one
 * first), in one pass: an item is compared with the kept ones only while it may still enter.
 */
export function firstInOrder<T>(items: Iterable<T>, k: number, cmp: (a: T, b: T) => number): T[] {
  const kept: T[] = [];
  if (k <= 0) return kept;
  for (const x of items) {
    if (kept.length === k && cmp(x, kept[k - 1]!) >= 0) continue;
    let at = kept.length;
    while (at > 0 && cmp(x, kept[at - 1]!) < 0) at--;
    kept.splice(at, 0, x);
    if (kept.length > k) kept.pop();
  }
  return kept;
}
