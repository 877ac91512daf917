// Extraction off the event loop: a small pool of worker threads, each cleaning one page at a time, so both
// cores work and the process's HTTP API and queue heartbeats stay responsive while pages are cleaned.
// A thread that crashes, runs out of memory or exceeds the per-page time limit is replaced, and its page
// answers { ok: false } instead of failing the job. `threads: 0` runs inline (for single-role processes
// that clean nothing, tests and the one-shot CLI).
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ExtractOptions, ExtractResult } from './index.js';
import { NO_ARTICLE } from './no-article.js';
import { readRequest, type LineAnswer } from './serve-line.js';

export interface ExtractPoolOptions {
  /** Worker threads; 0 = inline on the caller's thread. Default: one per core, at most 4. */
  threads?: number;
  /** Per-page time limit in a thread; the thread is replaced when it is exceeded. Default 30 s. */
  timeoutMs?: number;
  /** Old-generation heap limit of each thread, MB. Default 1024. */
  maxHeapMb?: number;
}

export interface ExtractPoolStats {
  threads: number;
  busy: number;
  queued: number;
  /** Threads replaced after a crash or a time-out since the pool started. */
  replaced: number;
}

export interface ExtractPool {
  readonly threads: number;
  extract(html: string, url: string, opts?: Pick<ExtractOptions, 'boilerplate' | 'textOnly'>): Promise<ExtractResult>;
  /**
   * One `extract --serve` request line, as its UTF-8 bytes: read and cleaned (text only) in the thread, so the
   * caller never decodes nor copies the page as a string (serve-request.ts).
   */
  extractLine(line: Uint8Array): Promise<LineAnswer>;
  stats(): ExtractPoolStats;
  close(): Promise<void>;
}

export type ThreadRequest =
  | { type: 'extract'; id: number; html: string; url: string; boilerplate: string[]; textOnly: boolean }
  | { type: 'line'; id: number; line: Uint8Array }
  | { type: 'close' };
export type ThreadReply =
  | { type: 'ready' }
  | { type: 'result'; id: number; result: ExtractResult }
  | { type: 'line'; id: number; answer: LineAnswer };

interface Task {
  message: Exclude<ThreadRequest, { type: 'close' }>;
  settle: (reply: Exclude<ThreadReply, { type: 'ready' }>) => void;
  /** The thread could not answer (crash, time limit, pool closed). */
  fail: (detail: string) => void;
}

interface Slot {
  worker: Worker;
  task: Task | null;
  timer: NodeJS.Timeout | null;
  exited: boolean;
  /** The thread has loaded its modules; the time limit only runs from then on. */
  ready: boolean;
}

const DEFAULT_TIMEOUT_MS = 30_000;
/** Young generation of each thread, MB: jsdom's short-lived garbage is collected a little more often. */
const YOUNG_GENERATION_MB = 12;
/** Threads that die before they are ready, in a row, before the pool stops replacing them. */
const MAX_STARTUP_FAILURES = 3;

export function createExtractPool(opts: ExtractPoolOptions = {}): ExtractPool {
  const threads = opts.threads ?? Math.max(1, Math.min(4, availableParallelism()));
  return threads <= 0
    ? inlinePool()
    : threadPool(threads, opts.timeoutMs ?? DEFAULT_TIMEOUT_MS, opts.maxHeapMb ?? 1024);
}

/**
 * The cleaner on this thread, loaded on first use: a pool of threads never cleans here, and loading jsdom and
 * the rules (a second or more) on the main thread too would delay a fresh server's first answer by as much.
 */
interface InlineCleaner {
  extractArticle: typeof import('./index.js').extractArticle;
  answerLine: typeof import('./serve-request.js').answerLine;
  extractTextOnly: typeof import('./serve-request.js').extractTextOnly;
  closeDocumentParser: typeof import('./document.js').closeDocumentParser;
}

function loadInlineCleaner(): Promise<InlineCleaner> {
  return Promise.all([import('./index.js'), import('./serve-request.js'), import('./document.js')]).then(
    ([index, serve, document]) => ({
      extractArticle: index.extractArticle,
      answerLine: serve.answerLine,
      extractTextOnly: serve.extractTextOnly,
      closeDocumentParser: document.closeDocumentParser,
    }),
  );
}

function inlinePool(): ExtractPool {
  let cleaner: Promise<InlineCleaner> | null = null;
  const load = () => (cleaner ??= loadInlineCleaner());
  return {
    threads: 0,
    extract(html, url, o) {
      // A cleaning error becomes a rejection, as from a thread.
      return load().then((c) => c.extractArticle(html, url, { boilerplate: o?.boilerplate, textOnly: o?.textOnly }));
    },
    extractLine(line) {
      return load().then((c) => c.answerLine(line, c.extractTextOnly));
    },
    stats() {
      return { threads: 0, busy: 0, queued: 0, replaced: 0 };
    },
    close() {
      return cleaner ? cleaner.then((c) => c.closeDocumentParser()) : Promise.resolve();
    },
  };
}

