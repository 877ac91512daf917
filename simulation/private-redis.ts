// A private redis-server in a temporary directory, with AOF as in docker-compose.yml, that can be killed
// (SIGKILL: a crash) and started again on the same port and data directory. For the Redis-restart fault
// test and for the benchmark (whose INFO memory figures must not include other tenants' keys).
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, redisServerArgs } from '../src/store/local-redis.js';
import { pingRedis } from '../src/store/redis.js';

export interface PrivateRedisServer {
  url: string;
  port: number;
  dir: string;
  pid(): number | undefined;
  /** SIGKILL and wait for the exit. */
  crash(): Promise<void>;
  /** Start again on the same port and directory; resolves when it answers PING (after loading the AOF). */
  start(): Promise<void>;
  /** SIGTERM, wait, remove the directory. */
  destroy(): Promise<void>;
}

export { freePort };

/** Answers PING (a LOADING error while the AOF is read back counts as not yet). */
async function answers(url: string): Promise<boolean> {
  return pingRedis(url, 500).then(
    () => true,
    () => false,
  );
}

export async function startPrivateRedisServer(
  opts: { appendfsync?: 'always' | 'everysec' | 'no' } = {},
): Promise<PrivateRedisServer> {
  const dir = mkdtempSync(join(tmpdir(), 'deltafeed-redis-'));
  const port = await freePort();
  const url = `redis://127.0.0.1:${port}`;
  let child: ChildProcess | null = null;
  let exited: Promise<void> = Promise.resolve();
  const args = redisServerArgs(port, dir, opts.appendfsync);

  const server: PrivateRedisServer = {
    url,
    port,
    dir,
    pid: () => child?.pid,
    async start() {
      const c = spawn('redis-server', args, { stdio: 'ignore' });
      child = c;
      exited = new Promise((resolve) => c.once('exit', () => resolve()));
      const deadline = Date.now() + 15_000;
      while (!(await answers(url))) {
        if (c.exitCode !== null || Date.now() > deadline) throw new Error(`redis-server on port ${port} did not start`);
        await new Promise((r) => setTimeout(r, 50));
      }
    },
    async crash() {
      child?.kill('SIGKILL');
      await exited;
    },
    async destroy() {
      if (child && child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
      rmSync(dir, { recursive: true, force: true });
    },
  };
  await server.start();
  return server;
}
