// Lines of a JSON-lines stream, split on "\n" alone. node:readline also ends a line at U+2028 and U+2029,
// which JSON.stringify leaves unescaped inside strings: a page holding one would be cut in two and every
// later answer would go to the wrong page.

/**
 * The stream's "\n"-terminated lines (a trailing "\r" dropped), then its unterminated rest if any. The bytes are
 * split and each line decoded once: byte 0x0A never occurs inside a multi-byte UTF-8 sequence, Buffer.indexOf
 * scans natively, and a page of a few hundred KB was split in about half the time of decoding every chunk and
 * joining strings. A byte-order mark at the start of the stream is dropped, as a TextDecoder drops it.
 */
export async function* newlineLines(input: NodeJS.ReadableStream): AsyncGenerator<string> {
  // The start of the current line, in pieces: a long line is joined once, not re-scanned per chunk.
  let parts: Buffer[] = [];
  let first = true;
  const line = (): string => {
    const text = (parts.length === 1 ? parts[0]! : Buffer.concat(parts)).toString('utf8');
    parts = [];
    const out = first && text.startsWith('\uFEFF') ? text.slice(1) : text;
    first = false;
    return out;
  };
  for await (const chunk of input as AsyncIterable<Buffer | string>) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
    let from = 0;
    for (let nl = bytes.indexOf(0x0a); nl >= 0; nl = bytes.indexOf(0x0a, from)) {
      parts.push(bytes.subarray(from, nl));
      yield trimCr(line());
      from = nl + 1;
    }
    if (from < bytes.length) parts.push(bytes.subarray(from));
  }
  if (parts.length) {
    const last = line();
    if (last) yield trimCr(last);
  }
}

function trimCr(line: string): string {
  return line.endsWith('\r') ? line.slice(0, -1) : line;
}

/** JSON for one output line: U+2028/U+2029 escaped, so a reader that splits on them still sees one line. */
export function jsonLine(value: unknown): string {
  return `${JSON.stringify(value)
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029')}\n`;
}
