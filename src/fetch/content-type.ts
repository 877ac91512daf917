// What a feed or a page may be served as. Checked on the headers, before the body is read, and again on the
// first bytes when the server does not say (or says application/octet-stream).
import type { DocumentKind } from './charset.js';
import { FetchError } from './errors.js';

export function mediaType(contentType: string | undefined): string {
  return (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
}

const TEXTUAL = /(^text\/)|xml|json|rss|atom|rdf|xhtml/;
const UNDECLARED = new Set(['', 'application/octet-stream', 'binary/octet-stream', 'application/unknown']);

function refused(type: string, kind: DocumentKind, url: string): FetchError {
  return new FetchError('BAD_CONTENT_TYPE', `refused content-type "${type}" for a ${kind}`, { retryable: false, url });
}

/** Throws BAD_CONTENT_TYPE for types that cannot be a feed or a page (images, audio, video, archives, ...). */
export function checkContentType(contentType: string | undefined, kind: DocumentKind, url: string): void {
  const type = mediaType(contentType);
  if (UNDECLARED.has(type)) return;
  if (!TEXTUAL.test(type)) throw refused(type, kind, url);
  if (kind === 'page' && /json/.test(type)) throw refused(type, kind, url);
}

const MAGIC: [string, number[]][] = [
  ['image/png', [0x89, 0x50, 0x4e, 0x47]],
  ['image/gif', [0x47, 0x49, 0x46, 0x38]],
  ['image/jpeg', [0xff, 0xd8, 0xff]],
  ['application/pdf', [0x25, 0x50, 0x44, 0x46]],
  ['application/zip', [0x50, 0x4b, 0x03, 0x04]],
  ['application/gzip', [0x1f, 0x8b]],
  ['image/webp', [0x52, 0x49, 0x46, 0x46]],
];

/** For undeclared types: refuse bodies that start like a known binary format or carry NUL bytes early on. */
export function checkBodyLooksTextual(
  body: Buffer,
  contentType: string | undefined,
  kind: DocumentKind,
  url: string,
): void {
  if (!UNDECLARED.has(mediaType(contentType))) return;
  for (const [type, magic] of MAGIC) {
    if (magic.every((b, i) => body[i] === b)) throw refused(`${type} (sniffed)`, kind, url);
  }
  const head = body.subarray(0, 1024);
  const utf16 =
    (head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff) || head[1] === 0 || head[0] === 0;
  if (!utf16 && head.includes(0)) throw refused('binary (sniffed)', kind, url);
}
