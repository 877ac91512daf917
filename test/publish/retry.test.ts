// Outcome classification and the retry schedule (CONTRACT §5).
import { describe, expect, test } from 'vitest';
import { configSchema } from '../../src/config/schema.js';
import {
  classifyAttempt,
  JITTER,
  MAX_RETRY_AFTER_MS,
  nextRetryDelay,
  scheduleSpan,
} from '../../src/publish/webhooks/retry.js';

const res = (status: number, headers: Record<string, string> = {}) => ({ kind: 'response' as const, status, headers });

describe('classifyAttempt', () => {
  test('2xx is delivered, 410 disables, everything else retries', () => {
    expect(classifyAttempt(res(200)).outcome).toBe('delivered');
    expect(classifyAttempt(res(204)).outcome).toBe('delivered');
    expect(classifyAttempt(res(410)).outcome).toBe('disable');
    for (const s of [301, 302, 307, 400, 401, 404, 429, 500, 502, 503])
      expect(classifyAttempt(res(s)).outcome).toBe('retry');
    expect(classifyAttempt({ kind: 'error', code: 'TIMEOUT', message: 'timed out' })).toMatchObject({
      outcome: 'retry',
      status: null,
      reason: 'TIMEOUT: timed out',
    });
  });

  test('a redirect says it was not followed', () => {
    expect(classifyAttempt(res(302, { location: 'http://elsewhere/' }))).toMatchObject({
      outcome: 'retry',
      status: 302,
      reason: 'HTTP 302 redirect to http://elsewhere/ (not followed)',
    });
  });

  test('Retry-After in seconds or as a date', () => {
    const now = Date.parse('2024-12-03T14:05:00Z');
    expect(classifyAttempt(res(429, { 'retry-after': '120' }), now)).toMatchObject({ retryAfterMs: 120_000 });
    expect(classifyAttempt(res(503, { 'retry-after': 'Tue, 03 Dec 2024 14:06:00 GMT' }), now)).toMatchObject({
      retryAfterMs: 60_000,
    });
    expect(classifyAttempt(res(503, { 'retry-after': 'soon' }), now)).toMatchObject({ retryAfterMs: null });
  });
});

describe('nextRetryDelay', () => {
  const schedule = [1000, 10_000, 60_000];

  test('follows the schedule, then gives up', () => {
    expect(nextRetryDelay(schedule, 1, null, () => 0)).toBe(1000);
    expect(nextRetryDelay(schedule, 2, null, () => 0)).toBe(10_000);
    expect(nextRetryDelay(schedule, 3, null, () => 0)).toBe(60_000);
    expect(nextRetryDelay(schedule, 4, null, () => 0)).toBeNull();
  });

  test('jitter only adds, at most JITTER of the step', () => {
    expect(nextRetryDelay(schedule, 2, null, () => 0.999_999)).toBe(Math.round(10_000 * (1 + JITTER * 0.999_999)));
    const seen = new Set(Array.from({ length: 50 }, () => nextRetryDelay(schedule, 2, null)));
    expect(seen.size).toBeGreaterThan(1);
    for (const d of seen) expect(d).toBeGreaterThanOrEqual(10_000);
  });

  test('Retry-After wins when longer, and is clipped', () => {
    expect(nextRetryDelay(schedule, 1, 30_000, () => 0)).toBe(30_000);
    expect(nextRetryDelay(schedule, 2, 5_000, () => 0)).toBe(10_000);
    expect(nextRetryDelay(schedule, 1, 7 * 86_400_000, () => 0)).toBe(MAX_RETRY_AFTER_MS);
  });

  test('the default schedule retries for at least 24 hours', () => {
    const defaults = configSchema.parse({ webhooks: [{ id: 'w', url: 'https://x.test/', secret: 'whsec_x' }] })
      .webhooks[0];
    expect(scheduleSpan(defaults?.retrySchedule ?? [])).toBeGreaterThanOrEqual(24 * 3_600_000);
    expect(defaults?.timeout).toBe(15_000);
  });
});
