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
