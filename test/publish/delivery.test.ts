// Durable webhook delivery end to end: real Redis, real BullMQ workers, real HTTP receivers on port 0.
import { afterAll, afterEach, describe, expect, test } from 'vitest';
import pino from 'pino';
import { Webhook } from 'standardwebhooks';
import type { WebhookConfig } from '../../src/config/load.js';
import { createDeliveryRuntime, type DeliveryOutcome, type DeliveryRuntime } from '../../workers/deliver/index.js';
import { eventBody, eventId, type WebhookEvent } from '../../src/publish/webhooks/events.js';
import { getDelivery, getEndpointState, listDeliveries, type DeliveryRecord } from '../../src/store/deliveries.js';
import { testRedis } from '../helpers/redis.js';
import { endpoint, ok, SECRET_A, SECRET_B, startReceiver, waitFor, type Receiver } from './receivers.js';

const t = testRedis('delivery');
const logger = pino({ level: 'silent' });
const open: { close(): Promise<void> }[] = [];

afterEach(async () => {
  while (open.length) await open.pop()?.close();
});
afterAll(() => t.cleanup());

let seq = 0;
function event(topicId?: string): WebhookEvent {
  const n = ++seq;
  return {
    id: eventId('test', t.prefix, n),
    type: 'topic.updated',
    timestamp: '2024-12-03T14:05:00Z',
    data: { n, text: 'é ✓ <b>' },
    topicId,
  };
}

function runtime(webhooks: WebhookConfig[], outcomes: [string, DeliveryOutcome][] = []): DeliveryRuntime {
  const rt = createDeliveryRuntime({
    ctx: t,
    connection: t.redis,
    queuePrefix: `${t.prefix}:bull`,
    webhooks,
    logger,
    onOutcome: (w, o) => outcomes.push([w, o]),
  });
  open.push(rt);
  return rt;
}

async function receiver(rule = ok): Promise<Receiver> {
  const r = await startReceiver(rule);
  open.push(r);
  return r;
}

const records = async (ids: string[]) => (await Promise.all(ids.map((id) => getDelivery(t, id)))) as DeliveryRecord[];
const allIn = (status: DeliveryRecord['status']) => async (ids: string[]) =>
  (await records(ids)).every((r) => r?.status === status);

