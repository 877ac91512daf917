// Lines of a JSON-lines stream, split on "\n" alone. node:readline also ends a line at U+2028 and U+2029,
// which JSON.stringify leaves unescaped inside strings: a page holding one would be cut in two and every
// later answer would go to the wrong page.

/**
 * The stream's "\n"-terminated lines (a trailing "\r" dropped), then its unterminated rest if any, as bytes. The
 * bytes are split and each line decoded once, by its reader: byte 0x0A never occurs inside a multi-byte UTF-8
 * sequence, Buffer.indexOf scans natively, and a page of a few hundred KB was split in about half the time of
 * decoding every chunk and joining strings. A byte-order mark at the start of the stream is dropped, as a
 * TextDecoder drops it. `extract --serve` hands these bytes to its threads undecoded.
 */
export async function* newlineByteLines(input: NodeJS.ReadableStream): AsyncGenerator<Uint8Array> {
  let parts: Buffer[] = [];
  let size = 0;
  let first = true;
  const line = (): Uint8Array => {
    let from = 0;
    let to = size;
    // Not zero-filled first: every byte is written just below.
    const out = Buffer.allocUnsafeSlow(size);
    let at = 0;
    for (const p of parts) {
      out.set(p, at);
      at += p.length;
    }
    parts = [];
    size = 0;
    if (first && to >= 3 && out[0] === 0xef && out[1] === 0xbb && out[2] === 0xbf) from = 3;
    first = false;
    if (to > from && out[to - 1] === 0x0d) to--;
    return from === 0 && to === out.length ? out : Uint8Array.prototype.slice.call(out, from, to);
  };
  for await (const chunk of input as AsyncIterable<Buffer | string>) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
    let from = 0;
    for (let nl = bytes.indexOf(0x0a); nl >= 0; nl = bytes.indexOf(0x0a, from)) {
      parts.push(bytes.subarray(from, nl));
      size += nl - from;
      yield line();
      from = nl + 1;
    }
    if (from < bytes.length) {
      parts.push(bytes.subarray(from));
      size += bytes.length - from;
    }
  }
  if (parts.length) {
    const last = line();
    if (last.length) yield last;
  }
}

/** A line's bytes as UTF-8 text. */
export function decodeLine(line: Uint8Array): string {
  return Buffer.from(line.buffer, line.byteOffset, line.byteLength).toString('utf8');
}

/** The stream's lines as text (newlineByteLines, each decoded). */
export async function* newlineLines(input: NodeJS.ReadableStream): AsyncGenerator<string> {
  for await (const line of newlineByteLines(input)) yield decodeLine(line);
}

/** JSON for one output line: U+2028/U+2029 escaped, so a reader that splits on them still sees one line. */
export function jsonLine(value: unknown): string {
  return `${JSON.stringify(value)
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029')}\n`;
}
