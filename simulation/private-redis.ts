// A private redis-server in a temporary directory, with AOF as in docker-compose.yml, that can be killed
// (SIGKILL: a crash) and started again on the same port and data directory. For the Redis-restart fault
// test and for the benchmark (whose INFO memory figures must not include other tenants' keys).
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';

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

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const a = s.address();
      const port = typeof a === 'object' && a ? a.port : 0;
      s.close(() => resolve(port));
    });
  });
}

async function answers(url: string): Promise<boolean> {
  const r = new Redis(url, {
    lazyConnect: true,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
    connectTimeout: 500,
    enableOfflineQueue: false,
  });
  r.on('error', () => undefined);
  try {
    await r.connect();
    // LOADING errors until the AOF is read back.
    return (await r.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    r.disconnect();
  }
}

export async function startPrivateRedisServer(
  opts: { appendfsync?: 'always' | 'everysec' | 'no' } = {},
): Promise<PrivateRedisServer> {
  const dir = mkdtempSync(join(tmpdir(), 'deltafeed-redis-'));
  const port = await freePort();
  const url = `redis://127.0.0.1:${port}`;
  let child: ChildProcess | null = null;
  let exited: Promise<void> = Promise.resolve();
  const args = [
    '--port',
    String(port),
    '--bind',
    '127.0.0.1',
    '--dir',
    dir,
    '--appendonly',
    'yes',
    '--appendfsync',
    opts.appendfsync ?? 'everysec',
    '--save',
    '',
    '--maxmemory-policy',
    'noeviction',
  ];

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
