// `deltafeed run --role all|api|worker|scheduler`: the long-running service. SIGTERM/SIGINT stop taking jobs,
// let active ones finish (or hand them back), close connections, and exit 0 within 30 s.
import type { Server } from 'node:http';
import { createApp, type Role } from '../app.js';
import { createLogger } from '../log.js';
import { createHttpServer, listen } from '../http/server.js';
import { ExitError, ensureRedis, loadConfigOrExit } from './common.js';
import type { Config } from '../config/load.js';

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
  const log = createLogger(config.log.level);
  await ensureRedis(config, { allowPrivate: true, say: (m) => log.warn(m) });
  const service = await startService(config, roles, log);
  log.info({ roles, redis: config.redis.url, prefix: config.redis.prefix, port: service.port }, 'deltafeed running');
  await new Promise<void>((resolve) => {
    const stop = (signal: string) => {
      log.info({ signal }, 'shutting down: no new jobs; finishing active ones');
      const hard = setTimeout(() => {
        log.warn('shutdown deadline reached; active jobs are handed back to the queue');
        resolve();
      }, SHUTDOWN_DEADLINE);
      hard.unref();
      service.close().then(resolve, (err: Error) => {
        log.error({ err: err.message }, 'error while shutting down');
        resolve();
      });
    };
    process.once('SIGTERM', () => stop('SIGTERM'));
    process.once('SIGINT', () => stop('SIGINT'));
  });
  return 0;
}

export interface Service {
  port: number | null;
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
  if (roles.includes('api')) {
    server = createHttpServer({
      config,
      ctx: app.ctx,
      log,
      metrics: app.metrics,
      enqueue: app.deps.enqueue,
      refreshGauges: async () => {
        for (const [name, q] of Object.entries(app.queues)) {
          const counts = await q.getJobCounts('waiting', 'active', 'delayed', 'failed');
          for (const [state, n] of Object.entries(counts)) app.metrics.queueDepth.set({ queue: name, state }, n);
        }
      },
    });
    port = await listen(server, config.http.port, config.http.host);
  }
  return {
    port,
    async close() {
      if (server) {
        server.closeAllConnections();
        await new Promise<void>((r) => server?.close(() => r()));
      }
      await app.close();
    },
  };
}
