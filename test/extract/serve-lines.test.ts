// The server's byte lines (extract-serve-lines.ts) against the string lines they replace (lines.ts), and a
// request line read and cleaned in an extraction thread (pool.extractLine).
import { PassThrough } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { isBlankLine } from '../../src/cli/extract-serve-lines.js';
import { decodeLine, newlineByteLines, newlineLines } from '../../src/cli/lines.js';
import { extractArticle } from '../../src/extract/index.js';
import { createExtractPool, type ExtractPool } from '../../src/extract/pool.js';
import { readRequest } from '../../src/extract/serve-request.js';

async function both(chunks: (Buffer | string)[]): Promise<[string[], string[]]> {
  const text: string[] = [];
  for await (const l of newlineLines(PassThrough.from(chunks))) text.push(l);
  const bytes: string[] = [];
  for await (const l of newlineByteLines(PassThrough.from(chunks))) bytes.push(decodeLine(l));
  return [bytes, text];
}

const page = `<html><head><title>Harbour works</title></head><body><article>${'<p>The council voted on Tuesday to fund the harbour works, the mayor said, and the ferries will run again in May.</p>'.repeat(6)}</article></body></html>`;

let pool: ExtractPool | null = null;
afterEach(async () => {
  await pool?.close();
  pool = null;
});

describe('newlineByteLines', () => {
  it('gives the lines newlineLines gives, wherever the chunks are cut', async () => {
    const bytes = Buffer.from('\uFEFF{"a":"café ☕"}\r\nzweite Zeile\n\ndritte\u2028Zeile\r\n\r\nohne Ende\r', 'utf8');
    for (let cut = 1; cut < bytes.length; cut++) {
      const [got, want] = await both([bytes.subarray(0, cut), bytes.subarray(cut)]);
      expect(got, `cut at ${cut}`).toEqual(want);
    }
    const [got, want] = await both(['eins\nzwei\n', 'drei', ' \uFEFFbleibt\n', '\uFEFFmitten\n']);
    expect(got).toEqual(want);
    expect(got).toEqual(['eins', 'zwei', 'drei \uFEFFbleibt', '\uFEFFmitten']);
  });

  it('hands out each line in a buffer of its own', async () => {
    const out: Uint8Array[] = [];
    for await (const l of newlineByteLines(PassThrough.from([Buffer.from('ab\ncd\nef')]))) out.push(l);
    expect(out.map((l) => [l.byteOffset, l.byteLength, l.buffer.byteLength])).toEqual([
      [0, 2, 2],
      [0, 2, 2],
      [0, 2, 2],
    ]);
  });
});

describe('isBlankLine', () => {
  it('is blank exactly when the decoded line trims to nothing', () => {
    for (const s of ['', ' ', '\t \f\v', '\u00a0', ' \u2028 \uFEFF', 'x', ' x ', '\u00e9', ' \u00a0x', '{}'])
      expect(isBlankLine(Buffer.from(s, 'utf8')), JSON.stringify(s)).toBe(s.trim() === '');
  });
});

describe('a request line cleaned in the thread', () => {
  it('answers as the page cleaned inline, text only, with the request id; bad lines get the reason', async () => {
    pool = createExtractPool({ threads: 1 });
    const line = (v: unknown): Uint8Array => Buffer.from(JSON.stringify(v), 'utf8');
    const url = 'https://a.example/harbour';
    expect(await pool.extractLine(line({ id: 'h1', url, html: page }))).toEqual({
      id: 'h1',
      result: extractArticle(page, url, { textOnly: true }),
    });
    expect(await pool.extractLine(Buffer.from('not json'))).toEqual({ id: null, error: 'input line is not JSON' });
    expect(await pool.extractLine(line([1]))).toEqual({ id: null, error: 'missing "html" string' });
    expect(await pool.extractLine(line(7))).toEqual({ id: null, error: 'input line is not a JSON object' });
    expect(await pool.extractLine(line({ id: 3 }))).toEqual({ id: 3, error: 'missing "html" string' });
  });

  it('keeps the id when the thread cannot answer', async () => {
    pool = createExtractPool({ threads: 1, timeoutMs: 1 });
    const big = `<html><body>${page.repeat(300)}</body></html>`;
    const answer = await pool.extractLine(Buffer.from(JSON.stringify({ id: 'big', url: '', html: big })));
    expect(answer).toMatchObject({ id: 'big', result: { ok: false } });
    expect(readRequest('{"id":5,"html":"x"}')).toEqual({ id: 5, url: '', html: 'x' });
  });
});
