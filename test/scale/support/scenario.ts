// Shared by the scale tests: the config for a synthetic publisher and a webhook receiver, a receiver that can
// be made slow, the queues to watch, and the check that what users see holds every article exactly once.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { stringify } from 'yaml';
import { Webhook } from 'standardwebhooks';
import { expect } from 'vitest';
import type { SyntheticPublisher } from '../../../simulation/synthetic-publisher.js';
import { TOPIC } from '../../../simulation/article-text.js';
import { pendingJobs } from '../../../simulation/stage-watch.js';
import { queuePrefix } from '../../../src/app.js';
import { loadConfigFile } from '../../../src/config/load.js';
import { createHttpServer, listen } from '../../../src/http/server.js';
import { createLogger } from '../../../src/log.js';
import { createMetrics } from '../../../src/metrics.js';
import type { StoreCtx } from '../../../src/store/context.js';
import { countArticles, findArticleIdByUrl, getArticle } from '../../../src/store/articles.js';
import { listStories } from '../../../src/store/stories.js';
import { listTopicUpdates } from '../../../src/store/topics.js';
import { listDeliveries } from '../../../src/store/deliveries.js';
import { eventId } from '../../../src/publish/webhooks/events.js';
import { expectNothingLost } from '../../helpers/accounting.js';
import { deliveryQueueName } from '../../../src/publish/webhooks/route.js';

export const SECRET = 'whsec_C2FVsBQIhrscChlQIMV+b5sSYspob7oD';
export const HOOK = 'scale-hook';
export const STAGE_QUEUES = ['poll', 'fetch', 'extract', 'dedup', 'topics', 'publish'] as const;

export function writeConfig(opts: {
  redisUrl: string;
  prefix: string;
  pub: SyntheticPublisher;
  receiverUrl: string;
  every?: string;
}): string {
  const cfg = {
    redis: { url: opts.redisUrl, prefix: opts.prefix },
    http: { port: 0, host: '127.0.0.1', publicUrl: 'http://feeds.test' },
    // Every feed and page is on one loopback host here: the per-host politeness limits would otherwise make
    // the test measure them.
    fetch: { perHostConcurrency: 32, perHostRate: 10_000, allowPrivateNetworks: true },
    sources: opts.pub.feeds.map((f) => ({
      id: f.id,
      url: f.url,
      every: opts.every ?? '10s',
      allowPrivateNetworks: true,
    })),
    topics: [TOPIC],
    webhooks: [
      {
        id: HOOK,
        url: opts.receiverUrl,
        secret: SECRET,
        allowPrivateNetworks: true,
        retrySchedule: ['1s', '2s', '4s'],
      },
    ],
    // A killed worker's jobs come back within ~15 s instead of the default ~60 s.
    workers: { lockDuration: '10s', stalledInterval: '5s' },
    log: { level: 'info' },
  };
  const file = join(mkdtempSync(join(tmpdir(), 'dfscale-')), 'config.yaml');
  writeFileSync(file, stringify(cfg));
  return file;
}

export interface Received {
  id: string;
  headers: IncomingMessage['headers'];
  body: string;
  at: number;
}

export interface SlowReceiver {
  url: string;
  received: Received[];
  /** Answer 200 after this long (requests already waiting keep their delay). */
  delayMs: number;
  close(): Promise<void>;
}

