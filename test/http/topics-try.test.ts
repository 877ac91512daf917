// The topic backtest over HTTP: GET /api/try and the dashboard's "try a query" box, on a real server (port 0)
// and real Redis holding the fixture articles. Same report as the backtest itself, the API token required,
// bounded input answered with a 4xx and a reason, and no key changed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Server } from 'node:http';
import { testRedis, type TestRedis } from '../helpers/redis.js';
import { validateConfig } from '../../src/config/load.js';
import { createHttpServer, listen } from '../../src/http/server.js';
import { createLogger } from '../../src/log.js';
import { createMetrics } from '../../src/metrics.js';
import { saveArticle } from '../../src/store/articles.js';
import { backtestTopic, topicToTry, type BacktestArticle } from '../../src/topics/backtest.js';
import { storedArticle } from '../helpers/stored-article.js';
import {
  INVITED,
  LITTLE_INTEREST,
  NOT_INVITED,
  SIDESTEP,
  THIRD_QUOTE,
  UKRAINE_NATO,
  UNRELATED,
} from '../topics/fixtures.js';

const TOKEN = 'try-token-0123456789';
const auth = { authorization: `Bearer ${TOKEN}` };
let redis: TestRedis;
let server: Server;
let base: string;
const DAY = 86_400_000;
const stored: BacktestArticle[] = [SIDESTEP, LITTLE_INTEREST, THIRD_QUOTE, UNRELATED, NOT_INVITED, INVITED].map(
  (a, i) => ({ ...a, duplicateOf: null, firstSeen: new Date(Date.now() - (10 - i) * DAY).toISOString() }),
);

async function dump(): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const k of (await redis.redis.keys(`${redis.prefix}*`)).sort())
    out.set(k, (await redis.redis.dumpBuffer(k))?.toString('hex') ?? '');
  return out;
}

beforeAll(async () => {
  redis = testRedis('http-try');
  for (const a of stored) {
    await saveArticle(redis, storedArticle(a));
  }
  const config = validateConfig(
    { redis: { prefix: redis.prefix }, http: { token: TOKEN }, topics: [UKRAINE_NATO] },
    {},
  );
  server = createHttpServer({ config, ctx: redis, log: createLogger('silent'), metrics: createMetrics() });
  base = `http://127.0.0.1:${await listen(server, 0, '127.0.0.1')}`;
});

afterAll(async () => {
  await new Promise<void>((r) => server?.close(() => r()));
  await redis?.cleanup();
});

const get = (path: string, headers: Record<string, string> = auth) => fetch(`${base}${path}`, { headers });

describe('GET /api/try', () => {
  it('answers with the backtest of the stored articles, and changes no key', async () => {
    const before = await dump();
    const res = await get(`/api/try?topic=${UKRAINE_NATO.id}&since=30d`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as ReturnType<typeof backtestTopic> & { since: string; cut: boolean };
    const direct = backtestTopic(topicToTry(UKRAINE_NATO, undefined), stored, 50);
    expect(body.matches).toEqual(direct.matches);
    expect(body.updates).toEqual(direct.updates);
    expect(body.claims).toEqual(direct.claims);
    expect(body.status).toEqual(direct.status);
    expect(body.status?.id).toBe('invited');
    expect(body.articles).toEqual({ scanned: 6, duplicates: 0, matched: 5 });
    expect(body.cut).toBe(false);
    expect(await dump()).toEqual(before);
  });

  it('tries a query alone, or with a topic’s status rules, within the window', async () => {
    const alone = (await (await get(`/api/try?query=${encodeURIComponent('grain OR snow')}`)).json()) as {
      status: unknown;
      topic: { query: string };
    };
    expect(alone.topic.query).toBe('grain OR snow');
    expect(alone.status).toBeNull();
    const ruled = (await (
      await get(`/api/try?topic=${UKRAINE_NATO.id}&query=${encodeURIComponent('ukraine AND nato')}&since=6d`)
    ).json()) as { articles: { scanned: number }; statusChanges: unknown[] };
    expect(ruled.articles.scanned).toBe(1);
  });

  it('needs the API token', async () => {
    expect((await get(`/api/try?query=nato`, {})).status).toBe(401);
  });

  it.each([
    ['no query', '/api/try', 400, /give \?query=/],
    ['a 1001-character query', `/api/try?query=${'a'.repeat(1001)}`, 400, /at most 1000/],
    ['a query that does not parse', `/api/try?query=${encodeURIComponent('nato AND (')}`, 400, /^query: /],
    ['an unknown topic', '/api/try?topic=nope', 404, /unknown topic/],
    ['since=soon', '/api/try?query=nato&since=soon', 400, /since:/],
    ['since=999d', '/api/try?query=nato&since=999d', 400, /since:/],
    ['limit=0', '/api/try?query=nato&limit=0', 400, /limit:/],
    ['a 9000-character URL', `/api/try?query=${'a'.repeat(9000)}`, 414, /longer than/],
  ])('%s is a %i with a reason', async (_what, path, status, reason) => {
    const res = await get(path);
    expect(res.status).toBe(status);
    expect(((await res.json()) as { error: string }).error).toMatch(reason);
  });
});

describe('the dashboard’s try box', () => {
  it('shows the form, and the result for a query without refreshing itself', async () => {
    const empty = await (await get('/')).text();
    expect(empty).toContain('<form method="get" action="/" class="try-form">');
    expect(empty).toContain('http-equiv="refresh"');
    const params = `query=${encodeURIComponent('ukraine AND nato')}&topic=${UKRAINE_NATO.id}&since=30d`;
    const api = (await (await get(`/api/try?${params}`)).json()) as { articles: { matched: number } };
    expect(api.articles.matched).toBeGreaterThan(0);
    const res = await get(`/?${params}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toContain("form-action 'self'");
    const html = await res.text();
    expect(html).toContain('id="try-result"');
    expect(html).not.toContain('http-equiv="refresh"');
    expect(html).toContain(`<strong>${api.articles.matched}</strong> of 6 articles`);
    expect(html).toContain('<span class="status">Invited</span>');
    expect(html).toContain('sidestepped Ukraine&#39;s request');
  });

  it('shows a bad query’s problem in the box, with a 400', async () => {
    const res = await get(`/?query=${encodeURIComponent('nato AND (')}`);
    expect(res.status).toBe(400);
    expect(await res.text()).toMatch(/<p class="bad" id="try-error">query: /);
  });
});
