import { spawn } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import { Job, Queue, Worker } from 'bullmq';
import { Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import { LockLostError, withLock } from '../../src/store/locks.js';
import { REDIS_URL, testRedis } from '../helpers/redis.js';

const r = testRedis('locks');
afterAll(() => r.cleanup());

const LEASE = 300;

/** A contender for `name` that starts now: when it got in. */
async function contend(name: string): Promise<number> {
  return withLock(r, name, () => Promise.resolve(Date.now()), { leaseMs: LEASE, waitMs: 10_000 });
}

describe('withLock', () => {
  it('keeps the lock for a BullMQ job that outlives its lease several times over', async () => {
    const connection = new Redis(REDIS_URL, { maxRetriesPerRequest: null });
    const queue = new Queue('locks-long', { connection, prefix: r.prefix });
    let active: () => void;
    const started = new Promise<void>((resolve) => (active = resolve));
    let finishedAt = 0;
    const worker = new Worker(
      'locks-long',
      () =>
        withLock(
          r,
          'dedup',
          async (lease) => {
            active();
            await sleep(LEASE * 4);
            lease.assertHeld();
            finishedAt = Date.now();
            return 'done';
          },
          { leaseMs: LEASE },
        ),
      { connection, prefix: r.prefix },
    );
    try {
      const job = await queue.add('long', {});
      await started;
      const contenderIn = await contend('dedup');
      expect(finishedAt).toBeGreaterThan(0);
      expect(contenderIn).toBeGreaterThanOrEqual(finishedAt);
      for (let i = 0; i < 100 && !(await job.isCompleted()); i++) await sleep(20);
      expect((await Job.fromId(queue, job.id!))?.returnvalue).toBe('done');
    } finally {
      await worker.close();
      await queue.close();
      connection.disconnect();
    }
  });

  it("lets others in one lease after its holder's process died", async () => {
    // A real process takes the lock (the built module, as the service runs it) and is killed while holding it.
    const script = `
      import { Redis } from 'ioredis';
      import { withLock } from './dist/src/store/locks.js';
      const redis = new Redis(${JSON.stringify(REDIS_URL)});
      await withLock({ redis, prefix: ${JSON.stringify(r.prefix)} }, 'died', async () => {
        process.stdout.write('held\\n');
        await new Promise(() => setInterval(() => {}, 1000));
      }, { leaseMs: ${LEASE * 2} });`;
    const child = spawn(process.execPath, ['--input-type=module', '-e', script], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let killedAt = 0;
    try {
      await new Promise<void>((resolve, reject) => {
        child.stdout.on('data', (b: Buffer) => b.toString().includes('held') && resolve());
        child.once('exit', (code) => reject(new Error(`holder exited early (${code})`)));
      });
      // Renewed while alive: past its first lease, it still holds the lock.
      await sleep(LEASE * 3);
      expect(await r.redis.pttl(`${r.prefix}:lock:died`)).toBeGreaterThan(0);
    } finally {
      killedAt = Date.now();
      child.kill('SIGKILL');
    }
    const contenderIn = await contend('died');
    expect(contenderIn - killedAt).toBeLessThanOrEqual(LEASE * 2 + 250);
    expect(contenderIn - killedAt).toBeGreaterThan(LEASE / 2);
  });

  it('fails a BullMQ job whose lease was lost before it writes, and its retry does the work once', async () => {
    const connection = new Redis(REDIS_URL, { maxRetriesPerRequest: null });
    const queue = new Queue('locks-lost', { connection, prefix: r.prefix });
    const writes: number[] = [];
    const failures: string[] = [];
    const worker = new Worker(
      'locks-lost',
      (job) =>
        withLock(
          r,
          'lost',
          async (lease) => {
            if (job.attemptsMade === 0) {
              // Another holder takes over (as after an expiry): the next renewal finds the lease gone.
              await r.redis.set(`${r.prefix}:lock:lost`, 'someone-else', 'PX', 5000);
              await sleep(LEASE);
              expect(lease.signal.aborted).toBe(true);
            }
            lease.assertHeld();
            writes.push(job.attemptsMade);
          },
          { leaseMs: LEASE, waitMs: 10_000 },
        ),
      { connection, prefix: r.prefix },
    );
    worker.on('failed', (_job, err) => failures.push(`${err.name}: ${err.message}`));
    try {
      const job = await queue.add('lost', {}, { attempts: 2, backoff: { type: 'fixed', delay: 10 } });
      // The retry waits for the other holder's lease (5 s) unless it lets go: it does, as a finished holder would.
      for (let i = 0; i < 100 && !failures.length; i++) await sleep(20);
      await r.redis.del(`${r.prefix}:lock:lost`);
      for (let i = 0; i < 200 && !(await job.isCompleted()); i++) await sleep(20);
      expect(failures).toHaveLength(1);
      expect(failures[0]).toMatch(/^LockLostError: lost the lock lost/);
      expect(writes).toEqual([1]);
      expect(await job.isCompleted()).toBe(true);
    } finally {
      await worker.close();
      await queue.close();
      connection.disconnect();
    }
  });

  it('tells a holder whose event loop was blocked past the lease that it may have lost the lock', async () => {
    await expect(
      withLock(
        r,
        'blocked',
        (lease) => {
          const until = Date.now() + LEASE + 50;
          while (Date.now() < until) {
            // a synchronous stall: no renewal can run
          }
          lease.assertHeld();
          return Promise.resolve('wrote');
        },
        { leaseMs: LEASE },
      ),
    ).rejects.toBeInstanceOf(LockLostError);
    // It let go of what it still held, so others need not wait for the lease.
    expect(await r.redis.exists(`${r.prefix}:lock:blocked`)).toBe(0);
  });
});