function threadPool(size: number, timeoutMs: number, maxHeapMb: number): ExtractPool {
  const script = threadScript();
  const queue: Task[] = [];
  const slots: Slot[] = [];
  let nextId = 1;
  let closed = false;
  let replaced = 0;
  let startupFailures = 0;
  let broken: string | null = null;

  const failed = (detail: string): ExtractResult => ({ ok: false, reason: NO_ARTICLE, detail });

  const spawn = (): Slot => {
    // Both generations bounded: the young one (V8's default 32 MB of semi-spaces per isolate) is resident too.
    const worker = new Worker(script, {
      resourceLimits: { maxOldGenerationSizeMb: maxHeapMb, maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
    });
    const slot: Slot = { worker, task: null, timer: null, exited: false, ready: false };
    worker.on('message', (reply: ThreadReply) => {
      if (reply.type === 'ready') {
        slot.ready = true;
        startupFailures = 0;
        pump();
        return;
      }
      const task = slot.task;
      if (!task || task.message.id !== reply.id) return;
      finish(slot, reply);
    });
    worker.on('error', (err: Error) => replace(slot, `extractor thread crashed: ${err.message}`));
    worker.on('exit', (code) => {
      slot.exited = true;
      replace(slot, `extractor thread exited (${code})`);
    });
    return slot;
  };

  const finish = (slot: Slot, reply: Exclude<ThreadReply, { type: 'ready' }>): void => {
    const task = slot.task;
    if (slot.timer) clearTimeout(slot.timer);
    slot.task = null;
    slot.timer = null;
    task?.settle(reply);
    pump();
  };

  /** The slot's thread is gone or must go: answer its page, start a fresh thread in its place. */
  const replace = (slot: Slot, detail: string): void => {
    const i = slots.indexOf(slot);
    if (i === -1) return;
    slots.splice(i, 1);
    if (slot.timer) clearTimeout(slot.timer);
    const task = slot.task;
    slot.task = null;
    void slot.worker.terminate();
    task?.fail(detail);
    if (!slot.ready && ++startupFailures >= MAX_STARTUP_FAILURES) {
      // Threads cannot even start (missing build, no memory): answer everything rather than spin.
      broken = `extractor threads cannot start: ${detail}`;
      for (const t of queue.splice(0)) t.fail(broken);
    }
    if (!closed && !broken) {
      replaced++;
      slots.push(spawn());
    }
    pump();
  };

  const pump = (): void => {
    for (const slot of slots) {
      if (slot.task || !slot.ready || !queue.length) continue;
      const task = queue.shift()!;
      slot.task = task;
      slot.timer = setTimeout(
        () => replace(slot, `extraction took longer than ${Math.round(timeoutMs / 1000)} s`),
        timeoutMs,
      );
      slot.timer.unref();
      slot.worker.postMessage(task.message);
    }
    // Keep the process alive only while there is work in flight (while closing, close() holds the threads).
    if (closed) return;
    for (const slot of slots) {
      if (slot.task || queue.length) slot.worker.ref();
      else slot.worker.unref();
    }
  };

  for (let i = 0; i < size; i++) slots.push(spawn());

  return {
    threads: size,
    extract(html, url, o) {
      if (closed) return Promise.resolve(failed('extractor closed'));
      if (broken) return Promise.resolve(failed(broken));
      return new Promise<ExtractResult>((done) => {
        queue.push({
          message: {
            type: 'extract',
            id: nextId++,
            html,
            url,
            boilerplate: o?.boilerplate ? [...o.boilerplate] : [],
            textOnly: o?.textOnly ?? false,
          },
          settle: (reply) => done(reply.type === 'result' ? reply.result : failed('unexpected reply')),
          fail: (detail) => done(failed(detail)),
        });
        pump();
      });
    },
    extractLine(line) {
      // Without the thread's answer the id is read here (a rare path, worth its cost only then).
      const failLine = (detail: string): LineAnswer => ({ id: readRequest(line).id, result: failed(detail) });
      if (closed) return Promise.resolve(failLine('extractor closed'));
      if (broken) return Promise.resolve(failLine(broken));
      return new Promise<LineAnswer>((done) => {
        queue.push({
          // Posted as bytes (a copy, kept here for the failure path): cloning a few hundred KB of bytes costs a
          // fraction of cloning the same page as a string.
          message: { type: 'line', id: nextId++, line },
          settle: (reply) => done(reply.type === 'line' ? reply.answer : failLine('unexpected reply')),
          fail: (detail) => done(failLine(detail)),
        });
        pump();
      });
    },
    stats() {
      return { threads: slots.length, busy: slots.filter((x) => x.task).length, queued: queue.length, replaced };
    },
    async close() {
      if (closed) return;
      closed = true;
      for (const t of queue.splice(0)) t.fail('extractor closed');
      // Let pages in flight finish (each is bounded by the time limit), then ask threads to close their window.
      await Promise.all(
        slots.map(
          (slot) =>
            new Promise<void>((done) => {
              const stop = (): void => {
                if (slot.exited) return done();
                slot.worker.ref();
                const killer = setTimeout(() => void slot.worker.terminate(), 5000);
                killer.unref();
                slot.worker.once('exit', () => {
                  clearTimeout(killer);
                  done();
                });
                slot.worker.postMessage({ type: 'close' } satisfies ThreadRequest);
              };
              if (!slot.task) return stop();
              const { settle, fail } = slot.task;
              slot.task.settle = (r) => {
                settle(r);
                stop();
              };
              slot.task.fail = (d) => {
                fail(d);
                stop();
              };
            }),
        ),
      );
      slots.length = 0;
    },
  };
}

/**
 * The compiled thread script. Threads run plain JavaScript, so when this module itself runs from the
 * TypeScript sources (under vitest) the build's copy in dist/ is used; `npm test` builds first.
 */
function threadScript(): string {
  const here = fileURLToPath(import.meta.url);
  if (!here.endsWith('.ts')) return join(dirname(here), 'thread-main.js');
  const root = resolve(dirname(here), '..', '..');
  const built = join(root, 'dist', 'src', 'extract', 'thread-main.js');
  if (!existsSync(built))
    throw new Error(`extractor thread script not built: ${built} is missing (run "npm run build")`);
  return built;
}
