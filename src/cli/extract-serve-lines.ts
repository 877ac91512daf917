// The request lines of `extract --serve` as bytes, for the extraction thread to decode (serve-request.ts).
// Split as lines.ts splits them: on "\n" alone (byte 0x0A never occurs inside a multi-byte UTF-8 sequence), a
// trailing "\r" dropped, a byte-order mark at the start of the stream dropped, the unterminated rest last.

/** Each line's bytes in a buffer of its own (posting one copies its bytes, never a whole stream chunk's). */
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

/** The line decoded, as lines.ts yields it. */
export function decodeLine(line: Uint8Array): string {
  return Buffer.from(line.buffer, line.byteOffset, line.byteLength).toString('utf8');
}

/**
 * Whether the line is blank (`line.trim() === ""` of its text), mostly without decoding it: an ASCII byte
 * that is not white space decides at once; only lines of white space with other bytes among it are decoded.
 */
export function isBlankLine(line: Uint8Array): boolean {
  for (const b of line) {
    if (b === 0x20 || (b >= 0x09 && b <= 0x0d)) continue;
    return b < 0x80 ? false : decodeLine(line).trim() === '';
  }
  return true;
}
