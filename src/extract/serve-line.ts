// A request line of `extract --serve` and its answer's shape, without the cleaner: the pool reads a line's id on
// its main thread when a thread fails, and must not load jsdom there to do so (see serve-request.ts).
import type { ExtractResult } from './index.js';

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
