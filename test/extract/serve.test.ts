// The JSON-lines server and the one-page command, on in-memory streams.
import { createInterface } from 'node:readline';
import { PassThrough } from 'node:stream';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { runExtractCommand } from '../../src/cli/extract.js';
import { extractCommandOutput } from '../../src/cli/extract-page.js';
import { runExtractServer } from '../../src/cli/extract-serve.js';
import { jsonLine, newlineLines } from '../../src/cli/lines.js';

const page = (n: number): string =>
  `<html><head><title>Story ${n}</title><meta name="author" content="Kim Lee"></head><body><article><h1>Story ${n}</h1>${Array.from(
    { length: 5 },
    (_, i) =>
      `<p>Paragraph ${i} of story ${n}: the ferry company said on Monday that crossings would resume once the storm had passed and the harbour was safe.</p>`,
  ).join('')}</article></body></html>`;

async function collect(stream: PassThrough): Promise<string> {
  let out = '';
  for await (const chunk of stream) out += String(chunk);
  return out;
}

describe('extract --serve', () => {
  for (const threads of [0, 2]) {
    it(`answers one line per request, in order (threads: ${threads})`, async () => {
      const input = new PassThrough();
      const output = new PassThrough();
      const done = runExtractServer(input, output, { threads });
      const reading = collect(output);
      for (let n = 1; n <= 6; n++)
        input.write(`${JSON.stringify({ id: `p${n}`, url: `https://a.example/${n}`, html: page(n) })}\n`);
      input.write('this is not json\n');
      input.write(`${JSON.stringify({ id: 'empty', url: 'https://a.example/e', html: '' })}\n`);
      input.write(`${JSON.stringify({ id: 7 })}\n`);
      input.end();
      await done;
      output.end();
      const lines = (await reading)
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as Record<string, unknown>);
      expect(lines.map((l) => l.id)).toEqual(['p1', 'p2', 'p3', 'p4', 'p5', 'p6', null, 'empty', 7]);
      lines.slice(0, 6).forEach((l, i) => {
        expect(l.title).toBe(`Story ${i + 1}`);
        expect(l.byline).toBe('Kim Lee');
        expect(String(l.text)).toContain(`Paragraph 4 of story ${i + 1}`);
      });
      expect(lines[6]).toEqual({ id: null, error: 'input line is not JSON' });
      expect(lines[7]).toEqual({ id: 'empty', error: 'no article found' });
      expect(lines[8]).toEqual({ id: 7, error: 'missing "html" string' });
    });
  }
});

