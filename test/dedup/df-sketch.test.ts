import { describe, expect, it } from 'vitest';
import { createRng } from '../../simulation/prng.js';
import { DF_SKETCH, DfSketch, dfSlots } from '../../src/dedup/index-types.js';

// Seeded, so the streams below are the same on every run.
function ids(seed: number) {
  const rng = createRng(seed);
  return () => rng.int(0, 2 ** 31 - 1);
}

describe('the document-frequency sketch', () => {
  it('gives each term two different counters inside the sketch', () => {
    const next = ids(7);
    for (let i = 0; i < 10_000; i++) {
      const [a, b] = dfSlots(next());
      expect(a).not.toBe(b);
      for (const s of [a, b]) expect(s >= 0 && s < 2 ** DF_SKETCH.slotBits).toBe(true);
    }
    // Terms equal in their low bits still get different second counters.
    expect(dfSlots(5)[1]).not.toBe(dfSlots(5 + 2 ** DF_SKETCH.slotBits)[1]);
  });

  it('never undercounts, and counts almost every term of a large vocabulary exactly', () => {
    // 200,000 articles' worth of terms would take long here: 300,000 distinct terms, each in 1 to 3 articles,
    // plus 100 common terms in every article of 2,000, is a sketch as full as a busy generation's.
    const sketch = new DfSketch();
    const exact = new Map<number, number>();
    const next = ids(42);
    const common = Array.from({ length: 100 }, () => next());
    const rare = Array.from({ length: 300_000 }, () => next());
    for (let a = 0; a < 2000; a++) {
      const terms = [...common];
      for (let j = a; j < rare.length; j += 2000) terms.push(rare[j]!);
      sketch.add(terms);
      for (const t of terms) exact.set(t, (exact.get(t) ?? 0) + 1);
    }
    for (let j = 0; j < rare.length; j += 3) {
      sketch.add([rare[j]!]);
      exact.set(rare[j]!, exact.get(rare[j]!)! + 1);
    }
    let wrong = 0;
    let badlyWrong = 0;
    for (const [t, n] of exact) {
      const e = sketch.estimate(t);
      expect(e).toBeGreaterThanOrEqual(n);
      if (e > n) wrong++;
      if (e > n + 100) badlyWrong++;
    }
    expect(sketch.articles).toBe(2000 + 100_000);
    // Load 0.29 (two counters per term): about 6% of the terms share both counters, and almost never with a
    // common term.
    expect(wrong / exact.size).toBeLessThan(0.1);
    expect(badlyWrong).toBeLessThan(10);
    // A common term's counters may also hold a rare term or two.
    for (const t of common) expect(sketch.estimate(t) - 2000).toBeLessThanOrEqual(3);
  });

  it('stops counting at the counter limit instead of wrapping', () => {
    const sketch = new DfSketch();
    for (let i = 0; i < DF_SKETCH.max + 10; i++) sketch.add([12345]);
    expect(sketch.estimate(12345)).toBe(DF_SKETCH.max);
  });
});
