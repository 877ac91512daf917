// Lines of a JSON-lines stream, split on "\n" alone. node:readline also ends a line at U+2028 and U+2029,
// which JSON.stringify leaves unescaped inside strings: a page holding one would be cut in two and every
// later answer would go to the wrong page.

/** The stream's "\n"-terminated lines (a trailing "\r" dropped), then its unterminated rest if any. */
export async function* newlineLines(input: NodeJS.ReadableStream): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8');
  // The start of the current line, in pieces: a long line is joined once, not re-scanned per chunk.
  let parts: string[] = [];
  for await (const chunk of input as AsyncIterable<Buffer | string>) {
    const text = typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
    let from = 0;
    for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', from)) {
      parts.push(text.slice(from, nl));
      yield trimCr(parts.join(''));
      parts = [];
      from = nl + 1;
    }
    if (from < text.length) parts.push(text.slice(from));
  }
  parts.push(decoder.decode());
  const last = parts.join('');
  if (last) yield trimCr(last);
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
