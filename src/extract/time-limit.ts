// Synchronous work on the caller's own thread, stopped when it runs past a time limit. The pool's threads get
// this guarantee by being replaced (pool.ts); a page cleaned on the server's main thread (extract-serve.ts)
// gets it from node:vm, whose `timeout` runs a watchdog that terminates the JavaScript running when the limit
// passes. A terminated run cannot be caught by the work's own try/catch (extractArticle catches everything
// else), so the limit holds whatever the work does. One script and one context serve every call: building a
// context costs milliseconds, a call through it a fraction of one.
import vm from 'node:vm';

const call = new vm.Script('run()');
const holder = vm.createContext({ run: null as (() => unknown) | null });

/** `fn()`'s value, or `timedOut: true` when it ran longer than `ms` and was stopped. Other errors propagate. */
export function withTimeLimit<T>(fn: () => T, ms: number): { timedOut: false; value: T } | { timedOut: true } {
  holder.run = fn;
  try {
    return { timedOut: false, value: call.runInContext(holder, { timeout: ms }) as T };
  } catch (err) {
    if ((err as { code?: unknown } | null)?.code === 'ERR_SCRIPT_EXECUTION_TIMEOUT') return { timedOut: true };
    throw err;
  } finally {
    holder.run = null;
  }
}
