// Interleaved timing for bench:extract. On a shared machine the load moves by tens of per cent within a minute,
// so timing one extractor over all pages and then the other compares two different machines. Here every arm
// (plain Readability in-process, the cleaner's server one page at a time, the same server pipelined, and
// optionally another build's server) runs the same small batch of pages in turn, the order reversed on every
// other batch, and each batch gives its own ratio: the median and quartiles of those ratios say how much of
// the figure is load.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { newlineLines } from '../../src/cli/lines.js';

export interface BenchPage {
  id: string;
  url: string;
  html: string;
}

/**
 * What one batch of an arm gave: wall seconds, CPU seconds of the extracting process (all its threads; NaN where
 * the platform does not tell), per-page milliseconds (one at a time only), texts by id.
 */
interface BatchResult {
  seconds: number;
  cpuSeconds: number;
  pageMs: number[];
  texts: Map<string, string>;
  errors: Map<string, string>;
}

export interface Arm {
  name: string;
  run(batch: readonly BenchPage[]): Promise<BatchResult>;
  close(): Promise<void>;
}

interface ToolExtractor {
  extract(html: string, page: { id: string; url: string }): Promise<string>;
}

/** The evaluation tool's own baseline (its readability + jsdom, its versions), in this process, one page at a time. */
export async function plainArm(toolDir: string): Promise<Arm> {
  const mod = (await import(pathToFileURL(join(toolDir, 'extractors.mjs')).href)) as {
    readabilityJsdom(): Promise<ToolExtractor>;
  };
  const ex = await mod.readabilityJsdom();
  return {
    name: 'plain',
    async run(batch) {
      const out = emptyResult();
      const cpu0 = process.cpuUsage();
      const t0 = performance.now();
      for (const p of batch) {
        const s = performance.now();
        try {
          out.texts.set(p.id, await ex.extract(p.html, { id: p.id, url: p.url }));
        } catch (err) {
          out.texts.set(p.id, '');
          out.errors.set(p.id, err instanceof Error ? err.message : String(err));
        }
        out.pageMs.push(performance.now() - s);
      }
      out.seconds = (performance.now() - t0) / 1000;
      const cpu = process.cpuUsage(cpu0);
      out.cpuSeconds = (cpu.user + cpu.system) / 1e6;
      return out;
    },
    close: () => Promise.resolve(),
  };
}

/**
 * A JSON-lines extraction server (`extract-serve-main.js`): `inFlight` 1 sends a page and waits for its
 * answer, as eval.mjs --server does; more keeps that many pages in flight, as the pipeline feeds it.
 */
export async function serverArm(name: string, script: string, threads: number, inFlight: number): Promise<Arm> {
  const server = await startServer(script, threads);
  return {
    name,
    async run(batch) {
      const out = emptyResult();
      const lines = batch.map((p) => `${JSON.stringify({ id: p.id, url: p.url, html: p.html })}\n`);
      const cpu0 = server.cpuSeconds();
      const t0 = performance.now();
      let sent = 0;
      const starts: number[] = [];
      const answers: Promise<string>[] = [];
      const fill = (): void => {
        while (sent < lines.length && sent - out.pageMs.length < inFlight) {
          starts.push(performance.now());
          answers.push(server.ask(lines[sent++]!));
        }
      };
      fill();
      for (let i = 0; i < lines.length; i++) {
        const line = await answers[i]!;
        out.pageMs.push(performance.now() - starts[i]!);
        const id = batch[i]!.id;
        const msg = JSON.parse(line) as { text?: unknown; error?: unknown };
        out.texts.set(id, typeof msg.text === 'string' ? msg.text : '');
        if (msg.error !== undefined)
          out.errors.set(id, typeof msg.error === 'string' ? msg.error : JSON.stringify(msg.error));
        fill();
      }
      out.seconds = (performance.now() - t0) / 1000;
      out.cpuSeconds = server.cpuSeconds() - cpu0;
      if (inFlight > 1) out.pageMs = []; // latencies with a queue in front say nothing per page
      return out;
    },
    close: () => server.close(),
  };
}

export interface ArmTotals {
  name: string;
  /** Wall seconds of each timed batch, in batch order. */
  batchSeconds: number[];
  /** CPU seconds of each timed batch (the extracting process, all threads). */
  batchCpuSeconds: number[];
  pageMs: number[];
  pages: number;
  texts: Map<string, string>;
  errors: Map<string, string>;
}

/**
 * Run `warmup` pages through every arm untimed, then the rest in batches of `batchSize`, every arm on each
 * batch in turn (forwards on even batches, backwards on odd ones, so no arm always runs after a given one).
 */
