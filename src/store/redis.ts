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
