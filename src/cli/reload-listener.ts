// How a running process takes a reload: on a request (from `deltafeed reload`, or any process's SIGHUP) it
// re-reads its own config file, validates it as at start-up, and either switches to it or refuses it and keeps
// the one it runs; either way it answers in Redis so the requester can say which processes did what.
// Requests are handled one at a time, in order.
import { hostname } from 'node:os';
import { randomUUID } from 'node:crypto';
import { loadConfigFile, type Config } from '../config/load.js';
import { describeChanges, diffConfig, hasChanges, liveConfig, type ConfigChanges } from '../config/changes.js';
import { ConfigError } from '../errors.js';
import type { Logger } from '../log.js';
import type { StoreCtx } from '../store/context.js';
import { answerReload, publishReload, subscribeReloads, type ReloadAnswer } from '../store/reload.js';
import { errorKind, throttledWarn } from '../util/log-throttle.js';

export interface ReloadTarget {
  /** The config the process runs now. */
  running(): Config;
  /** Switch to `next`; returns what changed. */
  apply(next: Config): Promise<ConfigChanges>;
}

export interface ReloadListener {
  /** This process's name in answers: host:pid. */
  id: string;
  /** Ask every process on this Redis to reload (SIGHUP); reloads this one alone when Redis cannot be reached. */
  requestAll(): Promise<void>;
  close(): void;
}

export async function listenForReloads(opts: {
  file: string;
  /** The config as read from the file at start-up (before a private Redis replaced its URL, say). */
  started: Config;
  roles: string[];
  ctx: StoreCtx;
  log: Logger;
  target: ReloadTarget;
}): Promise<ReloadListener> {
  const id = `${hostname()}:${process.pid}`;
  const { log, ctx } = opts;
  let chain: Promise<void> = Promise.resolve();

  async function handle(requestId: string): Promise<void> {
    const answer = await reloadOnce();
    log[answer.result === 'refused' ? 'error' : 'info'](
      { request: requestId, result: answer.result, changes: answer.lines },
      answer.result === 'refused' ? 'config reload refused; the running config stays' : 'config reloaded',
    );
    await answerReload(ctx, requestId, answer).catch((err: Error) =>
      log.warn({ err: err.message }, 'could not record the reload answer'),
    );
  }

  async function reloadOnce(): Promise<ReloadAnswer> {
    const base = { process: id, roles: opts.roles, at: new Date().toISOString() };
    let loaded: Config;
    try {
      loaded = loadConfigFile(opts.file);
    } catch (err) {
      const lines = err instanceof ConfigError ? err.problems : [(err as Error).message];
      return { ...base, result: 'refused', lines: [`${opts.file}: invalid configuration:`, ...lines] };
    }
    const running = opts.target.running();
    // Live settings against what runs; restart-only ones against the file as it was at start-up.
    const changes = diffConfig(liveConfig(opts.started, running), loaded);
    if (!hasChanges(changes)) return { ...base, result: 'unchanged', lines: ['no changes'] };
    try {
      await opts.target.apply(liveConfig(running, loaded));
    } catch (err) {
      return { ...base, result: 'refused', lines: [`could not apply the new config: ${(err as Error).message}`] };
    }
    return { ...base, result: 'reloaded', lines: describeChanges(changes) };
  }

  const enqueue = (requestId: string) => {
    chain = chain.then(() => handle(requestId)).catch((err: Error) => log.error({ err: err.message }, 'reload failed'));
  };
  // While Redis is away its connection reports every reconnect attempt: once, then every 30 s, as app.ts does.
  const warnRepeated = throttledWarn(log);
  const unsubscribe = await subscribeReloads(
    ctx,
    (req) => enqueue(req.id),
    (err) => warnRepeated(`reload:${errorKind(err)}`, { err: err.message }, 'reload subscription error (retrying)'),
  );

  return {
    id,
    async requestAll() {
      const requestId = randomUUID();
      try {
        await publishReload(ctx, { id: requestId, from: id });
      } catch (err) {
        log.warn({ err: (err as Error).message }, 'could not reach the other processes; reloading this one only');
        enqueue(requestId);
      }
    },
    close: unsubscribe,
  };
}
