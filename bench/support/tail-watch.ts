// Says why the slowest articles of a run were slow: time inside the index's calls (Redis round trips, with the
// server's work) against the process's own work, young- or old-generation GC pauses that fell inside the
// article, and whether slow articles came in spells (the machine as a whole slowed down) or alone.
import { PerformanceObserver } from 'node:perf_hooks';
import type { DedupIndex } from '../../src/dedup/index-types.js';

/** A moment of the article stream: when it started and ended, and how long it spent inside the index. */
export interface ArticleTiming {
  start: number;
  end: number;
  indexMs: number;
}

/** Every call of the wrapped index adds its wall time to `spent` (reset by the caller per article). */
export function timedIndex(index: DedupIndex): { index: DedupIndex; spent: { ms: number } } {
  const spent = { ms: 0 };
  // The clock starts before the call, so the client's synchronous work (building the script's arguments) counts.
  const time = async <T>(call: () => Promise<T>): Promise<T> => {
    const t0 = performance.now();
    try {
      return await call();
    } finally {
      spent.ms += performance.now() - t0;
    }
  };
  return {
    spent,
    index: {
      lookup: (q, at) => time(() => index.lookup(q, at)),
      findStories: (q, at, limit) => time(() => index.findStories(q, at, limit)),
      addDuplicate: (fp, original, at) => time(() => index.addDuplicate(fp, original, at)),
      commit: (c, at) => time(() => index.commit(c, at)),
      documentFrequencies: (terms, at) => time(() => index.documentFrequencies(terms, at)),
      recall: (pairs, at) => time(() => index.recall?.(pairs, at) ?? Promise.resolve([])),
    },
  };
}

/** Records GC pauses (start and duration, performance.now() clock) until stopped. */
export function watchGc(): { pauses: { start: number; ms: number }[]; stop(): void } {
  const pauses: { start: number; ms: number }[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) pauses.push({ start: e.startTime, ms: e.duration });
  });
  observer.observe({ entryTypes: ['gc'] });
  return { pauses, stop: () => observer.disconnect() };
}

export interface TailReport {
  /** Mean time of the slowest 1% of articles. */
  meanMs: number;
  /** Of that mean, inside the index's calls. */
  indexMs: number;
  /** Share of them that a GC pause fell into, and the mean pause among those. */
  gcShare: number;
  gcMs: number;
  /** Share of them within two articles of another slow one: slow spells rather than slow articles. */
  spellShare: number;
  /** Share of all the articles that a GC pause fell into. */
  gcShareAll: number;
}

export function tailReport(
  timings: readonly ArticleTiming[],
  pauses: readonly { start: number; ms: number }[],
): TailReport {
  const gcIn = timings.map(() => 0);
  // Both lists are in time order: one merge pass.
  let p = 0;
  for (let i = 0; i < timings.length; i++) {
    const t = timings[i]!;
    while (p < pauses.length && pauses[p]!.start < t.start) p++;
    for (let q = p; q < pauses.length && pauses[q]!.start < t.end; q++) gcIn[i] = gcIn[i]! + pauses[q]!.ms;
  }
  const order = timings.map((t, i) => ({ i, ms: t.end - t.start })).sort((a, b) => b.ms - a.ms);
  const slow = order.slice(0, Math.max(1, Math.floor(timings.length / 100)));
  const slowSet = new Set(slow.map((s) => s.i));
  const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
  const hit = slow.filter((s) => gcIn[s.i]! > 0);
  return {
    meanMs: mean(slow.map((s) => s.ms)),
    indexMs: mean(slow.map((s) => timings[s.i]!.indexMs)),
    gcShare: hit.length / slow.length,
    gcMs: mean(hit.map((s) => gcIn[s.i]!)),
    spellShare: slow.filter((s) => [-2, -1, 1, 2].some((d) => slowSet.has(s.i + d))).length / slow.length,
    gcShareAll: gcIn.filter((g) => g > 0).length / Math.max(1, timings.length),
  };
}
