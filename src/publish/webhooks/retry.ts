// Where a webhook delivery meets the world, decided in one place (CONTRACT §5): what an attempt's outcome
// means, and when the next attempt is. Pure.
//
// - 2xx: delivered.
// - 410 Gone: the receiver says the endpoint is gone for good: the endpoint is disabled.
// - 3xx: a failure like any other (redirects are not followed: the signature was made for this URL).
// - Anything else (other 4xx, 5xx, timeouts, network errors, refused addresses): retried on the endpoint's
//   schedule, then failed (kept, replayable).
import { parseRetryAfter } from '../../fetch/retry-after.js';

/** What one attempt came to: an HTTP answer, or no answer. */
export type AttemptResult =
  | { kind: 'response'; status: number; headers: Record<string, string> }
  | { kind: 'error'; code: string; message: string };

export type Classified =
  | { outcome: 'delivered'; status: number }
  | { outcome: 'disable'; status: number; reason: string }
  | { outcome: 'retry'; status: number | null; reason: string; retryAfterMs: number | null };

/** Jitter adds up to this share of a step's delay; it never shortens the configured schedule. */
export const JITTER = 0.2;
/** A receiver's Retry-After is honoured up to this long; longer asks are clipped rather than obeyed blindly. */
export const MAX_RETRY_AFTER_MS = 24 * 3_600_000;

export function classifyAttempt(r: AttemptResult, now: number = Date.now()): Classified {
  if (r.kind === 'error')
    return { outcome: 'retry', status: null, reason: `${r.code}: ${r.message}`, retryAfterMs: null };
  const { status } = r;
  if (status >= 200 && status < 300) return { outcome: 'delivered', status };
  if (status === 410)
    return { outcome: 'disable', status, reason: `endpoint answered 410 Gone at ${new Date(now).toISOString()}` };
  const retryAfter = parseRetryAfter(r.headers['retry-after'], now);
  const reason =
    status >= 300 && status < 400
      ? `HTTP ${status} redirect${r.headers.location ? ` to ${r.headers.location}` : ''} (not followed)`
      : `HTTP ${status}`;
  return { outcome: 'retry', status, reason, retryAfterMs: retryAfter ?? null };
}

/**
 * Milliseconds until the next attempt after `attemptsMade` attempts (1 = the first one just failed), or null
 * when the schedule is used up. Step k waits schedule[k-1] plus up to JITTER of it, and at least what the
 * receiver asked for in Retry-After (clipped to MAX_RETRY_AFTER_MS).
 */
export function nextRetryDelay(
  schedule: readonly number[],
  attemptsMade: number,
  retryAfterMs: number | null,
  random: () => number = Math.random,
): number | null {
  const step = schedule[attemptsMade - 1];
  if (attemptsMade < 1 || step === undefined) return null;
  const jittered = Math.round(step * (1 + JITTER * random()));
  return retryAfterMs === null ? jittered : Math.max(jittered, Math.min(retryAfterMs, MAX_RETRY_AFTER_MS));
}

/** The shortest time from the first attempt to the last one the schedule allows (jitter only adds). */
export function scheduleSpan(schedule: readonly number[]): number {
  return schedule.reduce((a, b) => a + b, 0);
}
