import { describe, expect, it } from 'vitest';
import { fitLogistic } from '../../src/dedup/logistic.js';

describe('fitLogistic', () => {
  // Feature 1 says "no" (high on the negatives), feature 2 says "yes".
  const xs = [
    [1, 0.9, 0.8],
    [1, 0.8, 0.9],
    [1, 0.1, 0.2],
    [1, 0.2, 0.1],
    [1, 0.7, 0.3],
    [1, 0.3, 0.7],
  ];
  const ys = [0, 1, 0, 0, 0, 1];

  it('learns the sign the data gives when no sign is asked', () => {
    const { weights } = fitLogistic(xs, ys, { iterations: 2000 });
    expect(weights[1]).toBeLessThan(-0.5);
    expect(weights[2]).toBeGreaterThan(0.5);
  });

  it('keeps a weight given a sign on its side, at 0 at worst, and leaves the others free', () => {
    const { weights } = fitLogistic(xs, ys, { iterations: 2000, signs: [0, 1, 1] });
    expect(weights[1]).toBe(0);
    expect(weights[2]).toBeGreaterThan(0.5);
  });
});
