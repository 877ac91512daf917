// A page alone in flight is cleaned on the server's main thread (extract-serve.ts), under the pool's time limit
// (time-limit.ts, serve-request.ts answerLineHere); pages sent while others are in flight still go to threads.
import { createInterface } from 'node:readline';
import { PassThrough } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { runExtractServer } from '../../src/cli/extract-serve.js';
import { decodeLine, newlineByteLinesAhead } from '../../src/cli/lines.js';
import { createExtractPool, type ExtractPool } from '../../src/extract/pool.js';
import { answerLine, answerLineHere, extractTextOnly } from '../../src/extract/serve-request.js';
import { withTimeLimit } from '../../src/extract/time-limit.js';

const page = (n: number): string =>
  `<html><head><title>Ferry ${n}</title></head><body><article>${Array.from(
    { length: 6 },
    (_, i) =>
      `<p>Paragraph ${i} of report ${n}: the ferry operator said on Friday that the night crossings would start again once the new pier had been inspected.</p>`,
  ).join('')}</article></body></html>`;
const line = (n: number): string => `${JSON.stringify({ id: n, url: `https://b.example/${n}`, html: page(n) })}\n`;

let pool: ExtractPool | null = null;
afterEach(async () => {
  await pool?.close();
  pool = null;
});

/** The pool, counting where each line was cleaned. */
function counting(inner: ExtractPool): ExtractPool & { here: number; threaded: number } {
  const counted = {
    ...inner,
    threads: inner.threads,
    here: 0,
    threaded: 0,
    extractLine(l: Uint8Array) {
      counted.threaded++;
      return inner.extractLine(l);
    },
    extractLineHere(l: Uint8Array) {
      counted.here++;
      return inner.extractLineHere(l);
    },
  };
  return counted;
}

describe('newlineByteLinesAhead', () => {
  it('marks a line that arrived with more input behind it, and not one that ended its chunk', async () => {
    const seen: string[] = [];
    for await (const { line: l, ahead } of newlineByteLinesAhead(PassThrough.from(['one\ntw', 'o\n', 'three\nfour'])))
      seen.push(`${decodeLine(l)}:${ahead}`);
    expect(seen).toEqual(['one:true', 'two:false', 'three:true', 'four:false']);
  });
});

describe('withTimeLimit', () => {
  it("gives the work's value when it ends in time", () => {
    expect(withTimeLimit(() => 6 * 7, 5000)).toEqual({ timedOut: false, value: 42 });
  });

  it("stops work that runs past the limit, even inside the work's own try/catch", () => {
    const started = Date.now();
    const run = withTimeLimit(() => {
      try {
        for (;;);
      } catch {
        return 'caught';
      }
    }, 50);
    expect(run).toEqual({ timedOut: true });
    expect(Date.now() - started).toBeLessThan(5000);
    // The thread carries on.
    expect(withTimeLimit(() => 'next', 5000)).toEqual({ timedOut: false, value: 'next' });
  });

  it("passes the work's own errors on", () => {
    expect(() =>
      withTimeLimit(() => {
        throw new RangeError('bad');
      }, 5000),
    ).toThrow(RangeError);
  });
});

describe('answerLineHere', () => {
  it('answers as answerLine does', () => {
    const l = line(1).trim();
    expect(answerLineHere(l, 30_000)).toEqual(answerLine(l, extractTextOnly));
  });

  it("answers a page that overruns the limit with the thread's time-out, and the next page is cleaned", () => {
    // A page whose cleaning takes far longer than a millisecond.
    const big = JSON.stringify({ id: 'slow', url: 'https://b.example/slow', html: page(2).repeat(300) });
    const slow = answerLineHere(big, 1);
    expect(slow).toEqual({
      id: 'slow',
      result: { ok: false, reason: 'no article found', detail: 'extraction took longer than 0 s' },
    });
    const next = answerLineHere(line(3).trim(), 30_000);
    expect(next).toMatchObject({ id: 3, result: { ok: true, article: { title: 'Ferry 3' } } });
  });
});

describe('extract --serve: where pages are cleaned', () => {
  it('cleans each page of a client that waits for every answer on the main thread', async () => {
    pool = createExtractPool({ threads: 1 });
    const counted = counting(pool);
    const input = new PassThrough();
    const output = new PassThrough();
    const done = runExtractServer(input, output, { pool: counted });
    const answers = createInterface({ input: output })[Symbol.asyncIterator]();
    for (let n = 1; n <= 3; n++) {
      input.write(line(n));
      const { value } = await answers.next();
      expect(JSON.parse(String(value))).toMatchObject({ id: n, title: `Ferry ${n}` });
    }
    input.end();
    await done;
    expect(counted).toMatchObject({ here: 3, threaded: 0 });
  });

  it('sends pages that arrive while another is in flight to the threads, answers in order', async () => {
    pool = createExtractPool({ threads: 1 });
    const counted = counting(pool);
    const input = new PassThrough();
    const output = new PassThrough();
    const done = runExtractServer(input, output, { pool: counted, maxInFlight: 4 });
    input.end(Array.from({ length: 5 }, (_, i) => line(i + 1)).join(''));
    let text = '';
    output.on('data', (c: Buffer) => (text += String(c)));
    await done;
    const ids = text
      .trim()
      .split('\n')
      .map((l) => (JSON.parse(l) as { id: number }).id);
    expect(ids).toEqual([1, 2, 3, 4, 5]);
    expect(counted.threaded).toBeGreaterThan(0);
    expect(counted.here + counted.threaded).toBe(5);
  });

  it('leaves every page to the threads with aloneHere: false', async () => {
    pool = createExtractPool({ threads: 1 });
    const counted = counting(pool);
    const input = new PassThrough();
    const output = new PassThrough();
    const done = runExtractServer(input, output, { pool: counted, aloneHere: false });
    const answers = createInterface({ input: output })[Symbol.asyncIterator]();
    for (let n = 1; n <= 2; n++) {
      input.write(line(n));
      expect(JSON.parse(String((await answers.next()).value))).toMatchObject({ id: n, title: `Ferry ${n}` });
    }
    input.end();
    await done;
    expect(counted).toMatchObject({ here: 0, threaded: 2 });
  });
});
