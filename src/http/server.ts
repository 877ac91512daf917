// The HTTP surface (CONTRACT §4): feeds, JSON API, health, metrics and the dashboard, on node:http.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Logger } from '../log.js';
import type { Metrics } from '../metrics.js';
import {
  articleByUrl,
  articleDetail,
  deliveriesList,
  sourcesList,
  storiesList,
  storyDetail,
  topicDetail,
  topicsList,
  type ApiDeps,
} from './api.js';
import { serveFeed } from './feeds.js';
import { serveOpml } from './opml.js';
import { renderDashboard } from './dashboard.js';
import { parseTryParams, runTry } from './topics-try.js';
import { escapeHtml, HttpError, securityHeaders, sendCss, sendHtml, sendJson } from './respond.js';
import { MAX_LIMIT, parseRequest, type ParsedRequest } from './request.js';
import { behindHttps, feedKeyAccepted, sameSecret, SESSION_COOKIE, sessionCookie, validSession } from './session.js';
import { DASHBOARD_CSS, DASHBOARD_CSS_PATH } from './dashboard-style.js';
import { handleCallback, isCallbackPath, refreshWebSubGauges } from './websub-callback.js';
import type { Enqueue } from '../deps.js';
import { createWebsubHub, isHubPath, type WebsubHub } from './websub.js';
import {
  isRedisUnavailable,
  redisUnreachable,
  redisUp,
  REQUEST_DEADLINE_MS,
  RETRY_AFTER,
  tooSlow,
  TRY_DEADLINE_MS,
} from './redis-down.js';
import { settledWithin } from '../util/deadline.js';

/** How long a scrape waits for the gauges read from Redis (queue depths, subscriptions). */
const GAUGE_REFRESH_MS = 3000;

export interface HttpDeps extends ApiDeps {
  log: Logger;
  metrics: Metrics;
  /** Refresh queue-depth gauges before a scrape. */
  refreshGauges?: () => Promise<void>;
  /** Extra readiness check (workers started) besides Redis. */
  ready?: () => boolean;
  /** For the WebSub callbacks of our subscriptions to sources' hubs (pushes become jobs). */
  enqueue?: Enqueue;
}

export function createHttpServer(d: HttpDeps): Server {
  const hub = createWebsubHub(d);
  const server = createServer((req, res) => {
    securityHeaders(res);
    // A handler still running when its deadline answered may try to write; that must not crash the process.
    res.on('error', () => undefined);
    let answered = false;
    const fail = (err: HttpError) => {
      answered = true;
      if (res.headersSent) return void res.end();
      // The dashboard is read in a browser: its errors are a page, the rest JSON.
      if (err.status >= 500 && isDashboardPath(req.url)) return sendHtml(res, err.status, errorPage(err), err.headers);
      sendJson(res, err.status, { error: err.message }, err.headers);
    };
    const ms = deadlineFor(req.url);
    const timer = setTimeout(() => {
      if (res.headersSent) return;
      fail(redisUp(d.ctx.redis) ? tooSlow(ms) : redisUnreachable());
    }, ms);
    // The WebSub hub (POST /websub) is the one route that takes a body; it answers for itself.
    (isHubPath(req.url) ? hub.handle(req, res) : handle(d, hub, req, res))
      .catch((err: unknown) => {
        if (answered) return;
        if (err instanceof HttpError) return fail(err);
        if (isRedisUnavailable(err) || !redisUp(d.ctx.redis)) return fail(redisUnreachable());
        d.log.error({ err: (err as Error).message, url: req.url }, 'http handler failed');
        fail(new HttpError(500, 'internal error; see the server log'));
      })
      .finally(() => clearTimeout(timer));
  });
  // Node closes an idle keep-alive socket after 5 s, which races a client (a feed reader, a proxy, undici's fetch)
  // that reuses it just then and gets ECONNRESET. Keep idle sockets longer than common proxies' 60 s.
  server.keepAliveTimeout = 65_000;
  // Malformed requests that node:http itself rejects (bad headers, oversized header block) get a plain 400.
  server.on('clientError', (err: NodeJS.ErrnoException, socket) => {
    if (!socket.writable) return void socket.destroy();
    const status = err.code === 'HPE_HEADER_OVERFLOW' ? '431 Request Header Fields Too Large' : '400 Bad Request';
    socket.end(`HTTP/1.1 ${status}\r\ncontent-type: text/plain\r\nconnection: close\r\n\r\nmalformed request\n`);
  });
  return server;
}

