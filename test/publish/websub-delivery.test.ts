// The hub's content distribution through the webhook delivery runtime: real Redis, real BullMQ workers, real
// HTTP subscribers on port 0. Subscriptions are written to the store directly here (verification of intent is
// test/http/websub.test.ts); what is tested is the push: its bytes and headers, retries, isolation, 410, the
// SSRF guard at delivery time, ended subscriptions and jobs that outlive their worker.
import { createHmac } from 'node:crypto';
import { afterAll, afterEach, describe, expect, test } from 'vitest';
import pino from 'pino';
import { createDeliveryRuntime, type DeliveryOutcome, type DeliveryRuntime } from '../../workers/deliver/index.js';
import { getDelivery, getEndpointState, listDeliveries, type DeliveryRecord } from '../../src/store/deliveries.js';
import {
  activeSubscriptions,
  removeSubscription,
  saveSubscription,
  type Subscription,
} from '../../src/store/websub.js';
import { subscriptionId } from '../../src/publish/websub/content.js';
import { testRedis } from '../helpers/redis.js';
import { ok, startReceiver, waitFor, type Receiver, type Rule } from './receivers.js';

const t = testRedis('websub-delivery');
const logger = pino({ level: 'silent' });
const open: { close(): Promise<void> }[] = [];
const HUB = 'http://feeds.test/websub';
let feedSeq = 0;

afterEach(async () => {
  while (open.length) await open.pop()?.close();
});
afterAll(() => t.cleanup());

function runtime(opts: { allowPrivate?: boolean; outcomes?: [string, DeliveryOutcome][] } = {}): DeliveryRuntime {
  const rt = createDeliveryRuntime({
    ctx: t,
    connection: t.redis,
    queuePrefix: `${t.prefix}:bull`,
    webhooks: [],
    logger,
    allowPrivateNetworks: opts.allowPrivate ?? true,
    websub: { hubUrl: HUB, timeoutMs: 1500, retrySchedule: [100, 200, 200], concurrency: 8 },
    onOutcome: (w, o) => opts.outcomes?.push([w, o]),
  });
  open.push(rt);
  return rt;
}

async function receiver(rule: Rule = ok): Promise<Receiver> {
  const r = await startReceiver(rule);
  open.push(r);
  return r;
}

/** A fresh feed path per test, so tests never see each other's subscribers. */
function feed(): { path: string; topic: string } {
  const path = `/feeds/topics/t${++feedSeq}.atom`;
  return { path, topic: `http://feeds.test${path}` };
}

async function subscribe(f: { path: string; topic: string }, callback: string, secret: string | null = null) {
  const now = Date.now();
  const sub: Subscription = {
    id: subscriptionId(f.path, callback),
    topic: f.topic,
    feedPath: f.path,
    callback,
    secret,
    leaseSeconds: 3600,
    expiresAt: new Date(now + 3600_000).toISOString(),
    createdAt: new Date(now).toISOString(),
    verifiedAt: new Date(now).toISOString(),
  };
  await saveSubscription(t, sub);
  return sub;
}

const recs = async (ids: string[]) => (await Promise.all(ids.map((id) => getDelivery(t, id)))) as DeliveryRecord[];

