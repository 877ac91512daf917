// When to poll a source next and when to re-check an article. Pure arithmetic on what the last attempt
// returned, so the poll worker and the tests agree on it.

export interface PollOutcome {
  /** The source's configured interval. */
  everyMs: number;
  /** HTTP status of the last poll, or a non-numeric reason (e.g. 'TIMEOUT', 'NETWORK') when there was none. */
  status: number | string | null;
  /** Cache-Control max-age of the last response in MILLISECONDS (see cacheControlMaxAgeMs). */
  cacheControlMaxAge?: number | null;
  /** From Retry-After, honoured on 429 and 503. */
  retryAfterMs?: number | null;
  /** Failed polls in a row, this one included (0 after a success). */
  consecutiveFailures: number;
  /** Upper bound for any delay this function returns (e.g. 24 h). */
  maxBackoffMs: number;
}

export function isSuccessfulPoll(status: number | string | null): boolean {
  return typeof status === 'number' && ((status >= 200 && status < 300) || status === 304);
}

/** Largest exponent used, so 2^n stays finite whatever the failure count. */
const MAX_DOUBLINGS = 30;

/**
 * Delay before the next poll:
 * - success (2xx/304): the interval, or longer when Cache-Control max-age says the feed stays fresh longer
 *   (never shorter than the interval: max-age is not an invitation to poll faster);
 * - failure: the interval doubled per consecutive failure (everyMs * 2^(n-1)); the count resets on success;
 * - 429/503 with Retry-After: at least what the server asked for;
 * all capped at maxBackoffMs (but never below the interval).
 */
export function nextPollDelay(o: PollOutcome): number {
  const cap = Math.max(o.maxBackoffMs, o.everyMs);
  if (isSuccessfulPoll(o.status)) {
    const fresh = o.cacheControlMaxAge != null && o.cacheControlMaxAge > 0 ? o.cacheControlMaxAge : 0;
    return Math.min(Math.max(o.everyMs, fresh), cap);
  }
  const failures = Math.max(1, o.consecutiveFailures);
  const backoff = o.everyMs * 2 ** Math.min(failures - 1, MAX_DOUBLINGS);
  const asked =
    (o.status === 429 || o.status === 503) && o.retryAfterMs != null && o.retryAfterMs > 0 ? o.retryAfterMs : 0;
  return Math.min(Math.max(backoff, asked), cap);
}

/** max-age from a Cache-Control header, in milliseconds; null when absent or when no-store/no-cache ask for none. */
export function cacheControlMaxAgeMs(header: string | null | undefined): number | null {
  if (!header) return null;
  const h = header.toLowerCase();
  const m = /(?:^|[,\s])max-age\s*=\s*"?(\d+)"?/.exec(h);
  if (!m || /(?:^|[,\s])(?:no-store|no-cache)(?:[,\s]|$)/.test(h)) return null;
  return Number(m[1]) * 1000;
}

/**
 * Delay from the fetch of `step` (0 = the first fetch; n = the n-th re-check) to the next re-check, or null
 * when the ladder is done. The ladder holds offsets from when the article was first seen (default 15 min,
 * 1 h, 6 h, 24 h, 72 h); pass `elapsedMs` (time since first seen) to absorb queue delays.
 */
export function recheckDelay(step: number, ladderMs: readonly number[], elapsedMs?: number): number | null {
  if (!Number.isInteger(step) || step < 0 || step >= ladderMs.length) return null;
  const target = ladderMs[step] as number;
  const previous = step > 0 ? (ladderMs[step - 1] as number) : 0;
  const since = elapsedMs ?? previous;
  return Math.max(0, target - since);
}
