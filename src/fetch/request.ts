// The one hardened HTTP client. Every exchange is bounded in time (a total deadline over all redirects plus
// undici's connect/headers/body timeouts) and in memory (a byte cap after decompression), connects only to
// addresses the SSRF guard allows (guard.ts), and follows redirects itself so each hop is guarded again.
// It returns non-2xx responses instead of throwing: webhook delivery needs the status of every answer.
import { request } from 'undici';
import type { Readable } from 'node:stream';
import { readCappedBody, tooLarge } from './body.js';
import { FetchError } from './errors.js';
import { agentFor } from './guard.js';
import type { RawResponse, RedirectHop, RequestOptions } from './types.js';

export { FetchError } from './errors.js';

export const DEFAULT_TIMEOUT_MS = 20_000;
export const DEFAULT_MAX_BYTES = 15 * 1024 * 1024;
export const DEFAULT_MAX_REDIRECTS = 5;
export const DEFAULT_USER_AGENT = 'deltafeed/1.0';

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
const PERMANENT_STATUSES = new Set([301, 308]);
/** Headers that must not follow a redirect to another origin. */
const CREDENTIAL_HEADERS = ['authorization', 'cookie', 'proxy-authorization'];

export function parseHttpUrl(raw: string, base?: string): URL {
  let url: URL;
  try {
    url = new URL(raw, base);
  } catch (err) {
    throw new FetchError('INVALID_URL', `invalid URL: ${raw}`, { retryable: false, cause: err });
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new FetchError('INVALID_URL', `unsupported URL scheme "${url.protocol}" in ${raw}`, { retryable: false });
  }
  url.hash = '';
  return url;
}

function flattenHeaders(raw: Record<string, string | string[] | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(raw)) {
    if (v === undefined) continue;
    out[k.toLowerCase()] = Array.isArray(v) ? v.join(', ') : v;
  }
  return out;
}

function lowerCaseKeys(headers: Record<string, string> | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(headers ?? {})) out[k.toLowerCase()] = v;
  return out;
}

/** Drop a body unread. undici reports an unread body's destruction as an 'error' event; nobody needs it. */
function discard(body: Readable): void {
  body.on('error', () => undefined);
  body.destroy();
}

const TIMEOUT_CODES = new Set([
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
  'ETIMEDOUT',
]);
const NOT_RETRYABLE_CODES = new Set([
  'UND_ERR_INVALID_ARG',
  'ERR_INVALID_ARG_TYPE',
  'ERR_INVALID_HTTP_TOKEN',
  'ERR_INVALID_CHAR',
]);

function toFetchError(
  err: unknown,
  ctx: { deadline: AbortSignal; signal?: AbortSignal; url: string; timeoutMs: number },
): FetchError {
  if (err instanceof FetchError) return err;
  // undici may wrap the connector's error; the guard's refusal must keep its code.
  const cause = (err as { cause?: unknown } | null)?.cause;
  if (cause instanceof FetchError) return cause;
  if (ctx.deadline.aborted) {
    return new FetchError('TIMEOUT', `timed out after ${ctx.timeoutMs} ms fetching ${ctx.url}`, {
      retryable: true,
      url: ctx.url,
      cause: err,
    });
  }
  if (ctx.signal?.aborted) {
    return new FetchError('ABORTED', `request aborted: ${ctx.url}`, { retryable: true, url: ctx.url, cause: err });
  }
  const code = (err as { code?: string } | null)?.code ?? '';
  const message = err instanceof Error ? err.message : String(err);
  if (TIMEOUT_CODES.has(code)) {
    return new FetchError('TIMEOUT', `${message} (${ctx.url})`, { retryable: true, url: ctx.url, cause: err });
  }
  if (code.startsWith('Z_') || code.startsWith('ERR_BROTLI') || code === 'ERR__ERROR_FORMAT_PADDING_1') {
    return new FetchError('BAD_ENCODING', `corrupt compressed body: ${message}`, {
      retryable: false,
      url: ctx.url,
      cause: err,
    });
  }
  if (code === 'ENOTFOUND') {
    return new FetchError('NETWORK', `could not resolve host of ${ctx.url}`, {
      retryable: true,
      url: ctx.url,
      cause: err,
    });
  }
  return new FetchError('NETWORK', `${code ? `${code}: ` : ''}${message} (${ctx.url})`, {
    retryable: !NOT_RETRYABLE_CODES.has(code),
    url: ctx.url,
    cause: err,
  });
}