export async function interleave(
  arms: readonly Arm[],
  pages: readonly BenchPage[],
  opts: { batchSize: number; warmup: number; progress?: (done: number, of: number) => void },
): Promise<ArmTotals[]> {
  const warm = pages.slice(0, Math.min(opts.warmup, pages.length));
  for (const arm of arms) await arm.run(warm);
  const totals: ArmTotals[] = arms.map((a) => ({
    name: a.name,
    batchSeconds: [],
    batchCpuSeconds: [],
    pageMs: [],
    pages: 0,
    texts: new Map(),
    errors: new Map(),
  }));
  const batches: BenchPage[][] = [];
  for (let i = 0; i < pages.length; i += opts.batchSize) batches.push(pages.slice(i, i + opts.batchSize));
  for (const [b, batch] of batches.entries()) {
    const order = arms.map((_, i) => i);
    if (b % 2) order.reverse();
    for (const i of order) {
      const r = await arms[i]!.run(batch);
      const t = totals[i]!;
      t.batchSeconds.push(r.seconds);
      t.batchCpuSeconds.push(r.cpuSeconds);
      t.pageMs.push(...r.pageMs);
      t.pages += batch.length;
      for (const [id, text] of r.texts) t.texts.set(id, text);
      for (const [id, e] of r.errors) t.errors.set(id, e);
    }
    opts.progress?.(Math.min((b + 1) * opts.batchSize, pages.length), pages.length);
  }
  return totals;
}

/** Pages per second over all timed batches. */
export function rate(t: ArmTotals): number {
  return t.pages / t.batchSeconds.reduce((a, b) => a + b, 0);
}

/** CPU milliseconds per page over all timed batches. */
export function cpuMsPerPage(t: ArmTotals): number {
  return (1000 * t.batchCpuSeconds.reduce((a, b) => a + b, 0)) / t.pages;
}

/**
 * Speed of `fast` over `slow` batch by batch (slow's seconds / fast's), in wall time or in CPU time: median and
 * quartiles.
 */
export function batchRatios(
  fast: ArmTotals,
  slow: ArmTotals,
  clock: 'wall' | 'cpu' = 'wall',
): { median: number; q1: number; q3: number; n: number } {
  const of = (t: ArmTotals): number[] => (clock === 'wall' ? t.batchSeconds : t.batchCpuSeconds);
  const slowS = of(slow);
  const r = of(fast)
    .map((s, i) => slowS[i]! / s)
    .sort((a, b) => a - b);
  return { median: quantile(r, 0.5), q1: quantile(r, 0.25), q3: quantile(r, 0.75), n: r.length };
}

/** Linear-interpolated quantile of sorted values. */
export function quantile(sorted: readonly number[], q: number): number {
  if (!sorted.length) return NaN;
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (pos - lo);
}

function emptyResult(): BatchResult {
  return { seconds: 0, cpuSeconds: NaN, pageMs: [], texts: new Map(), errors: new Map() };
}

interface Server {
  ask(line: string): Promise<string>;
  /** CPU seconds the server process has used so far, all threads (NaN where /proc is missing). */
  cpuSeconds(): number;
  close(): Promise<void>;
}

async function startServer(script: string, threads: number): Promise<Server> {
  const child = spawn(process.execPath, [script, '--threads', String(threads)], { stdio: ['pipe', 'pipe', 'inherit'] });
  const waiting: ((line: string) => void)[] = [];
  let exited = false;
  child.once('exit', () => (exited = true));
  void (async () => {
    for await (const line of newlineLines(child.stdout)) waiting.shift()?.(line);
  })();
  await once(child, 'spawn');
  return {
    ask(line) {
      if (exited) return Promise.reject(new Error(`${script} exited`));
      return new Promise((resolve) => {
        waiting.push(resolve);
        child.stdin.write(line);
      });
    },
    cpuSeconds: () => processCpuSeconds(child.pid),
    async close() {
      child.stdin.end();
      if (!exited) await once(child, 'exit');
    },
  };
}

/**
 * CPU seconds of a process, summed over its threads from /proc/PID/task/TID/schedstat (nanoseconds; the first
 * field is the time spent on a CPU). A thread that has exited is no longer counted, so this is read around
 * batches of a server whose threads live as long as it does.
 */
function processCpuSeconds(pid: number | undefined): number {
  if (pid === undefined) return NaN;
  try {
    let ns = 0;
    for (const tid of readdirSync(`/proc/${pid}/task`)) {
      ns += Number(readFileSync(`/proc/${pid}/task/${tid}/schedstat`, 'utf8').split(' ')[0]);
    }
    return ns / 1e9;
  } catch {
    return NaN;
  }
}
