// When no Redis answers and redis-server is installed, `run` and `demo` may start a private one, with its
// data under ./data/redis (AOF on), and say so. It stops with the process.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { pingRedis } from './redis.js';

export interface PrivateRedis {
  url: string;
  stop(): void;
}

export async function freePort(): Promise<number> {
  return new Promise((res, rej) => {
    const s = createServer();
    s.once('error', rej);
    s.listen(0, '127.0.0.1', () => {
      const addr = s.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      s.close(() => res(port));
    });
  });
}

export function redisServerOnPath(): boolean {
  return (process.env.PATH ?? '').split(':').some((dir) => dir && existsSync(resolve(dir, 'redis-server')));
}

/** AOF on and RDB snapshots off, as in docker-compose.yml; no eviction, since a queue must not lose jobs. */
export function redisServerArgs(
  port: number,
  dir: string,
  appendfsync: 'always' | 'everysec' | 'no' = 'everysec',
): string[] {
  return [
    '--port',
    String(port),
    '--bind',
    '127.0.0.1',
    '--dir',
    dir,
    '--appendonly',
    'yes',
    '--appendfsync',
    appendfsync,
    '--save',
    '',
    '--maxmemory-policy',
    'noeviction',
  ];
}

export async function startPrivateRedis(dataDir = 'data/redis'): Promise<PrivateRedis> {
  const dir = resolve(dataDir);
  mkdirSync(dir, { recursive: true });
  const port = await freePort();
  const child: ChildProcess = spawn('redis-server', redisServerArgs(port, dir), { stdio: 'ignore' });
  const url = `redis://127.0.0.1:${port}`;
  const deadline = Date.now() + 10_000;
  for (;;) {
    try {
      await pingRedis(url, 500);
      break;
    } catch (err) {
      if (Date.now() > deadline || child.exitCode !== null) {
        child.kill();
        throw err;
      }
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  const stop = () => {
    if (child.exitCode === null) child.kill('SIGTERM');
  };
  process.once('exit', stop);
  return { url, stop };
}
