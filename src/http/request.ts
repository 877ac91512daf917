// The one place where a request's input is decoded and checked, before any route sees it: the URL, its path
// segments (percent-decoded), the paging parameters and the cookies. Anything malformed is an HttpError 4xx
// with a reason, so no route can turn bad input into a 500.
import type { IncomingMessage } from 'node:http';
import { HttpError } from './respond.js';

/** Longer request targets are refused with 414; no route of ours needs more. */
export const MAX_URL_LENGTH = 8192;
/** Highest ?page= accepted: far past any real feed, small enough that offsets stay exact integers for Redis. */
export const MAX_PAGE = 1_000_000;
export const MAX_LIMIT = 1000;

export interface ParsedRequest {
  url: URL;
  /** The raw (still encoded) path, for messages. */
  path: string;
  /** Path segments, percent-decoded; "/api/topics/a%2Fb" is ["api", "topics", "a/b"]. */
  segments: string[];
  /** ?page=, 1 when absent. */
  page: number;
  /** ?limit=, 100 when absent, at most MAX_LIMIT. */
  limit: number;
  /** ?limit= asked for more than MAX_LIMIT (and got MAX_LIMIT): the answer says so in X-Limit-Capped. */
  limitCapped: boolean;
  cookies: Map<string, string>;
}

function decode(s: string, what: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    throw new HttpError(400, `${what}: invalid percent-encoding in "${s.slice(0, 100)}"`);
  }
}

function wholeNumber(v: string | null, name: string, fallback: number, max: number, clamp: boolean): number {
  if (v === null) return fallback;
  // Any run of digits is a whole number (a huge one is capped, where capping applies); anything else is not.
  const n = /^[0-9]{1,30}$/.test(v) ? Number(v) : NaN;
  if (!Number.isInteger(n) || n < 1 || (!clamp && n > max)) {
    throw new HttpError(400, `${name}: expected a whole number from 1 to ${max}, got "${v.slice(0, 40)}"`);
  }
  return Math.min(n, max);
}

export function parseCookies(header: string | undefined): Map<string, string> {
  const out = new Map<string, string>();
  for (const part of (header ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq < 1) continue;
    const name = part.slice(0, eq).trim();
    // A cookie we cannot decode is one we did not set: ignore it rather than fail the request.
    try {
      if (!out.has(name)) out.set(name, decodeURIComponent(part.slice(eq + 1).trim()));
    } catch {
      /* not ours */
    }
  }
  return out;
}

export function parseRequest(req: IncomingMessage): ParsedRequest {
  const target = req.url ?? '/';
  if (target.length > MAX_URL_LENGTH) throw new HttpError(414, `the URL is longer than ${MAX_URL_LENGTH} characters`);
  if (!target.startsWith('/')) throw new HttpError(400, 'expected a request target starting with "/"');
  let url: URL;
  try {
    url = new URL(target, 'http://localhost');
  } catch {
    throw new HttpError(400, 'the request target is not a valid URL path');
  }
  const path = url.pathname;
  const segments = path
    .split('/')
    .slice(1)
    .map((s) => decode(s, 'path'));
  let params: URLSearchParams;
  try {
    params = url.searchParams;
    params.get('page');
  } catch {
    throw new HttpError(400, 'the query string cannot be read');
  }
  const askedLimit = params.get('limit');
  return {
    url,
    path,
    segments,
    page: wholeNumber(params.get('page'), 'page', 1, MAX_PAGE, false),
    limit: wholeNumber(askedLimit, 'limit', 100, MAX_LIMIT, true),
    limitCapped: askedLimit !== null && Number(askedLimit) > MAX_LIMIT,
    cookies: parseCookies(req.headers.cookie),
  };
}

/** The request body, or null when it is over `max` bytes (reading stops there). */
export function readBodyCapped(req: IncomingMessage, max: number): Promise<Buffer | null> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > max) {
    req.resume();
    return Promise.resolve(null);
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > max) {
        req.removeAllListeners('data');
        req.resume();
        resolve(null);
      } else chunks.push(c);
    });
    req.on('end', () => resolve(size > max ? null : Buffer.concat(chunks)));
    req.on('error', reject);
  });
}
