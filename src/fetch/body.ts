// Reads a response body through its Content-Encoding chain and stops at the byte cap counted AFTER
// decompression, so a compression bomb costs at most maxBytes plus one zlib chunk.
// Written here rather than with undici's decompress interceptor: that one is experimental (it prints a
// warning), leaves identity bodies uncapped, and is configured per dispatcher, not per request.
import { pipeline, type Readable, type Transform } from 'node:stream';
import { createBrotliDecompress, createGunzip, createUnzip } from 'node:zlib';
import { FetchError } from './errors.js';

const MAX_ENCODINGS = 3;

function decoderFor(coding: string): Transform | null {
  switch (coding) {
    case 'gzip':
    case 'x-gzip':
      return createGunzip();
    // Unzip accepts the zlib wrapper RFC 9110 means by "deflate" (and gzip mislabelled as deflate).
    case 'deflate':
      return createUnzip();
    case 'br':
      return createBrotliDecompress();
    default:
      return null;
  }
}

/** Decoders in the order they must be applied (the reverse of the header's order). */
export function decodersFor(contentEncoding: string | undefined, url: string): Transform[] {
  const codings = (contentEncoding ?? '')
    .split(',')
    .map((c) => c.trim().toLowerCase())
    .filter((c) => c !== '' && c !== 'identity');
  if (codings.length > MAX_ENCODINGS) {
    throw new FetchError('BAD_ENCODING', `too many content-encodings (${codings.length})`, { retryable: false, url });
  }
  return codings.reverse().map((c) => {
    const d = decoderFor(c);
    if (!d) throw new FetchError('BAD_ENCODING', `unsupported content-encoding "${c}"`, { retryable: false, url });
    return d;
  });
}

export function tooLarge(maxBytes: number, url: string): FetchError {
  return new FetchError('TOO_LARGE', `body exceeds ${maxBytes} bytes`, { retryable: false, url });
}

export async function readCappedBody(
  body: Readable,
  contentEncoding: string | undefined,
  maxBytes: number,
  url: string,
): Promise<Buffer> {
  const decoders = decodersFor(contentEncoding, url);
  // pipeline destroys every stage (and so the socket) as soon as one fails or the reader stops early.
  const source: Readable = decoders.length
    ? (pipeline([body, ...decoders], () => undefined) as unknown as Readable)
    : body;
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of source as AsyncIterable<Buffer>) {
    total += chunk.length;
    if (total > maxBytes) {
      body.on('error', () => undefined);
      source.destroy();
      body.destroy();
      throw tooLarge(maxBytes, url);
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks, total);
}