describe('webhook delivery', () => {
  test('signed per Standard Webhooks, once per event, and publishing again creates nothing', async () => {
    const r = await receiver();
    const outcomes: [string, DeliveryOutcome][] = [];
    const rt = runtime([endpoint('healthy', r.url)], outcomes);
    rt.startWorkers();
    const events = [event(), event(), event()];
    const ids = (await Promise.all(events.map((e) => rt.publish(e)))).flat();
    expect(ids).toHaveLength(3);
    await waitFor(() => allIn('delivered')(ids), 'deliveries');

    expect(r.received).toHaveLength(3);
    for (const e of events) {
      const got = r.received.filter((x) => x.id === e.id);
      expect(got).toHaveLength(1);
      const req = got[0] as (typeof got)[number];
      expect(req.body).toBe(eventBody(e));
      expect(req.headers['content-type']).toBe('application/json');
      expect(req.signature.split(' ')).toHaveLength(2);
      for (const secret of [SECRET_A, SECRET_B]) {
        expect(
          new Webhook(secret).verify(req.body, {
            'webhook-id': req.id,
            'webhook-timestamp': req.timestamp,
            'webhook-signature': req.signature,
          }),
        ).toEqual(JSON.parse(eventBody(e)));
      }
    }
    const rec = (await records(ids))[0] as DeliveryRecord;
    expect(rec).toMatchObject({
      webhookId: 'healthy',
      webhook: r.url,
      type: 'topic.updated',
      status: 'delivered',
      attempts: 1,
      lastResponseCode: 200,
      lastError: null,
      nextAttemptAt: null,
    });
    expect(outcomes.filter(([, o]) => o === 'delivered')).toHaveLength(3);

    // The same events again: same delivery ids, nothing queued, nothing sent.
    const again = (await Promise.all(events.map((e) => rt.publish(e)))).flat();
    expect(again).toEqual(ids);
    expect(await rt.pending()).toBe(0);
    expect(await listDeliveries(t, { webhookId: 'healthy' })).toHaveLength(3);
    expect((await records(ids)).every((x) => x.attempts === 1)).toBe(true);
  });

  test('a receiver answering 500 for a while gets every event once, with identical body and webhook-id on each try', async () => {
    const r = await receiver((req, res) => {
      res.writeHead(req.seq < 2 ? 500 : 200).end();
    });
    const rt = runtime([endpoint('flaky', r.url)]);
    rt.startWorkers();
    const events = Array.from({ length: 5 }, () => event());
    const ids = (await Promise.all(events.map((e) => rt.publish(e)))).flat();
    await waitFor(() => allIn('delivered')(ids), 'deliveries after retries');
    for (const e of events) {
      const tries = r.received.filter((x) => x.id === e.id);
      expect(tries).toHaveLength(3);
      expect(new Set(tries.map((x) => x.body))).toEqual(new Set([eventBody(e)]));
      expect(r.okCount(e.id)).toBe(1);
      // Every try is signed afresh for its own timestamp, and verifies.
      for (const x of tries)
        new Webhook(SECRET_A).verify(x.body, {
          'webhook-id': x.id,
          'webhook-timestamp': x.timestamp,
          'webhook-signature': x.signature,
        });
    }
    expect((await records(ids)).map((x) => [x.attempts, x.lastResponseCode])).toEqual(ids.map(() => [3, 200]));
  });

  test('a hanging receiver times out and retries, while a healthy one in the same run gets everything without waiting', async () => {
    const hanging = await receiver(() => 'hang');
    const healthy = await receiver();
    const rt = runtime([
      endpoint('hangs', hanging.url, { timeout: 300, retrySchedule: [100, 100], concurrency: 1 }),
      endpoint('fine', healthy.url, { concurrency: 1 }),
    ]);
    rt.startWorkers();
    const ids = (await Promise.all(Array.from({ length: 4 }, () => rt.publish(event())))).flat();
    const hangIds = (await records(ids)).filter((x) => x.webhookId === 'hangs').map((x) => x.id);
    await waitFor(() => healthy.received.length === 4, 'healthy deliveries');
    // Four events x three attempts x 300 ms at concurrency 1: the hanging endpoint is far from done.
    expect((await records(hangIds)).some((x) => x.status === 'pending')).toBe(true);
    await waitFor(() => allIn('failed')(hangIds), 'the hanging endpoint to use up its schedule');
    for (const x of await records(hangIds)) {
      expect(x.attempts).toBe(3);
      expect(x.lastError).toMatch(/^TIMEOUT/);
      expect(x.lastResponseCode).toBeNull();
    }
    expect(hanging.received).toHaveLength(12);
  });

  test('a redirect is not followed and counts as a failure; a replay sends the failed ones again', async () => {
    const elsewhere = await receiver();
    const r = await receiver((_req, res) => {
      res.writeHead(302, { location: elsewhere.url }).end();
    });
    const rt = runtime([endpoint('moved', r.url, { retrySchedule: [50] })]);
    rt.startWorkers();
    const e = event();
    const [id] = await rt.publish(e);
    await waitFor(() => allIn('failed')([id as string]), 'the delivery to fail');
    expect(elsewhere.received).toHaveLength(0);
    expect(await getDelivery(t, id as string)).toMatchObject({
      status: 'failed',
      attempts: 2,
      lastResponseCode: 302,
      lastError: `HTTP 302 redirect to ${elsewhere.url} (not followed)`,
    });

    r.setRule(ok);
    expect(await rt.replay({ failed: true, webhookId: 'moved' })).toBe(1);
    await waitFor(() => allIn('delivered')([id as string]), 'the replayed delivery');
    expect(r.received.map((x) => x.id)).toEqual([e.id, e.id, e.id]);
    expect(new Set(r.received.map((x) => x.body)).size).toBe(1);
  });

  test('Retry-After is honoured', async () => {
    const r = await receiver((req, res) => {
      if (req.seq === 0) res.writeHead(503, { 'retry-after': '1' }).end();
      else res.writeHead(204).end();
    });
    const rt = runtime([endpoint('busy', r.url, { retrySchedule: [20] })]);
    rt.startWorkers();
    const [id] = await rt.publish(event());
    await waitFor(() => allIn('delivered')([id as string]), 'the delivery');
    const [first, second] = r.received;
    // A lower bound only: the schedule alone would have retried after 20-24 ms.
    expect((second?.at ?? 0) - (first?.at ?? 0)).toBeGreaterThanOrEqual(1000);
  });

  test('410 disables the endpoint with a visible reason, and its pending deliveries with it', async () => {
    const gone = new Set<string>();
    const r = await receiver((req, res) => {
      res.writeHead(gone.has(req.id) ? 410 : 500).end();
    });
    const outcomes: [string, DeliveryOutcome][] = [];
    const healthy = await receiver();
    const rt = runtime(
      [endpoint('gone', r.url, { retrySchedule: [60_000], concurrency: 1 }), endpoint('other', healthy.url)],
      outcomes,
    );
    rt.startWorkers();

    const e1 = event();
    const ids1 = await rt.publish(e1);
    const [d1] = ids1;
    await waitFor(async () => (await getDelivery(t, d1 as string))?.attempts === 1, 'the first attempt');
    expect(await getDelivery(t, d1 as string)).toMatchObject({ status: 'pending', lastResponseCode: 500 });

    const e2 = event();
    gone.add(e2.id);
    const [d2] = await rt.publish(e2);
    await waitFor(() => allIn('disabled')([d1 as string, d2 as string]), 'both deliveries disabled');
    const state = await getEndpointState(t, 'gone');
    expect(state.disabled?.reason).toMatch(/410 Gone/);
    expect(await getDelivery(t, d2 as string)).toMatchObject({ attempts: 1, lastResponseCode: 410 });
    expect((await getDelivery(t, d1 as string))?.lastError).toMatch(/^endpoint disabled: .*410 Gone/);
    expect(outcomes.filter(([w, o]) => w === 'gone' && o === 'disabled')).toHaveLength(2);

    // New events are recorded as disabled for it, and still delivered elsewhere.
    const e3 = event();
    const ids3 = await rt.publish(e3);
    const recs3 = await records(ids3);
    expect(recs3.find((x) => x.webhookId === 'gone')?.status).toBe('disabled');
    await waitFor(() => healthy.okCount(e3.id) === 1, 'the other endpoint');
    expect(r.received.filter((x) => x.id === e3.id)).toHaveLength(0);

    // A replay enables it again and sends what it missed.
    r.setRule(ok);
    expect(await rt.replay({ webhookId: 'gone' })).toBe(3);
    expect((await getEndpointState(t, 'gone')).disabled).toBeNull();
    const goneIds = [d1, d2, recs3.find((x) => x.webhookId === 'gone')?.id] as string[];
    await waitFor(() => allIn('delivered')(goneIds), 'replayed deliveries');
    for (const e of [e1, e2, e3]) expect(r.okCount(e.id)).toBe(1);
  });

  test('the topics filter and the listing', async () => {
    const r = await receiver();
    const rt = runtime([endpoint('narrow', r.url, { topics: ['harbour-bridge'] })]);
    rt.startWorkers();
    expect(await rt.publish(event('other-topic'))).toEqual([]);
    expect(await rt.publish({ ...event(), type: 'source.failing' })).toEqual([]);
    const first = await rt.publish(event('harbour-bridge'));
    await new Promise((res) => setTimeout(res, 5)); // distinct createdAt, so "newest first" is defined
    const ids = [...first, ...(await rt.publish(event('harbour-bridge')))];
    expect(ids).toHaveLength(2);
    await waitFor(() => allIn('delivered')(ids), 'deliveries');
    const listed = await listDeliveries(t, { webhookId: 'narrow', limit: 10 });
    expect(listed.map((x) => x.id)).toEqual([...ids].reverse());
    expect(Object.keys(listed[0] as object)).toEqual(
      expect.arrayContaining([
        'id',
        'webhookId',
        'webhook',
        'type',
        'status',
        'attempts',
        'lastResponseCode',
        'lastError',
        'nextAttemptAt',
      ]),
    );
  });
});
