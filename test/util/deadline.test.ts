import { describe, expect, it } from 'vitest';
import { settledWithin } from '../../src/util/deadline.js';

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