describe('extract --serve, one page at a time', () => {
  it('answers a page before the next one is sent (clients that wait for each answer)', async () => {
    const input = new PassThrough();
    const output = new PassThrough();
    const done = runExtractServer(input, output, { threads: 1 });
    const lines = createInterface({ input: output })[Symbol.asyncIterator]();
    for (let n = 1; n <= 3; n++) {
      input.write(`${JSON.stringify({ id: n, url: `https://a.example/${n}`, html: page(n) })}\n`);
      const { value } = await lines.next();
      expect(JSON.parse(String(value))).toMatchObject({ id: n, title: `Story ${n}` });
    }
    input.end();
    await done;
  });
});

describe('extract (one page)', () => {
  it('prints the contract JSON', async () => {
    const stdin = new PassThrough();
    const stdout = new PassThrough();
    stdin.end(page(1));
    const code = await runExtractCommand(['--url', 'https://a.example/1'], stdin, stdout);
    stdout.end();
    expect(code).toBe(0);
    const out = JSON.parse(await collect(stdout)) as Record<string, unknown>;
    expect(Object.keys(out).sort()).toEqual(['byline', 'canonicalUrl', 'published', 'text', 'title']);
    expect(out).toEqual(extractCommandOutput(page(1), 'https://a.example/1'));
    expect(out.title).toBe('Story 1');
  });

  it('reads a saved page in the encoding it declares, and UTF-8 input as UTF-8 whatever it declares', async () => {
    const story = (charset: string) =>
      page(2)
        .replace('<head>', `<head><meta charset="${charset}">`)
        .replace('</h1>', '</h1><p>The caf\u00e9 owner said \u201cbusiness is good\u201d again this week.</p>');
    const run = async (bytes: Buffer) => {
      const stdin = new PassThrough();
      const stdout = new PassThrough();
      stdin.end(bytes);
      expect(await runExtractCommand(['--url', 'https://a.example/2'], stdin, stdout)).toBe(0);
      stdout.end();
      return JSON.parse(await collect(stdout)) as { text: string };
    };
    const wanted = 'The caf\u00e9 owner said \u201cbusiness is good\u201d';
    expect((await run(iconv.encode(story('windows-1252'), 'windows-1252'))).text).toContain(wanted);
    const cyrillic = story('koi8-r').replace(/caf\u00e9/, '\u041f\u0440\u0438\u0432\u0435\u0442');
    expect((await run(iconv.encode(cyrillic, 'koi8-r'))).text).toContain(
      'The \u041f\u0440\u0438\u0432\u0435\u0442 owner said',
    );
    // Already decoded by another program and written as UTF-8, with the page's original declaration left in.
    expect((await run(Buffer.from(story('shift_jis')))).text).toContain(wanted);
  });

  it('marks a page without an article', () => {
    expect(
      extractCommandOutput('<html><body><nav><a href="/">Home</a></nav></body></html>', 'https://a.example/'),
    ).toMatchObject({
      text: '',
      error: 'no article found',
    });
  });

  it('rejects unknown options with exit code 2', async () => {
    const stdout = new PassThrough();
    expect(await runExtractCommand(['--nope'], new PassThrough(), stdout)).toBe(2);
  });
});

describe('extract --serve, line breaks inside strings', () => {
  it('splits input on "\\n" alone: a page holding U+2028 or U+2029 is one request and one answer', async () => {
    const input = new PassThrough();
    const output = new PassThrough();
    const done = runExtractServer(input, output, { threads: 0 });
    const reading = collect(output);
    const odd = page(1).replace('the storm had passed', 'the storm\u2028had\u2029passed');
    input.write(`${JSON.stringify({ id: 'a', url: 'https://a.example/1', html: odd })}\r\n`);
    input.write(`${JSON.stringify({ id: 'b', url: 'https://a.example/2', html: page(2) })}`);
    input.end();
    await done;
    output.end();
    const out = await reading;
    // Escaped on output too, so a reader that splits on U+2028 (node:readline) still reads one line per answer.
    expect(out).not.toMatch(/[\u2028\u2029]/);
    const lines = [];
    for await (const l of createInterface({ input: PassThrough.from(out), crlfDelay: Infinity })) lines.push(l);
    const answers = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(answers.map((l) => l.id)).toEqual(['a', 'b']);
    expect(String(answers[0]!.text)).toContain('Paragraph 4 of story 1');
    expect(String(answers[1]!.text)).toContain('Paragraph 4 of story 2');
    expect(jsonLine({ text: 'a\u2028b\u2029c' })).toBe('{"text":"a\\u2028b\\u2029c"}\n');
    expect(JSON.parse(jsonLine({ text: 'a\u2028b' }))).toEqual({ text: 'a\u2028b' });
  });
});

describe('newlineLines', () => {
  async function linesOf(chunks: (Buffer | string)[]): Promise<string[]> {
    const out: string[] = [];
    for await (const l of newlineLines(PassThrough.from(chunks))) out.push(l);
    return out;
  }

  it('joins lines whose bytes, a UTF-8 character or a "\r\n" are split across chunks', async () => {
    const bytes = Buffer.from('\uFEFF{"a":"café ☕"}\r\nzweite Zeile\n\ndritte\u2028Zeile ohne Ende', 'utf8');
    const whole = ['{"a":"café ☕"}', 'zweite Zeile', '', 'dritte\u2028Zeile ohne Ende'];
    // Every cut point, so each multi-byte character and the "\r\n" are split somewhere.
    for (let cut = 1; cut < bytes.length; cut++) {
      expect(await linesOf([bytes.subarray(0, cut), bytes.subarray(cut)]), `cut at ${cut}`).toEqual(whole);
    }
    expect(await linesOf(['eins\nzwei\n', 'drei'])).toEqual(['eins', 'zwei', 'drei']);
    expect(await linesOf(['nur eine\n'])).toEqual(['nur eine']);
    expect(await linesOf([' \uFEFFbleibt\n'])).toEqual([' \uFEFFbleibt']);
  });
});
