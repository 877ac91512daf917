import { describe, expect, it } from 'vitest';
import { CLOSE_WAIT_MS, CLOSE_WAIT_REDIS_DOWN_MS, closeWait, settledWithin } from '../../src/util/deadline.js';

describe('settledWithin', () => {
  it('says whether the work settled before the deadline, a rejection included', async () => {
    expect(await settledWithin(Promise.resolve(1), 1000)).toBe(true);
    expect(await settledWithin(Promise.reject(new Error('no')), 1000)).toBe(true);
    expect(await settledWithin(new Promise(() => undefined), 20)).toBe(false);
  });

  it('ignores a rejection that comes after the deadline', async () => {
    const late = new Promise((_, reject) => setTimeout(() => reject(new Error('late')), 40));
    expect(await settledWithin(late, 10)).toBe(false);
    await new Promise((r) => setTimeout(r, 60));
  });
});

describe('closeWait', () => {
  it('gives closing workers the full wait while Redis is connected, a short one while it is not', () => {
    expect(closeWait({ status: 'ready' })).toBe(CLOSE_WAIT_MS);
    for (const status of ['reconnecting', 'connecting', 'close', 'end'])
      expect(closeWait({ status }), status).toBe(CLOSE_WAIT_REDIS_DOWN_MS);
  });
});