describe('websub content distribution', () => {
  test('the whole feed, its media type, hub and self links, and X-Hub-Signature for a secret', async () => {
    const r = await receiver();
    const f = feed();
    await subscribe(f, `${r.url}?s=1`, 'shh');
    await subscribe(f, `${r.url}?s=0`);
    const rt = runtime();
    rt.startWorkers();
    const body = '<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>é</title></feed>';
    const ids = await rt.publishFeed({ feedPath: f.path, body });
    expect(ids).toHaveLength(2);
    await waitFor(async () => (await recs(ids)).every((x) => x.status === 'delivered'), 'two pushes');
    expect(r.received).toHaveLength(2);
    for (const got of r.received) {
      expect(got.body).toBe(body);
      expect(got.headers['content-type']).toBe('application/atom+xml; charset=utf-8');
      expect(got.headers.link).toBe(`<${HUB}>; rel="hub", <${f.topic}>; rel="self"`);
    }
    const signed = r.received.filter((x) => x.headers['x-hub-signature']);
    expect(signed).toHaveLength(1);
    expect(signed[0]?.headers['x-hub-signature']).toBe(
      `sha256=${createHmac('sha256', 'shh').update(Buffer.from(body, 'utf8')).digest('hex')}`,
    );
    // The same version published again (a retried publish job) sends nothing more.
    expect(await rt.publishFeed({ feedPath: f.path, body })).toEqual(ids);
    await new Promise((res) => setTimeout(res, 300));
    expect(r.received).toHaveLength(2);
    // A feed nobody subscribed to: nothing.
    expect(await rt.publishFeed({ feedPath: '/feeds/stories.json', body: '{}' })).toEqual([]);
    const log = await listDeliveries(t, { webhookId: subscriptionId(f.path, `${r.url}?s=1`) });
    expect(log.map((x) => [x.type, x.status, x.attempts])).toEqual([['websub.content', 'delivered', 1]]);
  });

  test('failures are retried with backoff; a dead and a hanging subscriber delay no healthy one', async () => {
    const flaky = await receiver((x, res) => void res.writeHead(x.seq < 2 ? 500 : 204).end());
    const healthy = await receiver();
    const hanging = await receiver(() => 'hang');
    const f = feed();
    const flakySub = await subscribe(f, `${flaky.url}?n=1`);
    await subscribe(f, 'http://127.0.0.1:9/dead');
    for (let i = 0; i < 3; i++) await subscribe(f, `${hanging.url}?h=${i}`);
    for (let i = 0; i < 20; i++) await subscribe(f, `${healthy.url}?i=${i}`);
    const rt = runtime();
    rt.startWorkers();
    const t0 = Date.now();
    const ids = await rt.publishFeed({ feedPath: f.path, body: '<feed/>' });
    expect(ids).toHaveLength(25);
    await waitFor(() => healthy.received.length === 20, 'the healthy subscribers');
    const healthyMs = Math.max(...healthy.received.map((x) => x.at)) - t0;
    // The hanging ones hold their slots for the whole 1.5 s timeout; the healthy ones are done well before.
    expect(healthyMs).toBeLessThan(1500);
    await waitFor(
      async () => (await listDeliveries(t, { webhookId: flakySub.id }))[0]?.status === 'delivered',
      'retries',
    );
    const flakyRec = (await listDeliveries(t, { webhookId: flakySub.id }))[0] as DeliveryRecord;
    expect(flakyRec.attempts).toBe(3);
    expect(flaky.received).toHaveLength(3);
    await waitFor(async () => {
      const dead = (await listDeliveries(t, { webhookId: subscriptionId(f.path, 'http://127.0.0.1:9/dead') }))[0];
      return dead?.status === 'failed' && dead.attempts === 4;
    }, 'the dead subscriber to use up its schedule');
    const dead = (await listDeliveries(t, { webhookId: subscriptionId(f.path, 'http://127.0.0.1:9/dead') }))[0];
    expect(dead?.lastError).toMatch(/ECONNREFUSED|connect/i);
    expect(dead?.lastResponseCode).toBeNull();
  });

  test('410 Gone ends the subscription', async () => {
    const gone = await receiver((_x, res) => void res.writeHead(410).end());
    const f = feed();
    const sub = await subscribe(f, gone.url);
    const rt = runtime();
    rt.startWorkers();
    const [id] = await rt.publishFeed({ feedPath: f.path, body: '<feed/>' });
    await waitFor(async () => (await getDelivery(t, id as string))?.status === 'disabled', 'the 410');
    // The push is marked disabled just before the subscription is removed (workers/deliver/attempts.ts disable()).
    await waitFor(async () => (await activeSubscriptions(t, f.path)).length === 0, 'the subscription to end');
    // No endpoint flag is left behind for a subscription that no longer exists.
    await waitFor(async () => (await getEndpointState(t, sub.id)).disabled === null, 'the flag to be dropped');
    expect(await rt.publishFeed({ feedPath: f.path, body: '<feed>2</feed>' })).toEqual([]);
    expect(gone.received).toHaveLength(1);
    expect(sub.id).toBe(subscriptionId(f.path, gone.url));
  });

  test('the SSRF guard applies at delivery: a loopback callback is refused when private networks are not allowed', async () => {
    const r = await receiver();
    const f = feed();
    const sub = await subscribe(f, r.url);
    const rt = runtime({ allowPrivate: false });
    rt.startWorkers();
    const [id] = await rt.publishFeed({ feedPath: f.path, body: '<feed/>' });
    await waitFor(
      async () => (await getDelivery(t, id as string))?.lastError?.includes('blocked address') === true,
      'the refusal',
    );
    expect(r.received).toHaveLength(0);
    await removeSubscription(t, sub.id, f.path);
  });

  test('pushes outlive the process that queued them; a subscription that ended meanwhile gets nothing', async () => {
    const r = await receiver();
    const f = feed();
    await subscribe(f, `${r.url}?stay=1`);
    const leaving = await subscribe(f, `${r.url}?leave=1`);
    const producer = runtime();
    const ids = await producer.publishFeed({ feedPath: f.path, body: '<feed/>' });
    await producer.close();
    await removeSubscription(t, leaving.id, f.path);
    const outcomes: [string, DeliveryOutcome][] = [];
    const consumer = runtime({ outcomes });
    consumer.startWorkers();
    await waitFor(async () => (await recs(ids)).every((x) => x.status !== 'pending'), 'both jobs');
    const byId = new Map((await recs(ids)).map((x) => [x.webhookId, x]));
    expect(byId.get(subscriptionId(f.path, `${r.url}?stay=1`))?.status).toBe('delivered');
    expect(byId.get(leaving.id)?.status).toBe('failed');
    expect(byId.get(leaving.id)?.lastError).toMatch(/subscription ended/);
    expect(r.received.map((x) => x.body)).toEqual(['<feed/>']);
    const mine = new Set(byId.keys());
    expect(
      outcomes
        .filter(([w]) => mine.has(w))
        .map(([, o]) => o)
        .sort(),
    ).toEqual(['delivered', 'failed']);
  });
});
