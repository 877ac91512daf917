// Redis connections. Workers need maxRetriesPerRequest: null (BullMQ blocks on them); every connection
// retries forever with capped backoff, so a restarted Redis is reconnected to instead of exiting.
import { Redis, type RedisOptions } from 'ioredis';
import { RedisUnavailableError } from '../errors.js';

export function createRedis(url: string, opts: RedisOptions = {}): Redis {
  return new Redis(url, {
    maxRetriesPerRequest: null,
    enableReadyCheck: true,
    retryStrategy: (times) => Math.min(200 * times, 3000),
    lazyConnect: false,
    ...opts,
  });
}

/** Longest a request-serving command may wait for Redis's answer. */
export const REQUEST_COMMAND_TIMEOUT_MS = 10_000;

/**
 * The HTTP server's connection: while Redis is down its commands fail at once instead of queueing until it is
 * back (the API answers 503, http/redis-down.ts), and a command Redis does not answer in time fails too. It
 * reconnects in the background like every other connection.
 */
export function createRequestRedis(url: string): Redis {
  return createRedis(url, {
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    commandTimeout: REQUEST_COMMAND_TIMEOUT_MS,
  });
}

/** Reach Redis once, quickly; throws RedisUnavailableError with a how-to message. */
export async function pingRedis(url: string, timeoutMs = 3000): Promise<void> {
  const r = new Redis(url, {
    lazyConnect: true,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
    connectTimeout: timeoutMs,
    enableOfflineQueue: false,
  });
  r.on('error', () => undefined);
  try {
    await r.connect();
    await r.ping();
  } catch (err) {
    throw new RedisUnavailableError(url, err);
  } finally {
    r.disconnect();
  }
}

/**
 * Calls `onLost` once the connection has been away (not ready) for `graceMs` in a row: for commands that must
 * not sit waiting for a Redis that went away (every command of ours queues until it is back). Returns a stop.
 */
export function watchRedisLoss(redis: { status: string }, graceMs: number, onLost: () => void): () => void {
  let downSince: number | null = null;
  const timer = setInterval(() => {
    if (redis.status === 'ready') {
      downSince = null;
      return;
    }
    downSince ??= Date.now();
    if (Date.now() - downSince >= graceMs) {
      clearInterval(timer);
      onLost();
    }
  }, 250);
  timer.unref();
  return () => clearInterval(timer);
}
