// The benchmark's floor: how fast this machine can merely parse the pages with jsdom, on one thread and on
// `threads` threads at once; and how fast the pipeline's own cleaner (the extract pool, same threads) goes.
import { Worker } from 'node:worker_threads';
import { fileURLToPath } from 'node:url';
import { createExtractPool } from '../../src/extract/pool.js';

export interface FloorResult {
  threads: number;
  pages: number;
  ms: number;
  pagesPerSec: number;
  /** CPU time of this process (all its threads) per page during the timed part: it does nothing else then. */
  cpuMsPerPage: number;
}

const cpuMs = (u: NodeJS.CpuUsage) => (u.user + u.system) / 1000;

const THREAD = fileURLToPath(new URL('./parse-thread.js', import.meta.url));

/** jsdom parse only: pages split evenly over `threads` worker threads, started together once all are ready. */
export async function jsdomParseFloor(pages: string[], threads: number): Promise<FloorResult> {
  const parts: string[][] = Array.from({ length: threads }, () => []);
  pages.forEach((p, i) => parts[i % threads]?.push(p));
  const workers = parts.map((part) => new Worker(THREAD, { workerData: { pages: part } }));
  try {
    await Promise.all(
      workers.map(
        (w) =>
          new Promise<void>((resolve, reject) => {
            w.once('error', reject);
            w.once('message', () => resolve());
          }),
      ),
    );
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    await Promise.all(
      workers.map(
        (w) =>
          new Promise<void>((resolve, reject) => {
            w.once('message', () => resolve());
            w.once('error', reject);
            w.postMessage('go');
          }),
      ),
    );
    return measured(threads, pages.length, t0, cpu0);
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}

/** The figures of one timed pass over `pages` pages, started at `t0` (wall) and `cpu0` (this process's CPU). */
function measured(threads: number, pages: number, t0: number, cpu0: NodeJS.CpuUsage): FloorResult {
  const ms = performance.now() - t0;
  return { threads, pages, ms, pagesPerSec: (pages * 1000) / ms, cpuMsPerPage: cpuMs(process.cpuUsage(cpu0)) / pages };
}

/** The pipeline's cleaner (prestrip, jsdom, Readability, pruning) through its own thread pool. */
export async function cleanerFloor(
  pages: { html: string; url: string }[],
  threads: number,
): Promise<FloorResult & { failed: number }> {
  const pool = createExtractPool({ threads });
  try {
    // Warm every thread up outside the timed part.
    await Promise.all(
      Array.from({ length: threads }, (_, i) =>
        pool.extract(pages[i % pages.length]?.html ?? '', pages[0]?.url ?? 'http://x.invalid/'),
      ),
    );
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    const results = await Promise.all(pages.map((p) => pool.extract(p.html, p.url)));
    return { ...measured(threads, pages.length, t0, cpu0), failed: results.filter((r) => !r.ok).length };
  } finally {
    await pool.close();
  }
}
