import { describe, expect, it } from 'vitest';
import type { Logger } from '../../src/log.js';
import { throttledWarn } from '../../src/util/log-throttle.js';

function recorder() {
  const lines: { fields: Record<string, unknown>; msg: string }[] = [];
  const log = {
    warn: (fields: Record<string, unknown>, msg: string) => lines.push({ fields, msg }),
  } as unknown as Logger;
  return { log, lines };
}

describe('throttledWarn', () => {
  it('logs the first of a kind, then one per interval with the count left out', () => {
    const { log, lines } = recorder();
    let t = 0;
    const warn = throttledWarn(log, 1000, () => t);
    for (let i = 0; i < 5; i++) warn('worker:poll:ECONNREFUSED', { queue: 'poll' }, 'worker error');
    expect(lines).toEqual([{ fields: { queue: 'poll' }, msg: 'worker error' }]);
    t = 1000;
    warn('worker:poll:ECONNREFUSED', { queue: 'poll' }, 'worker error');
    expect(lines[1]).toEqual({ fields: { queue: 'poll', suppressed: 4 }, msg: 'worker error' });
  });

  it('keeps kinds apart: another key is logged at once', () => {
    const { log, lines } = recorder();
    const warn = throttledWarn(log, 1000, () => 0);
    warn('a', {}, 'one');
    warn('b', {}, 'two');
    warn('a', {}, 'one');
    expect(lines.map((l) => l.msg)).toEqual(['one', 'two']);
  });
});
