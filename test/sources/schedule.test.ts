import { describe, expect, it } from 'vitest';
import { cacheControlMaxAgeMs, nextPollDelay, recheckDelay } from '../../src/sources/schedule.js';

const MIN = 60_000;
const H = 60 * MIN;
const base = { everyMs: 5 * MIN, consecutiveFailures: 0, maxBackoffMs: 24 * H };

describe('nextPollDelay', () => {
  it('polls at the interval after a success or a 304', () => {
    expect(nextPollDelay({ ...base, status: 200 })).toBe(5 * MIN);
    expect(nextPollDelay({ ...base, status: 304 })).toBe(5 * MIN);
  });

  it('waits longer when Cache-Control max-age says so, never shorter, and within the cap', () => {
    expect(nextPollDelay({ ...base, status: 200, cacheControlMaxAge: 1800_000 })).toBe(30 * MIN);
    expect(nextPollDelay({ ...base, status: 200, cacheControlMaxAge: 60_000 })).toBe(5 * MIN);
    expect(nextPollDelay({ ...base, status: 200, cacheControlMaxAge: 7 * 24 * H })).toBe(24 * H);
  });

  it('backs off exponentially on errors, capped, and resets on success', () => {
    const delays = [1, 2, 3, 4, 10, 60].map((n) => nextPollDelay({ ...base, status: 500, consecutiveFailures: n }));
    expect(delays).toEqual([5 * MIN, 10 * MIN, 20 * MIN, 40 * MIN, 24 * H, 24 * H]);
    expect(nextPollDelay({ ...base, status: 'TIMEOUT', consecutiveFailures: 2 })).toBe(10 * MIN);
    expect(nextPollDelay({ ...base, status: 200, consecutiveFailures: 0 })).toBe(5 * MIN);
  });

  it('honours Retry-After on 429 and 503 only', () => {
    expect(nextPollDelay({ ...base, status: 429, consecutiveFailures: 1, retryAfterMs: 2 * H })).toBe(2 * H);
    expect(nextPollDelay({ ...base, status: 503, consecutiveFailures: 1, retryAfterMs: 2 * H })).toBe(2 * H);
    expect(nextPollDelay({ ...base, status: 500, consecutiveFailures: 1, retryAfterMs: 2 * H })).toBe(5 * MIN);
    expect(nextPollDelay({ ...base, status: 429, consecutiveFailures: 1, retryAfterMs: 10 * 24 * H })).toBe(24 * H);
    expect(nextPollDelay({ ...base, status: 429, consecutiveFailures: 4, retryAfterMs: 1000 })).toBe(40 * MIN);
  });
});

describe('cacheControlMaxAgeMs', () => {
  it('reads max-age and ignores no-store/no-cache', () => {
    expect(cacheControlMaxAgeMs('public, max-age=600')).toBe(600_000);
    expect(cacheControlMaxAgeMs('s-maxage=5, max-age="90"')).toBe(90_000);
    expect(cacheControlMaxAgeMs('no-cache, max-age=600')).toBeNull();
    expect(cacheControlMaxAgeMs('s-maxage=600')).toBeNull();
    expect(cacheControlMaxAgeMs(undefined)).toBeNull();
  });
});

describe('recheckDelay', () => {
  const ladder = [15 * MIN, 1 * H, 6 * H, 24 * H, 72 * H];
  it('walks the ladder as offsets from first seen', () => {
    expect([0, 1, 2, 3, 4].map((s) => recheckDelay(s, ladder))).toEqual([15 * MIN, 45 * MIN, 5 * H, 18 * H, 48 * H]);
    expect(recheckDelay(5, ladder)).toBeNull();
    expect(recheckDelay(-1, ladder)).toBeNull();
  });
  it('absorbs lateness when told how long ago the article was first seen', () => {
    expect(recheckDelay(1, ladder, 20 * MIN)).toBe(40 * MIN);
    expect(recheckDelay(1, ladder, 2 * H)).toBe(0);
  });
});
