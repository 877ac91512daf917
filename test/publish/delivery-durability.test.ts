// Deliveries survive a worker killed mid-attempt and a Redis restart (CONTRACT §5): real processes, a real
// redis-server with AOF, real HTTP receivers.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { afterAll, afterEach, describe, expect, test } from 'vitest';
import pino from 'pino';
import { createDeliveryRuntime } from '../../workers/deliver/index.js';
import { eventBody, eventId, type WebhookEvent } from '../../src/publish/webhooks/events.js';
import { getDelivery } from '../../src/store/deliveries.js';
import { createRedis } from '../../src/store/redis.js';
import { REDIS_URL, testRedis } from '../helpers/redis.js';
import { startPrivateRedisServer } from '../../simulation/private-redis.js';
import { endpoint, startReceiver, waitFor } from './receivers.js';

const t = testRedis('durability');
const logger = pino({ level: 'silent' });
const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()?.();
});
afterAll(() => t.cleanup());

const event = (n: number): WebhookEvent => ({
  id: eventId('durability', t.prefix, n),
  type: 'source.failing',
  timestamp: '2024-12-03T14:05:00Z',
  data: { n },
});

function startChild(setup: object): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['test/publish/fixtures/delivery-worker.mjs', JSON.stringify(setup)], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  cleanups.push(() => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  });
  return new Promise((resolve, reject) => {
    child.stdout?.on('data', (c: Buffer) => {
      if (c.toString().includes('ready')) resolve(child);
    });
    child.on('exit', (code) => reject(new Error(`worker exited early (${code})`)));
  });
}

describe('durability', () => {
  test('a worker killed (SIGKILL) in the middle of a delivery: a new worker delivers it, same webhook-id and body', async () => {
    expect(
      existsSync('dist/workers/deliver/index.js'),
      'the child runs the compiled runtime: npm run build (npm test does it)',
    ).toBe(true);
    let inFlight = false;
    const r = await startReceiver((req, res) => {
      if (req.seq === 0) {
        inFlight = true;
        return 'hang';
      }
      res.writeHead(200).end();
    });
    cleanups.push(() => r.close());
    const webhooks = [endpoint('crash', r.url, { timeout: 60_000, retrySchedule: [100] })];
    const setup = { redisUrl: REDIS_URL, prefix: t.prefix, queuePrefix: `${t.prefix}:bull`, webhooks };
    const publisher = createDeliveryRuntime({
      ctx: t,
      connection: t.redis,
      queuePrefix: setup.queuePrefix,
      webhooks,
      logger,
    });
    cleanups.push(() => publisher.close());
    const e = event(1);
    const [id] = await publisher.publish(e);

    const first = await startChild(setup);
    await waitFor(() => inFlight, 'the first attempt to reach the receiver');
    const exited = new Promise((res) => first.on('exit', res));
    first.kill('SIGKILL');
    await exited;
    expect((await getDelivery(t, id as string))?.status).toBe('pending');

    await startChild(setup);
    await waitFor(
      async () => (await getDelivery(t, id as string))?.status === 'delivered',
      'the delivery after the crash',
    );
    expect(r.received.map((x) => x.id)).toEqual([e.id, e.id]);
    expect(r.received.map((x) => x.body)).toEqual([eventBody(e), eventBody(e)]);
    expect(r.okCount(e.id)).toBe(1);
  });

  test('Redis restarted (AOF) while deliveries are pending: none is lost', async () => {
    const server = await startPrivateRedisServer({ appendfsync: 'always' });
    cleanups.push(() => server.destroy());

    let up = false;
    const r = await startReceiver((_req, res) => {
      res.writeHead(up ? 200 : 500).end();
    });
    cleanups.push(() => r.close());
    const redis = createRedis(server.url);
    redis.on('error', () => undefined);
    cleanups.push(() => redis.disconnect());
    const ctx = { redis, prefix: 'restart' };
    const rt = createDeliveryRuntime({
      ctx,
      connection: redis,
      queuePrefix: 'restart:bull',
      webhooks: [endpoint('restart', r.url, { retrySchedule: Array<number>(40).fill(200) })],
      logger,
      lockDurationMs: 1000,
      stalledIntervalMs: 500,
    });
    cleanups.push(() => rt.close());
    rt.startWorkers();
    const events = Array.from({ length: 5 }, (_, i) => event(100 + i));
    const ids = (await Promise.all(events.map((e) => rt.publish(e)))).flat();
    await waitFor(
      async () => (await Promise.all(ids.map((id) => getDelivery(ctx, id)))).every((x) => (x?.attempts ?? 0) >= 1),
      'first attempts',
    );

    await server.crash();
    await server.start();
    up = true;

    await waitFor(
      async () => (await Promise.all(ids.map((id) => getDelivery(ctx, id)))).every((x) => x?.status === 'delivered'),
      'every delivery after the restart',
      30_000,
    );
    for (const e of events) expect(r.okCount(e.id)).toBe(1);
  });
});
