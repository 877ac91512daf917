// Small response helpers for the node:http server: JSON, HTML, errors, and conditional GET for feeds.
import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';

export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    /** Sent with the error's answer (Retry-After, Allow). */
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const text = JSON.stringify(body, null, 2);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers });
  res.end(text);
}

/**
 * Headers on every answer: no MIME sniffing, no referrer leaking feed keys or article paths, and a CSP that
 * allows only our own stylesheet (the dashboard has no script at all), so injected markup can do nothing.
 */
export function securityHeaders(res: ServerResponse): void {
  res.setHeader('x-content-type-options', 'nosniff');
  res.setHeader('referrer-policy', 'no-referrer');
  res.setHeader(
    'content-security-policy',
    "default-src 'none'; style-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
  );
  res.setHeader('x-frame-options', 'DENY');
}

export function sendCss(res: ServerResponse, css: string): void {
  res.writeHead(200, { 'content-type': 'text/css; charset=utf-8', 'cache-control': 'public, max-age=3600' });
  res.end(css);
}

export function sendHtml(
  res: ServerResponse,
  status: number,
  html: string,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', ...headers });
  res.end(html);
}

/**
 * Send a document with a strong ETag (hash of the bytes) and Last-Modified; answer 304 when the client's
 * validators still match (If-None-Match wins over If-Modified-Since, per RFC 9110).
 */
export function sendConditional(
  req: IncomingMessage,
  res: ServerResponse,
  body: string,
  contentType: string,
  lastModified: Date | null,
): void {
  const etag = `"${createHash('sha1').update(body).digest('base64url')}"`;
  const headers: Record<string, string> = { etag, 'content-type': contentType, 'cache-control': 'public, max-age=60' };
  if (lastModified) headers['last-modified'] = lastModified.toUTCString();
  const inm = req.headers['if-none-match'];
  const ims = req.headers['if-modified-since'];
  let fresh = false;
  if (inm) fresh = inm.split(',').some((t) => t.trim().replace(/^W\//, '') === etag || t.trim() === '*');
  else if (ims && lastModified) {
    const since = Date.parse(ims);
    fresh = Number.isFinite(since) && Math.floor(lastModified.getTime() / 1000) <= Math.floor(since / 1000);
  }
  if (fresh) {
    res.writeHead(304, headers);
    res.end();
    return;
  }
  res.writeHead(200, headers);
  res.end(req.method === 'HEAD' ? undefined : body);
}

export function escapeHtml(s: string): string {
  return s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string,
  );
}
