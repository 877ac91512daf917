// `deltafeed run --role all|api|worker|scheduler`: the long-running service. SIGTERM/SIGINT stop taking jobs,
// let active ones finish (or hand them back), close connections, and exit 0 within 30 s. SIGHUP reloads the
// config in every process on the same Redis (reload-listener.ts).
import type { Server } from 'node:http';
import { createApp, type Role } from '../app.js';
import { createLogger } from '../log.js';
import { createHttpServer, listen, type HttpDeps } from '../http/server.js';
import { ExitError, ensureRedis, loadConfigOrExit } from './common.js';
import { resolveConfigPath, type Config } from '../config/load.js';
import type { StoreCtx } from '../store/context.js';
import { listenForReloads, type ReloadTarget } from './reload-listener.js';
import { once } from 'node:events';
import type { Redis } from 'ioredis';
import { createRequestRedis } from '../store/redis.js';
import { settledWithin } from '../util/deadline.js';

const ROLES: Record<string, Role[]> = {
  all: ['api', 'worker', 'scheduler'],
  api: ['api'],
  worker: ['worker'],
  scheduler: ['scheduler'],
};
const SHUTDOWN_DEADLINE = 25_000;

export async function runCommand(args: { config?: string; role?: string }): Promise<number> {
  const roles = ROLES[args.role ?? 'all'];
  if (!roles) throw new ExitError(2, `--role: expected all, api, worker or scheduler, got "${args.role}"`);
  const config = loadConfigOrExit(args.config);
  const started = structuredClone(config);
  const log = createLogger(config.log.level);
  await ensureRedis(config, { allowPrivate: true, say: (m) => log.warn(m) });
  const service = await startService(config, roles, log);
  const reloads = await listenForReloads({
    file: resolveConfigPath(args.config),
    started,
    roles,
    ctx: service.ctx,
    log,
    target: service,
  });
  // SIGHUP (kill -HUP, systemctl reload) reloads every process on this Redis, as `deltafeed reload` does.
  const onHup = () => void reloads.requestAll();
  process.on('SIGHUP', onHup);
  log.info({ roles, redis: config.redis.url, prefix: config.redis.prefix, port: service.port }, 'deltafeed running');
  await new Promise<void>((resolve) => {
    const stop = (signal: string) => {
      process.off('SIGHUP', onHup);
      reloads.close();
      log.info({ signal }, 'shutting down: no new jobs; finishing active ones');
      const hard = setTimeout(() => {
        log.warn('shutdown deadline reached; active jobs are handed back to the queue');
        resolve();
      }, SHUTDOWN_DEADLINE);
      hard.unref();
      service.close().then(
        () => {
          log.info('shut down');
          resolve();
        },
        (err: Error) => {
          log.error({ err: err.message }, 'error while shutting down');
          resolve();
        },
      );
    };
    process.once('SIGTERM', () => stop('SIGTERM'));
    process.once('SIGINT', () => stop('SIGINT'));
  });
  return 0;
}

export interface Service extends ReloadTarget {
  port: number | null;
  ctx: StoreCtx;
  close(): Promise<void>;
}

export async function startService(
  config: Config,
  roles: Role[],
  log = createLogger(config.log.level),
): Promise<Service> {
  const app = createApp(config, { roles, logger: log });
  await app.start();
  let server: Server | null = null;
  let port: number | null = null;
  let http: HttpDeps | null = null;
  let requestRedis: Redis | null = null;
  if (roles.includes('api')) {
    requestRedis = createRequestRedis(config.redis.url);
    // Its errors while Redis is away are the app connection's too, and logged there.
    requestRedis.on('error', () => undefined);
    // Commands fail until it is connected: be connected before the first request, or go on after a while.
    await settledWithin(once(requestRedis, 'ready'), 5000);
    http = {
      config,
      ctx: { redis: requestRedis, prefix: app.ctx.prefix },
      log,
      metrics: app.metrics,
      enqueue: app.deps.enqueue,
      refreshGauges: async () => {
        for (const [name, q] of Object.entries(app.queues)) {
          const counts = await q.getJobCounts('waiting', 'active', 'delayed', 'failed');
          for (const [state, n] of Object.entries(counts)) app.metrics.queueDepth.set({ queue: name, state }, n);
        }
      },
    };
    server = createHttpServer(http);
    port = await listen(server, config.http.port, config.http.host);
  }
  return {
    port,
    ctx: app.ctx,
    running: () => app.config,
    async apply(next) {
      const changes = await app.reload(next);
      // The server reads its deps' config on every request: the next request sees the new one.
      if (http) http.config = next;
      return changes;
    },
    async close() {
      if (server) {
        server.closeAllConnections();
        await new Promise<void>((r) => server?.close(() => r()));
      }
      requestRedis?.disconnect();
      await app.close();
    },
  };
}
