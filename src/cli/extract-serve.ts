// The cleaner as a JSON-lines server (`deltafeed extract --serve`), so benchmarks and other programs time
// the cleaning without process start-up: one {"id","url","html"} line in, one answer line out, in input
// order. Pages are cleaned in parallel on the extraction threads; answers wait for their turn.
import { once } from 'node:events';
import type { ExtractResult } from '../extract/index.js';
import type { ExtractedArticle } from '../model.js';
import { createExtractPool, type ExtractPool } from '../extract/pool.js';
import type { LineAnswer } from '../extract/serve-request.js';
import { isBlankLine } from './extract-serve-lines.js';
import { decodeLine, jsonLine, newlineByteLines } from './lines.js';

export interface ExtractServerOptions {
  /** Extraction threads (default: one per core, at most 4); ignored when `pool` is given. */
  threads?: number;
  /** An existing pool to use (it is not closed at the end). */
  pool?: ExtractPool;
  /** Pages cleaned at once before the server stops reading; default threads * 2 (at least 2). */
  maxInFlight?: number;
  /** Longest accepted input line, in characters; longer lines answer an error. Default 64 MiB. */
  maxLineChars?: number;
}

/** What one answer line carries for a cleaned page. */
export type ServeAnswer = ({ id: unknown } & Omit<ExtractedArticle, 'html'>) | { id: unknown; error: string };

export async function runExtractServer(
  input: NodeJS.ReadableStream,
  output: NodeJS.WritableStream,
  opts: ExtractServerOptions = {},
): Promise<void> {
  const pool = opts.pool ?? createExtractPool({ threads: opts.threads });
  const maxInFlight = Math.max(2, opts.maxInFlight ?? Math.max(1, pool.threads) * 2);
  const maxLine = opts.maxLineChars ?? 64 * 1024 * 1024;
  // Answers in input order: the writer always waits on the oldest page, while the reader keeps up to
  // maxInFlight pages being cleaned. A client that sends one page and waits is answered at once.
  const pending: Promise<ServeAnswer>[] = [];
  let inputDone = false;
  let signal: (() => void) | null = null;
  const notify = (): void => {
    const s = signal;
    signal = null;
    s?.();
  };
  const changed = (): Promise<void> => new Promise((r) => (signal = r));

  const writer = (async () => {
    for (;;) {
      if (!pending.length) {
        if (inputDone) return;
        await changed();
        continue;
      }
      const answer = await pending[0]!;
      // Dropped only once settled (awaited just above): the reader counts it in flight until it is written.
      void pending.shift();
      notify();
      if (!output.write(jsonLine(answer))) await once(output, 'drain');
    }
  })();

  try {
    for await (const line of newlineByteLines(input)) {
      if (isBlankLine(line)) continue;
      pending.push(answerFor(line, pool, maxLine));
      notify();
      while (pending.length >= maxInFlight) await changed();
    }
    inputDone = true;
    notify();
    await writer;
  } finally {
    if (!opts.pool) await pool.close();
  }
}

async function answerFor(line: Uint8Array, pool: ExtractPool, maxLine: number): Promise<ServeAnswer> {
  // A line's characters are never more than its bytes: only a long line is decoded here to count them.
  if (line.length > maxLine && decodeLine(line).length > maxLine)
    return { id: null, error: `input line longer than ${maxLine} characters` };
  return served(await pool.extractLine(line));
}

function served(answer: LineAnswer): ServeAnswer {
  return 'error' in answer ? answer : toAnswer(answer.id, answer.result);
}

export function toAnswer(id: unknown, result: ExtractResult): ServeAnswer {
  if (!result.ok) return { id, error: result.reason };
  const a = result.article;
  return {
    id,
    text: a.text,
    title: a.title,
    byline: a.byline,
    published: a.published,
    modified: a.modified,
    canonicalUrl: a.canonicalUrl,
    lang: a.lang,
    image: a.image,
  };
}
