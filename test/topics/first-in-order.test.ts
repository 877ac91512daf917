// firstInOrder must pick exactly what a stable sort puts first, ties included (the engine's claim bound and
// brief rely on it to drop and show the same claims as before).
import { describe, expect, it } from 'vitest';
import { firstInOrder } from '../../src/topics/first-in-order.js';

function randomItems(n: number, seed: number): { key: number; at: number }[] {
  let x = seed;
  const next = () => (x = (x * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  // Few distinct keys, so there are many ties for the stable order to settle.
  return Array.from({ length: n }, (_, at) => ({ key: Math.floor(next() * 7), at }));
}

describe('firstInOrder', () => {
  const byKey = (a: { key: number }, b: { key: number }) => a.key - b.key;

  it('equals the head of a stable sort for every k, ties resolved to the earlier item', () => {
    for (let seed = 1; seed <= 20; seed++) {
      const items = randomItems(60, seed);
      for (const k of [1, 2, 5, 8, 59, 60, 80]) {
        const sorted = [...items].sort(byKey).slice(0, k);
        expect(firstInOrder(items, k, byKey)).toEqual(sorted);
      }
    }
  });

  it('gives nothing for k <= 0 or no items', () => {
    expect(firstInOrder([3, 1, 2], 0, (a, b) => a - b)).toEqual([]);
    expect(firstInOrder([], 3, (a: number, b: number) => a - b)).toEqual([]);
  });
});