export async function listen(server: Server, port: number, host: string): Promise<number> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  const addr = server.address();
  return typeof addr === 'object' && addr ? addr.port : port;
}

async function handle(d: HttpDeps, hub: WebsubHub, req: IncomingMessage, res: ServerResponse): Promise<void> {
  // Hubs call back without any token, and POST content: this prefix is answered before both checks below.
  if (isCallbackPath(req.url ?? '')) return handleCallback(d, req, res, parseRequest(req).url);
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    throw new HttpError(405, 'only GET and HEAD are served', { allow: 'GET, HEAD' });
  }
  const r = parseRequest(req);
  const { path, segments } = r;
  // Capped rather than refused (a client asking for "everything" still gets an answer), but not silently.
  if (r.limitCapped) res.setHeader('x-limit-capped', String(MAX_LIMIT));

  if (path === '/healthz') {
    const ok = await redisAnswers(d);
    return sendJson(res, ok ? 200 : 503, { status: ok ? 'ok' : 'redis unreachable' }, ok ? {} : RETRY_AFTER);
  }
  if (path === '/readyz') {
    const redis = await redisAnswers(d);
    const workers = d.ready ? d.ready() : true;
    return sendJson(res, redis && workers ? 200 : 503, { redis, workers }, redis && workers ? {} : RETRY_AFTER);
  }
  if (path === DASHBOARD_CSS_PATH) return sendCss(res, DASHBOARD_CSS);
  if (segments[0] === 'feeds') {
    if (!feedAuthorized(d, req, r)) {
      throw new HttpError(401, 'this feed is private: add ?key=FEED_TOKEN to its URL (http.feedToken)');
    }
    // The source list is the operator's, not a subscriber's: with http.token set it needs that token too.
    if (segments.length === 2 && segments[1] === 'sources.opml' && d.config.http.token !== null && !apiToken(d, req)) {
      throw new HttpError(401, 'the source list needs the API token: send "Authorization: Bearer TOKEN" (http.token)');
    }
    if (serveOpml(d.config, req, res, segments)) return;
    if (await serveFeed(d, req, res, r)) return;
    throw new HttpError(404, `no feed at ${path.slice(0, 200)}`);
  }

  // Everything below may be protected by http.token.
  if (!authorized(d, req, res, r)) return;

  if (path === '/metrics') {
    // Scraped even while Redis is away (deltafeed_redis_up 0): the gauges read from Redis keep their last values.
    const up = await redisAnswers(d);
    d.metrics.redisUp.set(up ? 1 : 0);
    if (up) {
      const refreshed = await settledWithin(
        Promise.all([d.refreshGauges?.(), refreshWebSubGauges(d), hub.refreshGauge()]),
        GAUGE_REFRESH_MS,
      );
      if (!refreshed) d.log.warn('metrics: gauges read from Redis did not refresh in time; serving the last values');
    }
    res.writeHead(200, { 'content-type': d.metrics.registry.contentType });
    res.end(await d.metrics.registry.metrics());
    return;
  }
  if (path === '/' || path === '/index.html') {
    const page = await renderDashboard(d, r.url.searchParams);
    return sendHtml(res, page.status, page.html);
  }

  const { limit } = r;
  const [first, second, id, ...rest] = segments;
  if (first !== 'api' || rest.length) throw new HttpError(404, `nothing at ${path.slice(0, 200)}`);
  if (second === 'topics' && id === undefined) return sendJson(res, 200, await topicsList(d, limit));
  if (second === 'topics' && id) return sendJson(res, 200, await topicDetail(d, id, limit));
  if (second === 'stories' && id === undefined) return sendJson(res, 200, await storiesList(d, limit));
  if (second === 'stories' && id) return sendJson(res, 200, await storyDetail(d, id));
  if (second === 'articles' && id === undefined) {
    const u = r.url.searchParams.get('url');
    if (!u) throw new HttpError(400, 'give ?url=ARTICLE_URL, or use /api/articles/{id}');
    return sendJson(res, 200, await articleByUrl(d, u));
  }
  if (second === 'articles' && id) return sendJson(res, 200, await articleDetail(d, id));
  if (second === 'sources' && id === undefined) return sendJson(res, 200, await sourcesList(d));
  if (second === 'try' && id === undefined)
    return sendJson(res, 200, await runTry(d, parseTryParams(r.url.searchParams)));
  if (second === 'deliveries' && id === undefined)
    return sendJson(res, 200, await deliveriesList(d, r.url.searchParams.get('webhook'), limit));
  throw new HttpError(404, `nothing at ${path.slice(0, 200)}`);
}