/**
 * One HTTP exchange, redirects included. Throws FetchError for what it refuses or cannot complete
 * (BLOCKED_ADDRESS, TIMEOUT, TOO_LARGE, TOO_MANY_REDIRECTS, BAD_ENCODING, NETWORK, INVALID_URL, ABORTED);
 * any HTTP status, 4xx/5xx and (with maxRedirects 0) 3xx included, is returned, not thrown.
 */
export async function httpRequest(url: string, opts: RequestOptions = {}): Promise<RawResponse> {
  const timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  const maxRedirects = opts.maxRedirects ?? DEFAULT_MAX_REDIRECTS;
  const deadline = AbortSignal.timeout(timeoutMs);
  const signal = opts.signal ? AbortSignal.any([deadline, opts.signal]) : deadline;
  const dispatcher = agentFor(opts.allowPrivateNetworks ?? false);

  let current = parseHttpUrl(url);
  let method = opts.method ?? 'GET';
  let body = opts.body;
  let headers: Record<string, string> = {
    'user-agent': opts.userAgent ?? DEFAULT_USER_AGENT,
    accept: '*/*',
    ...lowerCaseKeys(opts.headers),
    // Set last: the cap is only sound for codings readCappedBody can decode.
    'accept-encoding': 'gzip, deflate, br',
  };
  const redirects: RedirectHop[] = [];

  try {
    for (;;) {
      const res = await request(current, {
        dispatcher,
        method,
        headers,
        body: body ?? null,
        signal,
        headersTimeout: timeoutMs,
        bodyTimeout: timeoutMs,
      });
      const resHeaders = flattenHeaders(res.headers);
      const status = res.statusCode;
      const location = resHeaders.location;

      if (REDIRECT_STATUSES.has(status) && location !== undefined && maxRedirects > 0) {
        await res.body.dump({ limit: 64 * 1024 }).catch(() => undefined);
        const next = parseHttpUrl(location, current.href);
        if (redirects.length >= maxRedirects) {
          const loop = redirects.some((h) => h.from === next.href);
          throw new FetchError(
            'TOO_MANY_REDIRECTS',
            `more than ${maxRedirects} redirects${loop ? ' (redirect loop)' : ''} starting at ${url}`,
            { retryable: false, url: current.href },
          );
        }
        redirects.push({ status, from: current.href, to: next.href });
        if (status === 303 || ((status === 301 || status === 302) && method === 'POST')) {
          method = 'GET';
          body = undefined;
          const { 'content-type': _ct, 'content-length': _cl, ...rest } = headers;
          headers = rest;
        }
        if (next.origin !== current.origin) {
          headers = Object.fromEntries(Object.entries(headers).filter(([k]) => !CREDENTIAL_HEADERS.includes(k)));
        }
        current = next;
        continue;
      }

      const finalUrl = current.href;
      try {
        opts.onResponseHead?.({ status, url: finalUrl, headers: resHeaders });
      } catch (err) {
        discard(res.body);
        throw err;
      }

      let bytes: Buffer;
      if (method === 'HEAD' || status === 204 || status === 304 || (status >= 100 && status < 200)) {
        await res.body.dump({ limit: 64 * 1024 }).catch(() => undefined);
        bytes = Buffer.alloc(0);
      } else {
        const declared = Number(resHeaders['content-length']);
        if (!resHeaders['content-encoding'] && Number.isFinite(declared) && declared > maxBytes) {
          discard(res.body);
          throw tooLarge(maxBytes, finalUrl);
        }
        bytes = await readCappedBody(res.body, resHeaders['content-encoding'], maxBytes, finalUrl);
      }

      return {
        status,
        url: finalUrl,
        headers: resHeaders,
        body: bytes,
        redirects,
        permanentUrl:
          redirects.length > 0 && redirects.every((h) => PERMANENT_STATUSES.has(h.status)) ? finalUrl : null,
      };
    }
  } catch (err) {
    throw toFetchError(err, { deadline, signal: opts.signal, url: current.href, timeoutMs });
  }
}
