// While Redis is away, every connection, queue and worker reports each failed reconnect: dozens of identical
// lines a second that bury everything else. The first of a kind is logged at once, then at most one per
// interval, carrying how many were left out since.
import type { Logger } from '../log.js';

export type ThrottledWarn = (key: string, fields: Record<string, unknown>, msg: string) => void;

export function throttledWarn(log: Logger, everyMs = 30_000, now: () => number = Date.now): ThrottledWarn {
  const seen = new Map<string, { at: number; suppressed: number }>();
  return (key, fields, msg) => {
    const t = now();
    const s = seen.get(key);
    if (s && t - s.at < everyMs) {
      s.suppressed += 1;
      return;
    }
    log.warn(s?.suppressed ? { ...fields, suppressed: s.suppressed } : fields, msg);
    seen.set(key, { at: t, suppressed: 0 });
  };
}

// Codes and messages that all mean "the connection to Redis is down": while it is, one connection reports
// ECONNREFUSED on each retry, and the command that was in flight when it dropped reports "Connection is
// closed." or a reset. Throttled as one kind, an outage gives one line per worker, not one per wording.
const CONNECTION_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);
const CONNECTION_MESSAGE = /^(?:Connection is closed|Stream isn't writeable|Reached the max retries per request)/;

/** The throttling kind of an error: "connection" for every sign of a lost Redis connection, else its message. */
export function errorKind(err: Error & { code?: unknown }): string {
  // ioredis does not always carry the code over onto the error it re-emits; its message still names it.
  const code = typeof err.code === 'string' ? err.code : /\b(E[A-Z]{3,})\b/.exec(err.message)?.[1];
  if (code && CONNECTION_CODES.has(code)) return 'connection';
  if (CONNECTION_MESSAGE.test(err.message)) return 'connection';
  return err.message;
}