export async function startSlowReceiver(delayMs = 0): Promise<SlowReceiver> {
  const received: Received[] = [];
  const state = { delayMs };
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      received.push({
        id: String(req.headers['webhook-id']),
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
        at: Date.now(),
      });
      const answer = () => {
        if (!res.destroyed) res.writeHead(200).end();
      };
      if (state.delayMs > 0) setTimeout(answer, state.delayMs);
      else answer();
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`,
    received,
    get delayMs() {
      return state.delayMs;
    },
    set delayMs(ms: number) {
      state.delayMs = ms;
    },
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}

/** BullMQ queues of the pipeline (and the test webhook's delivery queue) under a prefix, for counts and active jobs. */
export function openQueues(
  connection: Redis,
  prefix: string,
): { stage: Record<string, Queue>; deliver: Queue; all: Queue[]; close(): Promise<void> } {
  const qp = queuePrefix(prefix);
  const stage = Object.fromEntries(STAGE_QUEUES.map((n) => [n, new Queue(n, { connection, prefix: qp })]));
  const deliver = new Queue(deliveryQueueName(HOOK), { connection, prefix: qp });
  const all = [...Object.values(stage), deliver];
  // The Redis-restart test takes their server away for a while; the connection retries on its own.
  for (const q of all) q.on('error', () => undefined);
  return { stage, deliver, all, close: async () => void (await Promise.all(all.map((q) => q.close()))) };
}

/** Every article stored and nothing left to do in any queue (three checks in a row: a finishing job may still enqueue). */
export function doneCheck(ctx: StoreCtx, queues: Queue[], articles: number): () => Promise<boolean> {
  let quiet = 0;
  return async () => {
    const ok = (await countArticles(ctx)) >= articles && (await pendingJobs(queues)) === 0;
    quiet = ok ? quiet + 1 : 0;
    return quiet >= 3;
  };
}

/** The in-process API and feeds on the test's prefix: what subscribers read. */
export async function startFeedsServer(
  configFile: string,
  ctx: StoreCtx,
): Promise<{ url: string; close(): Promise<void> }> {
  const config = loadConfigFile(configFile, {});
  const server = createHttpServer({ config, ctx, log: createLogger('silent'), metrics: createMetrics() });
  const port = await listen(server, 0, '127.0.0.1');
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((r) => server.close(() => r())) };
}

/** Entry ids of every page of an Atom feed, following page=N while the feed has a rel="next" link. */
async function feedEntryIds(api: string, path: string): Promise<string[]> {
  const ids: string[] = [];
  for (let page = 1; page <= 200; page++) {
    const res = await fetch(`${api}${path}?page=${page}`);
    expect(res.status, path).toBe(200);
    const xml = await res.text();
    for (const m of xml.matchAll(/<entry>[\s\S]*?<id>([^<]+)<\/id>/g)) ids.push(m[1] as string);
    if (!/rel="next"/.test(xml)) return ids;
  }
  throw new Error(`${path}: more than 200 pages`);
}

export interface DownstreamReport {
  articles: number;
  stories: number;
  topicUpdates: number;
  webhookEvents: number;
  repeatedWebhookIds: string[];
}

/**
 * What users see holds every article exactly once: one stored article per published URL, each in exactly one
 * story, story members and feed entries unique, one topic update per (topic, article) at most, one webhook
 * event id per topic update, each received, signed and delivered. A webhook id may arrive twice only if it is in
 * `mayRepeat` (deliveries that were in flight when a worker was killed: at-least-once, receivers dedupe).
 */
export async function checkDownstream(opts: {
  ctx: StoreCtx;
  pub: SyntheticPublisher;
  receiver: SlowReceiver;
  api: string;
  mayRepeat?: ReadonlySet<string>;
}): Promise<DownstreamReport> {
  const { ctx, pub } = opts;
  const n = pub.articles.length;
  expect(await countArticles(ctx)).toBe(n);

  const ids = new Set<string>();
  for (const a of pub.articles) {
    const id = await findArticleIdByUrl(ctx, a.url);
    expect(id, `article for ${a.url}`).not.toBeNull();
    ids.add(id as string);
  }
  expect(ids.size).toBe(n);
  await expectNothingLost(
    ctx,
    pub.feeds.map((f) => f.id),
  );

  const { items: stories, total } = await listStories(ctx, 0, n + 10);
  expect(stories.length).toBe(total);
  const storyOf = new Map<string, string>();
  for (const s of stories) {
    const members = s.articles.map((m) => m.id);
    expect(new Set(members).size, `members of ${s.id}`).toBe(members.length);
    for (const m of members) {
      expect(storyOf.has(m), `${m} in two stories`).toBe(false);
      storyOf.set(m, s.id);
    }
  }
  expect(new Set(storyOf.keys())).toEqual(ids);
  for (const id of [...ids].slice(0, 50)) expect((await getArticle(ctx, id))?.storyId).toBe(storyOf.get(id));

  const { items: updates } = await listTopicUpdates(ctx, TOPIC.id, 0, 10_000);
  expect(updates.length).toBeGreaterThan(0);
  expect(new Set(updates.map((u) => u.id)).size).toBe(updates.length);
  expect(new Set(updates.map((u) => u.article.id)).size, 'one update per article at most').toBe(updates.length);

  const storyEntries = await feedEntryIds(opts.api, '/feeds/stories.atom');
  expect(new Set(storyEntries).size).toBe(storyEntries.length);
  expect(storyEntries.length).toBe(stories.length);
  const topicEntries = await feedEntryIds(opts.api, `/feeds/topics/${TOPIC.id}.atom`);
  expect(new Set(topicEntries).size).toBe(topicEntries.length);
  expect(topicEntries.length).toBe(updates.length);

  const expected = new Set(updates.map((u) => eventId('topic.updated', TOPIC.id, u.id)));
  const wh = new Webhook(SECRET);
  const counts = new Map<string, number>();
  for (const r of opts.receiver.received) {
    wh.verify(r.body, {
      'webhook-id': r.id,
      'webhook-timestamp': String(r.headers['webhook-timestamp']),
      'webhook-signature': String(r.headers['webhook-signature']),
    });
    counts.set(r.id, (counts.get(r.id) ?? 0) + 1);
  }
  expect(new Set(counts.keys())).toEqual(expected);
  const repeated = [...counts].filter(([, c]) => c > 1).map(([id]) => id);
  for (const id of repeated)
    expect(opts.mayRepeat?.has(id) ?? false, `webhook ${id} received ${counts.get(id)} times`).toBe(true);

  const deliveries = await listDeliveries(ctx, { webhookId: HOOK, limit: 10_000 });
  expect(deliveries.length).toBe(expected.size);
  expect(
    deliveries.filter((d) => d.status !== 'delivered').map((d) => `${d.eventId}: ${d.status} ${d.lastError ?? ''}`),
  ).toEqual([]);

  return {
    articles: n,
    stories: stories.length,
    topicUpdates: updates.length,
    webhookEvents: expected.size,
    repeatedWebhookIds: repeated,
  };
}
