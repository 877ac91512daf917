import { Redis } from 'ioredis';
import { DelayedError, Queue, Worker } from 'bullmq';
import { afterAll, describe, expect, it } from 'vitest';
import { acquireHost, hostInFlight, type HostSlot } from '../../src/store/politeness.js';
import { httpRequest } from '../../src/fetch/request.js';
import { REDIS_URL, testRedis } from '../helpers/redis.js';
import { startServer } from '../fetch/server.js';

const ctx = testRedis('politeness');
const other = new Redis(REDIS_URL, { maxRetriesPerRequest: null });
const ctx2 = { redis: other, prefix: ctx.prefix };

afterAll(async () => {
  other.disconnect();
  await ctx.cleanup();
});

const fast = { ratePerSec: 1000, leaseMs: 30_000 };
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const okSlot = (s: HostSlot) => {
  if (!s.ok) throw new Error('expected a slot');
  return s;
};

describe('acquireHost', () => {
  it('caps concurrent requests per host and frees a slot on release', async () => {
    const limits = { ...fast, concurrency: 2 };
    const a = okSlot(await acquireHost(ctx, 'conc.example', limits));
    okSlot(await acquireHost(ctx, 'conc.example', limits));
    const third = await acquireHost(ctx, 'conc.example', limits);
    expect(third.ok).toBe(false);
    if (!third.ok) {
      expect(third.reason).toBe('concurrency');
      expect(third.retryInMs).toBeGreaterThan(0);
    }
    expect(await hostInFlight(ctx, 'conc.example')).toBe(2);
    await a.release();
    await a.release();
    expect(await hostInFlight(ctx, 'conc.example')).toBe(1);
    expect((await acquireHost(ctx, 'conc.example', limits)).ok).toBe(true);
  });

  it('keeps hosts and prefixes apart', async () => {
    const limits = { ...fast, concurrency: 1 };
    okSlot(await acquireHost(ctx, 'one.example', limits));
    expect((await acquireHost(ctx, 'one.example', limits)).ok).toBe(false);
    expect((await acquireHost(ctx, 'two.example', limits)).ok).toBe(true);
    const elsewhere = { redis: ctx.redis, prefix: `${ctx.prefix}-other` };
    expect((await acquireHost(elsewhere, 'one.example', limits)).ok).toBe(true);
  });

  it('caps the request rate with a token bucket', async () => {
    const limits = { concurrency: 100, ratePerSec: 2, leaseMs: 30_000 };
    const taken: HostSlot[] = [];
    for (let i = 0; i < 2; i++) taken.push(await acquireHost(ctx, 'rate.example', limits));
    expect(taken.every((s) => s.ok)).toBe(true);
    const next = await acquireHost(ctx, 'rate.example', limits);
    expect(next.ok).toBe(false);
    if (!next.ok) {
      expect(next.reason).toBe('rate');
      expect(next.retryInMs).toBeGreaterThan(0);
      expect(next.retryInMs).toBeLessThanOrEqual(Math.ceil(500 * 1.25));
    }
    // The bucket refills: a later attempt succeeds.
    let later: HostSlot = next;
    for (let i = 0; i < 40 && !later.ok; i++) {
      await sleep(later.retryInMs);
      later = await acquireHost(ctx, 'rate.example', limits);
    }
    expect(later.ok).toBe(true);
  });

  it('lets a lease expire when its holder dies without releasing', async () => {
    const limits = { ...fast, concurrency: 1, leaseMs: 300 };
    okSlot(await acquireHost(ctx, 'dead.example', limits)); // never released: the "killed worker"
    let slot = await acquireHost(ctx, 'dead.example', { ...limits, leaseMs: 30_000 });
    for (let i = 0; i < 40 && !slot.ok; i++) {
      await sleep(slot.retryInMs);
      slot = await acquireHost(ctx, 'dead.example', { ...limits, leaseMs: 30_000 });
    }
    expect(slot.ok).toBe(true);
  });

  it('never hands out more slots than the limit to workers racing on two connections', async () => {
    const limits = { ...fast, concurrency: 3 };
    const attempts = await Promise.all(
      Array.from({ length: 24 }, (_, i) => acquireHost(i % 2 ? ctx : ctx2, 'race.example', limits)),
    );
    expect(attempts.filter((s) => s.ok)).toHaveLength(3);
  });

  it('rejects nonsensical limits', async () => {
    await expect(acquireHost(ctx, 'x.example', { concurrency: 0, ratePerSec: 1, leaseMs: 1 })).rejects.toThrow(
      RangeError,
    );
  });
});

describe('acquireHost in BullMQ workers', () => {
  it('keeps a host at its concurrency while jobs wait as delayed, and loses none', async () => {
    const srv = await startServer();
    let inFlight = 0;
    let peak = 0;
    srv.route('/slow', (_q, res) => {
      inFlight++;
      peak = Math.max(peak, inFlight);
      setTimeout(() => {
        inFlight--;
        res.writeHead(200).end('ok');
      }, 80);
    });
    const connection = new Redis(REDIS_URL, { maxRetriesPerRequest: null });
    const queue = new Queue('politeness-fetch', { connection, prefix: ctx.prefix });
    const done: string[] = [];
    const worker = new Worker(
      'politeness-fetch',
      async (job, token) => {
        const slot = await acquireHost(ctx, '127.0.0.1', { concurrency: 2, ratePerSec: 1000, leaseMs: 10_000 });
        if (!slot.ok) {
          await job.moveToDelayed(Date.now() + slot.retryInMs, token);
          throw new DelayedError();
        }
        try {
          await httpRequest(`${srv.origin}/slow`, { allowPrivateNetworks: true });
          done.push(job.id as string);
        } finally {
          await slot.release();
        }
      },
      { connection, prefix: ctx.prefix, concurrency: 6 },
    );
    try {
      await queue.addBulk(Array.from({ length: 8 }, (_, i) => ({ name: 'fetch', data: {}, opts: { jobId: `j${i}` } })));
      for (let i = 0; i < 300 && done.length < 8; i++) await sleep(50);
      expect(done.sort()).toEqual(Array.from({ length: 8 }, (_, i) => `j${i}`).sort());
      expect(peak).toBeLessThanOrEqual(2);
      expect(peak).toBe(2);
    } finally {
      await worker.close();
      await queue.close();
      connection.disconnect();
      await srv.close();
    }
  });
});
