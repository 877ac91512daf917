// Fetch a feed or a page as text: conditional GET with the stored validators (a 304 is answered without
// touching a body), content-type checks before the body is read, charset detection and decoding, and one
// decision on the HTTP status: 2xx is a document, 304 is "not modified", anything else a FetchError whose
// `retryable` says whether to try again (408, 425, 429, 5xx) and `retryAfterMs` when to.
import { createHash } from 'node:crypto';
import { STATUS_CODES } from 'node:http';
import { decodeDocument, type DocumentKind } from './charset.js';
import { checkBodyLooksTextual, checkContentType } from './content-type.js';
import { FetchError } from './errors.js';
import { httpRequest } from './request.js';
import { parseRetryAfter } from './retry-after.js';
import type { DocumentResponse, RawResponse, RequestOptions } from './types.js';

export interface DocumentOptions extends RequestOptions {
  etag?: string | null;
  lastModified?: string | null;
  accept?: string;
  kind: DocumentKind;
}

const ACCEPT: Record<DocumentKind, string> = {
  feed: 'application/rss+xml, application/atom+xml, application/rdf+xml;q=0.9, application/feed+json;q=0.9, application/xml;q=0.8, text/xml;q=0.8, */*;q=0.5',
  page: 'text/html, application/xhtml+xml;q=0.9, */*;q=0.5',
};

const RETRYABLE_STATUSES = new Set([408, 425, 429]);

export function isRetryableStatus(status: number): boolean {
  return RETRYABLE_STATUSES.has(status) || status >= 500;
}

/** The FetchError for a response that is neither 2xx nor 304. */
export function httpStatusError(res: Pick<RawResponse, 'status' | 'url' | 'headers'>): FetchError {
  const retryAfterMs = parseRetryAfter(res.headers['retry-after']);
  const text = STATUS_CODES[res.status];
  return new FetchError('HTTP_STATUS', `HTTP ${res.status}${text ? ` ${text}` : ''} from ${res.url}`, {
    retryable: isRetryableStatus(res.status),
    status: res.status,
    ...(retryAfterMs !== undefined ? { retryAfterMs } : {}),
    url: res.url,
  });
}

export async function fetchDocument(url: string, opts: DocumentOptions): Promise<DocumentResponse> {
  const { etag, lastModified, accept, kind, ...requestOpts } = opts;
  const headers: Record<string, string> = { accept: accept ?? ACCEPT[kind], ...requestOpts.headers };
  if (etag) headers['if-none-match'] = etag;
  if (lastModified) headers['if-modified-since'] = lastModified;

  const res = await httpRequest(url, {
    ...requestOpts,
    method: 'GET',
    headers,
    onResponseHead: (head) => {
      if (head.status >= 200 && head.status < 300) checkContentType(head.headers['content-type'], kind, head.url);
      requestOpts.onResponseHead?.(head);
    },
  });

  const validators = {
    etag: res.headers.etag ?? null,
    lastModified: res.headers['last-modified'] ?? null,
  };
  if (res.status === 304) {
    // A 304 may omit validators it did not change; keep the ones that produced it.
    return {
      ...res,
      text: '',
      charset: '',
      etag: validators.etag ?? etag ?? null,
      lastModified: validators.lastModified ?? lastModified ?? null,
      notModified: true,
    };
  }
  if (res.status < 200 || res.status >= 300) throw httpStatusError(res);

  const contentType = res.headers['content-type'];
  checkBodyLooksTextual(res.body, contentType, kind, res.url);
  const decoded = decodeDocument(res.body, contentType, kind);
  return {
    ...res,
    text: decoded.text,
    charset: decoded.charset,
    ...validators,
    notModified: false,
    bodyHash: createHash('sha256').update(res.body).digest('hex'),
  };
}
