// One request line of `extract --serve` ({"id","url","html"}), read where the page is cleaned. The server's
// main thread hands the line's bytes to an extraction thread as they came: decoding a page of a few hundred KB,
// parsing its JSON and copying the resulting string into the thread cost the main thread about as much again
// as decoding and parsing it in the thread, and a client that waits for each answer waits for both.
import { extractArticle, type ExtractResult } from './index.js';

/** What the server answers for one line: the cleaning's result, or why the line was not a request. */
export type LineAnswer = { id: unknown; result: ExtractResult } | { id: unknown; error: string };

export type ServeRequest = { id: unknown; url: string; html: string } | { id: unknown; error: string };

/** The request in a line (its bytes as UTF-8, decoded as the server's line reader decodes them, or a string). */
export function readRequest(line: Uint8Array | string): ServeRequest {
  let req: unknown;
  try {
    req = JSON.parse(
      typeof line === 'string' ? line : Buffer.from(line.buffer, line.byteOffset, line.byteLength).toString('utf8'),
    );
  } catch {
    return { id: null, error: 'input line is not JSON' };
  }
  if (!req || typeof req !== 'object') return { id: null, error: 'input line is not a JSON object' };
  const { id, url, html } = req as { id?: unknown; url?: unknown; html?: unknown };
  if (typeof html !== 'string') return { id: id ?? null, error: 'missing "html" string' };
  return { id: id ?? null, url: typeof url === 'string' ? url : '', html };
}

/** Reads the line and cleans its page (text and metadata only, as the server answers them). */
export function answerLine(
  line: Uint8Array | string,
  extract: (html: string, url: string) => ExtractResult,
): LineAnswer {
  const req = readRequest(line);
  return 'error' in req ? req : { id: req.id, result: extract(req.html, req.url) };
}

/** How a served line's page is cleaned: the answer carries the text and metadata only. */
export function extractTextOnly(html: string, url: string): ExtractResult {
  return extractArticle(html, url, { textOnly: true });
}
