// What the HTTP server does while Redis is away: answer at once with 503 and Retry-After, never wait for it.
// Commands of the server's own connection fail at once while it is down (store/redis.ts, createRequestRedis);
// a connection that queues commands until Redis is back (tests', or a hung Redis) is cut short by a deadline
// per request. Either way the next request after Redis returns is answered normally, without a restart.
import type { Redis } from 'ioredis';
import { HttpError } from './respond.js';

/** Seconds a client is asked to wait: the connection retries every few seconds (store/redis.ts). */
export const REDIS_RETRY_AFTER_S = 5;
/** The header every answer that Redis's absence made sends. */
export const RETRY_AFTER: Readonly<Record<string, string>> = { 'retry-after': String(REDIS_RETRY_AFTER_S) };
/** Longest a request may wait for its answer; the backtest (/api/try) reads many articles, so it gets more. */
export const REQUEST_DEADLINE_MS = 15_000;
export const TRY_DEADLINE_MS = 60_000;

export function redisUp(redis: Redis): boolean {
  return redis.status === 'ready';
}

export function redisUnreachable(): HttpError {
  return new HttpError(
    503,
    `Redis is unreachable, and this answer needs it; try again in ${REDIS_RETRY_AFTER_S} s (the server reconnects by itself)`,
    RETRY_AFTER,
  );
}

export function tooSlow(ms: number): HttpError {
  return new HttpError(503, `no answer within ${ms / 1000} s (Redis is slow or busy); try again shortly`, RETRY_AFTER);
}

/**
 * ioredis's ways of saying the connection is not there: offline queue off, the connection dropped under a
 * command, a command past its timeout, or a socket error passed through.
 */
export function isRedisUnavailable(err: unknown): boolean {
  if (!(err instanceof Error)) return false;
  if (err.name === 'MaxRetriesPerRequestError') return true;
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'ECONNREFUSED' || code === 'ECONNRESET' || code === 'EPIPE' || code === 'ETIMEDOUT') return true;
  return /enableOfflineQueue|Connection is closed|Command timed out|Stream isn't writeable/.test(err.message);
}