function isDashboardPath(url: string | undefined): boolean {
  const path = (url ?? '').split('?')[0];
  return path === '/' || path === '/index.html';
}

function errorPage(err: HttpError): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>deltafeed: unavailable</title></head><body><h1>deltafeed is unavailable for a moment</h1><p>${escapeHtml(err.message)}</p></body></html>`;
}

/** The try backtest reads many articles; everything else answers well within the short deadline. */
function deadlineFor(url: string | undefined): number {
  return (url ?? '').startsWith('/api/try') ? TRY_DEADLINE_MS : REQUEST_DEADLINE_MS;
}

async function redisAnswers(d: HttpDeps): Promise<boolean> {
  if (!redisUp(d.ctx.redis)) return false;
  let timer: NodeJS.Timeout | undefined;
  try {
    const pong = await Promise.race([
      d.ctx.redis.ping(),
      new Promise<never>((_, rej) => (timer = setTimeout(() => rej(new Error('timeout')), 2000))),
    ]);
    return pong === 'PONG';
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}

/** The scheme name is case-insensitive (RFC 9110 §11.1): "bearer x" and "BEARER x" are the same credentials. */
function bearer(req: IncomingMessage): string | null {
  const match = /^bearer[ \t]+(\S.*)$/i.exec(req.headers.authorization ?? '');
  return match ? (match[1] as string).trim() : null;
}

function apiToken(d: HttpDeps, req: IncomingMessage): boolean {
  const b = bearer(req);
  return b !== null && d.config.http.token !== null && sameSecret(b, d.config.http.token);
}

/** Feeds are public unless http.feedToken is set; then ?key= (or a Bearer feed key or API token) opens them. */
function feedAuthorized(d: HttpDeps, req: IncomingMessage, r: ParsedRequest): boolean {
  const h = d.config.http;
  if (feedKeyAccepted(h, r.url.searchParams.get('key'))) return true;
  const b = bearer(req);
  return b !== null && (feedKeyAccepted(h, b) || (h.token !== null && sameSecret(b, h.token)));
}

/** Bearer token for /api and /metrics; the dashboard also takes ?token= once and keeps a signed session cookie. */
function authorized(d: HttpDeps, req: IncomingMessage, res: ServerResponse, r: ParsedRequest): boolean {
  const token = d.config.http.token;
  if (!token) return true;
  const b = bearer(req);
  if (b !== null && sameSecret(b, token)) return true;
  const isDashboard = r.path === '/' || r.path === '/index.html';
  if (isDashboard) {
    const q = r.url.searchParams.get('token');
    if (q !== null && sameSecret(q, token)) {
      res.writeHead(303, {
        location: '/',
        'set-cookie': sessionCookie(token, behindHttps(d.config.http.publicUrl, req)),
      });
      res.end();
      return false;
    }
    if (validSession(token, r.cookies.get(SESSION_COOKIE))) return true;
  }
  res.writeHead(401, { 'content-type': 'application/json', 'www-authenticate': 'Bearer realm="deltafeed"' });
  res.end(
    JSON.stringify({
      error: 'this deltafeed needs a token: send "Authorization: Bearer TOKEN" (or open /?token=TOKEN in a browser)',
    }),
  );
  return false;
}
