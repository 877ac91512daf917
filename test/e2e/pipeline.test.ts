// The whole pipeline end to end: the demo corpus served on port 0, `deltafeed once` run as a real process
// against real Redis, the HTTP API and feeds served in-process, and a real webhook receiver.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Server } from 'node:http';
import { parse, stringify } from 'yaml';
import { Webhook } from 'standardwebhooks';
import { testRedis, type TestRedis } from '../helpers/redis.js';
import { startReceiver, type Receiver } from '../helpers/receiver.js';
import { jingErrors } from '../helpers/jing.js';
import { runCli } from '../helpers/cli.js';
import { startPublisher } from '../../seeds/publisher.js';
import { loadConfigFile } from '../../src/config/load.js';
import { createHttpServer, listen } from '../../src/http/server.js';
import { createLogger } from '../../src/log.js';
import { createMetrics } from '../../src/metrics.js';

const SECRET = 'whsec_C2FVsBQIhrscChlQIMV+b5sSYspob7oD';

type Publisher = Awaited<ReturnType<typeof startPublisher>>;
type Summary = {
  ok: boolean;
  articles: { new: number; duplicates: number; revised: number; unchanged: number; total: number };
  stories: { new: number; total: number };
  topicUpdates: number;
  sources: { id: string; error: string | null; items: number }[];
};

let redis: TestRedis;
let publisher: Publisher;
let receiver: Receiver;
let server: Server;
let api: string;
let configFile: string;

async function once(): Promise<Summary> {
  const r = await runCli(['once', '--config', configFile, '--timeout', '100s'], { DELTAFEED_LOG_LEVEL: 'warn' });
  expect(r.stderr, r.stderr).not.toMatch(/Error|error/);
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as Summary;
}

async function get(path: string, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${api}${path}`, { headers });
}

async function json<T>(path: string): Promise<T> {
  const res = await get(path);
  expect(res.status, path).toBe(200);
  return (await res.json()) as T;
}

function verified(): { type: string; data: Record<string, unknown>; id: string }[] {
  const wh = new Webhook(SECRET);
  return receiver.received.map((r) => {
    const headers = { 'webhook-id': String(r.headers['webhook-id']), 'webhook-timestamp': String(r.headers['webhook-timestamp']), 'webhook-signature': String(r.headers['webhook-signature']) };
    const payload = wh.verify(r.body, headers) as { type: string; data: Record<string, unknown> };
    return { ...payload, id: headers['webhook-id'] };
  });
}

beforeAll(async () => {
  redis = testRedis('e2e');
  publisher = await startPublisher({ port: 0, host: '127.0.0.1', phase: 1 });
  receiver = await startReceiver();
  const demo = parse(readFileSync('config/demo.yaml', 'utf8')) as Record<string, unknown>;
  const cfg = {
    ...demo,
    redis: { url: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379', prefix: redis.prefix },
    http: { port: 0, publicUrl: 'http://feeds.test' },
    sources: publisher.feeds.map((f) => ({ id: f.id, url: f.url, every: '10s', allowPrivateNetworks: true })),
    webhooks: [{ id: 'test-hook', url: receiver.url, secret: SECRET, allowPrivateNetworks: true, retrySchedule: ['1s', '2s'] }],
    log: { level: 'warn' },
  };
  configFile = join(mkdtempSync(join(tmpdir(), 'dfe2e-')), 'config.yaml');
  writeFileSync(configFile, stringify(cfg));
  const config = loadConfigFile(configFile, {});
  server = createHttpServer({ config, ctx: redis, log: createLogger('silent'), metrics: createMetrics() });
  api = `http://127.0.0.1:${await listen(server, 0, '127.0.0.1')}`;
});

afterAll(async () => {
  await new Promise<void>((r) => server?.close(() => r()));
  await receiver?.close();
  await publisher?.close();
  await redis?.cleanup();
});

