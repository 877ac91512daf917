// One request line of `extract --serve` ({"id","url","html"}), read where the page is cleaned. The server's
// main thread hands the line's bytes to an extraction thread as they came: decoding a page of a few hundred KB,
// parsing its JSON and copying the resulting string into the thread cost the main thread about as much again
// as decoding and parsing it in the thread, and a client that waits for each answer waits for both.
import { extractArticle, type ExtractResult } from './index.js';
import { readRequest, type LineAnswer } from './serve-line.js';

export { readRequest, type LineAnswer, type ServeRequest } from './serve-line.js';

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
