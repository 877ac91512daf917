// Mutual-exclusion leases across processes (SET NX PX, renewed by compare-and-PEXPIRE, released by
// compare-and-delete). The holder renews its lease every third of it while it works, so a job may take longer
// than the lease; a crashed holder stops renewing and its lease expires by itself, so a killed worker never
// blocks the others for longer than one lease. A holder that could not renew in time (Redis unreachable, an
// event loop stalled past the lease) may have been overtaken: its Lease says so (LockLostError), and it asks
// before each write that must not happen under another holder.
import { randomBytes } from 'node:crypto';
import { DeltafeedError } from '../errors.js';
import { key, type StoreCtx } from './context.js';

const RELEASE = `if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end`;
const RENEW = `if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('pexpire', KEYS[1], ARGV[2]) else return 0 end`;

export class LockTimeoutError extends DeltafeedError {
  constructor(name: string) {
    super('LOCK_TIMEOUT', `timed out waiting for lock ${name}`);
  }
}

/** The lease ran out or went to another holder while this one worked: its writes must stop (and be retried). */
export class LockLostError extends DeltafeedError {
  constructor(name: string, why: string) {
    super('LOCK_LOST', `lost the lock ${name}: ${why}`);
  }
}

export interface LockOptions {
  /** How long the lease lasts without renewal (default 30 s): how long a crashed holder blocks the others. */
  leaseMs?: number;
  /** How long to wait for the lock (default 60 s) before LockTimeoutError. */
  waitMs?: number;
}

/** What the holder of a lock is given: `assertHeld()` before each write that must not happen under a lost lock. */
export interface Lease {
  /** Aborted, with a LockLostError as its reason, once the lease is known to be lost. */
  readonly signal: AbortSignal;
  /** Throws LockLostError if the lease was lost, or ran out unrenewed (an event loop blocked past it). */
  assertHeld(): void;
}

/** Run `fn` holding the lock `name`, renewing the lease until it settles. */
export async function withLock<T>(
  ctx: StoreCtx,
  name: string,
  fn: (lease: Lease) => Promise<T>,
  opts: LockOptions = {},
): Promise<T> {
  const leaseMs = opts.leaseMs ?? 30_000;
  const deadline = Date.now() + (opts.waitMs ?? 60_000);
  const k = key(ctx, 'lock', name);
  const token = randomBytes(8).toString('hex');
  let delay = 5;
  let asked = Date.now();
  while ((await ctx.redis.set(k, token, 'PX', leaseMs, 'NX')) !== 'OK') {
    if (Date.now() > deadline) throw new LockTimeoutError(name);
    await new Promise((r) => setTimeout(r, delay));
    delay = Math.min(delay * 2, 100);
    asked = Date.now();
  }
  const lost = new AbortController();
  // The lease is certainly ours until then: counted from when the request that set or renewed it was sent.
  let validUntil = asked + leaseMs;
  const lose = (why: string) => {
    if (!lost.signal.aborted) lost.abort(new LockLostError(name, why));
  };
  const lease: Lease = {
    signal: lost.signal,
    assertHeld() {
      if (Date.now() >= validUntil) lose('the lease ran out before it was renewed');
      lost.signal.throwIfAborted();
    },
  };
  let renewing = false;
  const renew = async () => {
    if (renewing || lost.signal.aborted) return;
    if (Date.now() >= validUntil) return lose('the lease ran out before it was renewed');
    renewing = true;
    const sent = Date.now();
    try {
      if ((await ctx.redis.eval(RENEW, 1, k, token, leaseMs)) === 1) validUntil = sent + leaseMs;
      else lose('it expired or another holder took it');
    } catch {
      // Redis did not answer: the next tick tries again, until the lease runs out.
    } finally {
      renewing = false;
    }
  };
  const timer = setInterval(() => void renew(), Math.max(1, Math.floor(leaseMs / 3)));
  try {
    return await fn(lease);
  } finally {
    clearInterval(timer);
    await ctx.redis.eval(RELEASE, 1, k, token);
  }
}