describe('the whole pipeline on the demo corpus', () => {
  let first: Summary;

  it('first once: articles, stories, a topic with status and claims, a signed webhook', async () => {
    first = await once();
    expect(first.sources.every((s) => s.error === null)).toBe(true);
    expect(first.articles.new).toBeGreaterThanOrEqual(5);
    expect(first.stories.total).toBeGreaterThanOrEqual(2);
    expect(first.stories.total).toBeLessThan(first.articles.new);
    expect(first.topicUpdates).toBeGreaterThanOrEqual(1);

    const topic = await json<{ status: { id: string } | null; claims: { text: string; sources: unknown[] }[]; updates: unknown[] }>('/api/topics/ukraine-nato');
    expect(topic.claims.length).toBeGreaterThan(0);
    expect(topic.updates.length).toBe(first.topicUpdates);
    expect(topic.status).not.toBeNull();

    const stories = await json<{ id: string; articles: { source: string }[] }[]>('/api/stories');
    expect(stories.some((s) => new Set(s.articles.map((a) => a.source)).size >= 2)).toBe(true);

    const sources = await json<{ id: string; items: number; lastError: string | null }[]>('/api/sources');
    expect(sources.length).toBe(publisher.feeds.length);

    const events = verified();
    expect(events.length).toBeGreaterThanOrEqual(1);
    expect(events.every((e) => e.type === 'topic.updated')).toBe(true);
    expect(new Set(events.map((e) => e.id)).size).toBe(events.length);
  });

  it('serves valid Atom feeds with ETag and 304', async () => {
    for (const path of ['/feeds/topics/ukraine-nato.atom', '/feeds/stories.atom', '/feeds/revisions.atom']) {
      const res = await get(path);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toContain('application/atom+xml');
      const xml = await res.text();
      expect(jingErrors(xml, path.replace(/\W+/g, '_') + '.xml')).toBe('');
      const etag = res.headers.get('etag');
      expect(etag).toBeTruthy();
      const again = await get(path, { 'if-none-match': etag as string });
      expect(again.status).toBe(304);
    }
    const topicFeed = await (await get('/feeds/topics/ukraine-nato.atom')).text();
    expect(topicFeed).toContain('<ins>');
    expect((await get('/feeds/topics/nope.atom')).status).toBe(404);
  });

  it('a second once adds nothing', async () => {
    const before = receiver.received.length;
    const etag = (await get('/feeds/stories.atom')).headers.get('etag');
    const second = await once();
    expect(second.articles.new).toBe(0);
    expect(second.articles.revised).toBe(0);
    expect(second.topicUpdates).toBe(0);
    expect(second.articles.total).toBe(first.articles.total);
    expect(receiver.received.length).toBe(before);
    expect((await get('/feeds/stories.atom', { 'if-none-match': etag as string })).status).toBe(304);
  });

  it('phase 2: the wire copy is a duplicate, the new outlet brings an update', async () => {
    const updatesBefore = (await json<{ updates: unknown[] }>('/api/topics/ukraine-nato')).updates.length;
    publisher.setPhase(2);
    const s = await once();
    expect(s.articles.duplicates).toBeGreaterThanOrEqual(1);
    expect(s.topicUpdates).toBeGreaterThanOrEqual(1);
    const topic = await json<{ updates: { added: unknown[] }[] }>('/api/topics/ukraine-nato');
    expect(topic.updates.length).toBe(updatesBefore + s.topicUpdates);
    expect(topic.updates[0]?.added.length).toBeGreaterThan(0);
  });

  it('phase 3: the revised article makes one revision with its diff', async () => {
    publisher.setPhase(3);
    const s = await once();
    expect(s.articles.revised).toBe(1);
    const feed = await (await get('/feeds/revisions.atom')).text();
    expect(feed).toMatch(/&lt;(ins|del)&gt;|<ins>|<del>/);
    expect(jingErrors(feed, 'revisions-phase3.xml')).toBe('');
    const revised = verified().filter((e) => e.type === 'article.revised');
    expect(revised.length).toBe(1);
  });

  it('phase 4: only rails, counters and timestamps change: nothing happens', async () => {
    const before = receiver.received.length;
    publisher.setPhase(4);
    const s = await once();
    expect(s.articles.new).toBe(0);
    expect(s.articles.revised).toBe(0);
    expect(s.topicUpdates).toBe(0);
    expect(receiver.received.length).toBe(before);
  });

  it('the dashboard shows topics, a timeline and a diff', async () => {
    const res = await get('/');
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain("Ukraine's NATO accession".replace("'", '&#39;'));
    expect(html).toContain('class="update"');
    expect(html).toMatch(/<ins>|<del>/);
  });
});
