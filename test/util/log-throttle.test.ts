import { describe, expect, it } from 'vitest';
import type { Logger } from '../../src/log.js';
import { errorKind, throttledWarn } from '../../src/util/log-throttle.js';

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

  it('keys an outage as one kind, whatever a connection says of it, and other errors by their message', () => {
    const { log, lines } = recorder();
    const warn = throttledWarn(log, 30_000, () => 0);
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:6379'), { code: 'ECONNREFUSED' });
    const errors = [
      refused,
      new Error('Connection is closed.'),
      new Error('read ECONNRESET'),
      new Error('write EPIPE'),
    ];
    for (const err of errors) warn(`worker:hook-1:${errorKind(err)}`, { err: err.message }, 'delivery worker error');
    expect(lines).toEqual([{ fields: { err: refused.message }, msg: 'delivery worker error' }]);
    // Not a lost connection: its own kind, logged at once.
    const other = new Error('Missing lock for job 7. moveToFinished');
    warn(`worker:hook-1:${errorKind(other)}`, { err: other.message }, 'delivery worker error');
    expect(lines).toHaveLength(2);
    expect(errorKind(other)).toBe(other.message);
    expect(errorKind(new Error('ERR unknown command'))).toBe('ERR unknown command');
    expect(errorKind(new Error('EXECABORT Transaction discarded'))).toBe('EXECABORT Transaction discarded');
  });
});
