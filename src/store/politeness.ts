// Per-host politeness shared by every worker on one Redis: a token bucket caps the request rate and a
// semaphore of leases caps concurrent requests. Both are checked and taken in one Lua script, so two
// workers never take the last slot or token together. Leases carry an expiry (a sorted set scored by it),
// so a killed worker's slot frees itself after leaseMs instead of blocking the host forever. Redis' own
// clock (TIME) is used, so workers' clocks need not agree. The two keys share a hash tag: one script
// touches both, which Redis Cluster only allows within one slot.
import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import { key, type StoreCtx } from './context.js';
import { luaCommand } from './lua-command.js';

export interface HostLimits {
  /** Requests in flight to this host at once, across all workers. */
  concurrency: number;
  /** Requests started per second to this host, across all workers (bursts up to max(1, rate)). */
  ratePerSec: number;
  /** How long a slot is held at most; longer than the request's own deadline. */
  leaseMs: number;
}

export type HostSlot =
  { ok: true; release(): Promise<void> } | { ok: false; retryInMs: number; reason: 'concurrency' | 'rate' };

const ACQUIRE = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local concurrency = tonumber(ARGV[1])
local rate = tonumber(ARGV[2])
local leaseMs = tonumber(ARGV[3])
local burst = math.max(1, rate)

redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', now)
if redis.call('ZCARD', KEYS[2]) >= concurrency then
  local first = redis.call('ZRANGE', KEYS[2], 0, 0, 'WITHSCORES')
  return {0, tonumber(first[2]) - now, 'concurrency'}
end

local b = redis.call('HMGET', KEYS[1], 'tokens', 'ts')
local tokens = tonumber(b[1]) or burst
local ts = tonumber(b[2]) or now
if now > ts then tokens = math.min(burst, tokens + (now - ts) * rate / 1000) end
local ttl = math.ceil(burst * 1000 / rate) + 1000
if tokens < 1 then
  redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'ts', now)
  redis.call('PEXPIRE', KEYS[1], ttl)
  return {0, math.ceil((1 - tokens) * 1000 / rate), 'rate'}
end
redis.call('HSET', KEYS[1], 'tokens', tostring(tokens - 1), 'ts', now)
redis.call('PEXPIRE', KEYS[1], ttl)
redis.call('ZADD', KEYS[2], now + leaseMs, ARGV[4])
redis.call('PEXPIRE', KEYS[2], leaseMs + 1000)
return {1, 0, 'ok'}
`;

interface PolitenessCommands {
  deltafeedAcquireHost(
    bucketKey: string,
    leasesKey: string,
    concurrency: number,
    ratePerSec: number,
    leaseMs: number,
    leaseId: string,
  ): Promise<[number, number, string]>;
}

const commands = (redis: Redis) => luaCommand<PolitenessCommands>(redis, 'deltafeedAcquireHost', 2, ACQUIRE);

function hostKeys(ctx: StoreCtx, host: string): { bucket: string; leases: string } {
  const tag = `{${host.toLowerCase()}}`;
  return { bucket: key(ctx, 'host', tag, 'bucket'), leases: key(ctx, 'host', tag, 'leases') };
}

/** How long to wait while the host is at its concurrency: a slot usually frees when a request ends. */
const CONCURRENCY_POLL_MS = 250;

/**
 * Take a slot for one request to `host`. When not ok, the caller (a BullMQ worker) moves its job to
 * delayed for retryInMs (jittered here so waiting jobs do not all return together). Call release() when
 * the request is over, whatever its outcome; an unreleased slot expires after leaseMs.
 */
export async function acquireHost(ctx: StoreCtx, host: string, limits: HostLimits): Promise<HostSlot> {
  if (!(limits.concurrency >= 1) || !(limits.ratePerSec > 0) || !(limits.leaseMs > 0)) {
    throw new RangeError(`invalid host limits ${JSON.stringify(limits)}`);
  }
  const keys = hostKeys(ctx, host);
  const leaseId = randomUUID();
  const [ok, waitMs, reason] = await commands(ctx.redis).deltafeedAcquireHost(
    keys.bucket,
    keys.leases,
    Math.floor(limits.concurrency),
    limits.ratePerSec,
    Math.ceil(limits.leaseMs),
    leaseId,
  );
  if (ok === 1) {
    let released = false;
    return {
      ok: true,
      release: async () => {
        if (released) return;
        released = true;
        await ctx.redis.zrem(keys.leases, leaseId);
      },
    };
  }
  const base = reason === 'concurrency' ? Math.min(Math.max(waitMs, 1), CONCURRENCY_POLL_MS) : Math.max(waitMs, 1);
  return {
    ok: false,
    retryInMs: Math.ceil(base * (1 + Math.random() * 0.25)),
    reason: reason === 'concurrency' ? 'concurrency' : 'rate',
  };
}

/** Requests currently holding a slot for `host` (expired leases excluded); for the dashboard and tests. */
export async function hostInFlight(ctx: StoreCtx, host: string): Promise<number> {
  const { leases } = hostKeys(ctx, host);
  const [sec, micro] = await ctx.redis.time();
  const now = Number(sec) * 1000 + Math.floor(Number(micro) / 1000);
  return ctx.redis.zcount(leases, `(${now}`, '+inf');
}
