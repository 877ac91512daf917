// Reads a response body through its Content-Encoding chain and stops at the byte cap counted AFTER
// decompression, so a compression bomb costs at most maxBytes plus one zlib chunk.
// Written here rather than with undici's decompress interceptor: that one is experimental (it prints a
// warning), leaves identity bodies uncapped, and is configured per dispatcher, not per request.
import { pipeline, Transform, type Readable, type TransformCallback } from 'node:stream';
import { createBrotliDecompress, createGunzip, createInflateRaw, createUnzip } from 'node:zlib';
import { FetchError } from './errors.js';

const MAX_ENCODINGS = 3;

function decoderFor(coding: string): Transform | null {
  switch (coding) {
    case 'gzip':
    case 'x-gzip':
      return createGunzip();
    case 'deflate':
      return new DeflateDecoder();
    case 'br':
      return createBrotliDecompress();
    default:
      return null;
  }
}

/**
 * "deflate" as RFC 9110 means it is the zlib wrapper, but servers also send raw deflate (old IIS, some CDNs) and
 * gzip under that name; browsers read all three, so the first two bytes decide here too.
 */
class DeflateDecoder extends Transform {
  private inner: Transform | null = null;
  private head = Buffer.alloc(0);

  private start(head: Buffer): Transform {
    const zlibHeader = head.length >= 2 && ((head[0] ?? 0) & 0x0f) === 8 && head.readUInt16BE(0) % 31 === 0;
    const gzip = head[0] === 0x1f && head[1] === 0x8b;
    const inner = zlibHeader || gzip ? createUnzip() : createInflateRaw();
    inner.on('data', (chunk: Buffer) => this.push(chunk));
    inner.on('error', (err) => this.destroy(err));
    return inner;
  }

  override _transform(chunk: Buffer, _enc: BufferEncoding, done: TransformCallback): void {
    if (!this.inner) {
      this.head = Buffer.concat([this.head, chunk]);
      if (this.head.length < 2) return done();
      this.inner = this.start(this.head);
      chunk = this.head;
    }
    this.inner.write(chunk, () => done());
  }

  // A body cut off at maxBytes must stop the inflater too, not leave it working through its last chunk.
  override _destroy(err: Error | null, done: (error?: Error | null) => void): void {
    this.inner?.destroy();
    done(err);
  }

  override _flush(done: TransformCallback): void {
    if (!this.inner && this.head.length === 0) return done();
    const inner = this.inner ?? this.start(this.head);
    inner.once('end', () => done());
    inner.end(this.inner ? undefined : this.head);
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
