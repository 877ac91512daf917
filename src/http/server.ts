// The HTTP surface (CONTRACT §4): feeds, JSON API, health, metrics and the dashboard, on node:http.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { timingSafeEqual } from 'node:crypto';
import type { Logger } from '../log.js';
import type { Metrics } from '../metrics.js';
import { articleByUrl, articleDetail, deliveriesList, sourcesList, storiesList, topicDetail, topicsList, type ApiDeps } from './api.js';
import { serveFeed } from './feeds.js';
import { renderDashboard } from './dashboard.js';
import { HttpError, parseLimit, sendHtml, sendJson } from './respond.js';

export interface HttpDeps extends ApiDeps {
  log: Logger;
  metrics: Metrics;
  /** Refresh queue-depth gauges before a scrape. */
  refreshGauges?: () => Promise<void>;
  /** Extra readiness check (workers started) besides Redis. */
  ready?: () => boolean;
}

const COOKIE = 'deltafeed_token';

export function createHttpServer(d: HttpDeps): Server {
  return createServer((req, res) => {
    handle(d, req, res).catch((err: unknown) => {
      if (err instanceof HttpError) return sendJson(res, err.status, { error: err.message });
      d.log.error({ err: (err as Error).message, url: req.url }, 'http handler failed');
      if (!res.headersSent) sendJson(res, 500, { error: 'internal error; see the server log' });
      else res.end();
    });
  });
}

export async function listen(server: Server, port: number, host: string): Promise<number> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  const addr = server.address();
  return typeof addr === 'object' && addr ? addr.port : port;
}

async function handle(d: HttpDeps, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const path = url.pathname;
  if (req.method !== 'GET' && req.method !== 'HEAD') throw new HttpError(405, 'only GET is served');

  if (path === '/healthz') {
    const ok = await redisAnswers(d);
    return sendJson(res, ok ? 200 : 503, { status: ok ? 'ok' : 'redis unreachable' });
  }
  if (path === '/readyz') {
    const redis = await redisAnswers(d);
    const workers = d.ready ? d.ready() : true;
    return sendJson(res, redis && workers ? 200 : 503, { redis, workers });
  }
  if (path.startsWith('/feeds/')) {
    if (await serveFeed(d, req, res, url)) return;
    throw new HttpError(404, `no feed at ${path}`);
  }

  // Everything below may be protected by http.token.
  if (!authorized(d, req, res, url)) return;

  if (path === '/metrics') {
    await d.refreshGauges?.();
    res.writeHead(200, { 'content-type': d.metrics.registry.contentType });
    res.end(await d.metrics.registry.metrics());
    return;
  }
  if (path === '/' || path === '/index.html') return sendHtml(res, 200, await renderDashboard(d));

  const limit = parseLimit(url.searchParams.get('limit'));
  if (path === '/api/topics') return sendJson(res, 200, await topicsList(d, limit));
  const topic = /^\/api\/topics\/([^/]+)$/.exec(path);
  if (topic) return sendJson(res, 200, await topicDetail(d, decodeURIComponent(topic[1] as string), limit));
  if (path === '/api/stories') return sendJson(res, 200, await storiesList(d, limit));
  if (path === '/api/articles') {
    const u = url.searchParams.get('url');
    if (!u) throw new HttpError(400, 'give ?url=ARTICLE_URL, or use /api/articles/{id}');
    return sendJson(res, 200, await articleByUrl(d, u));
  }
  const article = /^\/api\/articles\/([^/]+)$/.exec(path);
  if (article) return sendJson(res, 200, await articleDetail(d, decodeURIComponent(article[1] as string)));
  if (path === '/api/sources') return sendJson(res, 200, await sourcesList(d));
  if (path === '/api/deliveries') return sendJson(res, 200, await deliveriesList(d, url.searchParams.get('webhook'), limit));
  throw new HttpError(404, `nothing at ${path}`);
}

async function redisAnswers(d: HttpDeps): Promise<boolean> {
  try {
    const pong = await Promise.race([d.ctx.redis.ping(), new Promise<never>((_, rej) => setTimeout(() => rej(new Error('timeout')), 2000))]);
    return pong === 'PONG';
  } catch {
    return false;
  }
}

function sameToken(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** Bearer token for /api and /metrics; the dashboard also takes ?token= once and keeps it in a cookie. */
function authorized(d: HttpDeps, req: IncomingMessage, res: ServerResponse, url: URL): boolean {
  const token = d.config.http.token;
  if (!token) return true;
  const auth = req.headers.authorization;
  if (auth?.startsWith('Bearer ') && sameToken(auth.slice(7).trim(), token)) return true;
  const isDashboard = url.pathname === '/' || url.pathname === '/index.html';
  if (isDashboard) {
    const q = url.searchParams.get('token');
    if (q !== null && sameToken(q, token)) {
      res.writeHead(303, { location: '/', 'set-cookie': `${COOKIE}=${encodeURIComponent(q)}; HttpOnly; SameSite=Strict; Path=/` });
      res.end();
      return false;
    }
    const cookie = (req.headers.cookie ?? '').split(';').map((c) => c.trim()).find((c) => c.startsWith(`${COOKIE}=`));
    if (cookie && sameToken(decodeURIComponent(cookie.slice(COOKIE.length + 1)), token)) return true;
  }
  res.writeHead(401, { 'content-type': 'application/json', 'www-authenticate': 'Bearer realm="deltafeed"' });
  res.end(JSON.stringify({ error: 'this deltafeed needs a token: send "Authorization: Bearer TOKEN" (or open /?token=TOKEN in a browser)' }));
  return false;
}
