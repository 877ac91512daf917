// Redis lost under a running `run` and under `once` (its own redis-server on a free port; never the shared one):
// - `run` sent SIGTERM while Redis is down exits 0 without waiting out its shutdown deadline;
// - during the outage, the webhook delivery workers, their queues and the reload listener each log their
//   reconnect errors once, whatever words the lost connection uses (refused, closed, reset: one kind) (then at most every 30 s, as the connection and stage workers do), not once per retry;
// - and with a Redis that hangs (SIGSTOP: connected, never answering; this one passes on main too);
// - `once` whose Redis goes away mid-run exits 2 (the contract's code for a connection error) with the reason;
//   on main it waited for Redis, past its --timeout, for as long as Redis stayed away.
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { startPrivateRedisServer, type PrivateRedisServer } from '../../simulation/private-redis.js';
import { startService, waitFor, type ServiceProcess } from '../../simulation/processes.js';
import { spawn } from 'node:child_process';

let redis: PrivateRedisServer;
let server: Server;
let origin: string;
const hanging: ServerResponse[] = [];
let proc: ServiceProcess | null = null;
/** A test that crashed Redis: the next one starts it again (even when the crashing test failed). */
let restart = false;

beforeAll(async () => {
  redis = await startPrivateRedisServer();
  server = createServer((req, res) => {
    if (req.url === '/hang.xml') return void hanging.push(res);
    if (req.method === 'POST') return void req.resume().on('end', () => res.writeHead(204).end());
    res.writeHead(200, { 'content-type': 'application/rss+xml' });
    res.end('<rss version="2.0"><channel><title>Quiet</title></channel></rss>');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

beforeEach(async () => {
  if (restart) await redis.start();
  restart = false;
});

afterAll(async () => {
  await proc?.stop(30_000);
  for (const res of hanging) res.destroy();
  server.closeAllConnections();
  await new Promise<void>((r) => server.close(() => r()));
  await redis?.destroy();
});

function config(prefix: string, feed: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'dftest-robust3-loss-')), 'config.yaml');
  const cfg = {
    redis: { url: redis.url, prefix },
    http: { port: 0, host: '127.0.0.1' },
    fetch: { timeout: '20s', websub: 'off' },
    sources: [{ id: 'src', url: `${origin}${feed}`, every: '10s', allowPrivateNetworks: true }],
    webhooks: [1, 2].map((n) => ({
      id: `hook-${n}`,
      url: `${origin}/hook-${n}`,
      secret: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
      allowPrivateNetworks: true,
    })),
    workers: { extractThreads: 0 },
  };
  writeFileSync(file, stringify(cfg));
  return file;
}

describe('Redis lost under run and once', () => {
  it(
    'run: reconnect errors logged once per kind; SIGTERM while Redis is down exits 0 promptly',
    { timeout: 120_000 },
    async () => {
      const p = startService({ role: 'all', config: config('dftest-robust3-run', '/quiet.xml') });
      proc = p;
      await waitFor(
        'the service to run',
        () => {
          if (p.exit) throw new Error(`run exited: ${p.other.slice(-5).join('\n')}`);
          return p.count('deltafeed running') > 0;
        },
        { timeoutMs: 30_000 },
      );
      await redis.crash();
      restart = true;
      const since = Date.now();
      // Long enough for ioredis to retry many times (200 ms, 400 ms, ... capped at 3 s).
      await new Promise((r) => setTimeout(r, 9000));
      const warnings = p.logs.filter((l) => (l.time ?? 0) >= since && (l.level ?? 0) >= 40);
      const byMsg = new Map<string, number>();
      for (const l of warnings) byMsg.set(String(l.msg), (byMsg.get(String(l.msg)) ?? 0) + 1);
      // One line per worker or queue at most: two endpoints' and the WebSub pushes' workers, the reload listener.
      for (const msg of ['delivery worker error', 'delivery queue error', 'reload subscription error (retrying)'])
        expect(
          byMsg.get(msg) ?? 0,
          `${msg}: ${JSON.stringify(warnings.filter((l) => l.msg === msg).map((l) => l.err ?? l))}`,
        ).toBeLessThanOrEqual(3);
      const stop = await p.stop(40_000);
      proc = null;
      expect(stop.code).toBe(0);
      // Nothing it waits for can answer: it must not sit out its 25 s deadline.
      expect(p.count('shutdown deadline reached; active jobs are handed back to the queue')).toBe(0);
      expect(p.count('shut down')).toBe(1);
      console.log(`SIGTERM with Redis down: exit after ${stop.ms} ms; warnings during 9 s outage:`, byMsg);
    },
  );

  it(
    'run: SIGTERM while Redis hangs (connected, never answering) exits 0 without the deadline',
    { timeout: 120_000 },
    async () => {
      const p = startService({ role: 'all', config: config('dftest-robust3-hung', '/quiet.xml') });
      proc = p;
      await waitFor(
        'the service to run',
        () => {
          if (p.exit) throw new Error(`run exited: ${p.other.slice(-5).join('\n')}`);
          return p.count('deltafeed running') > 0;
        },
        { timeoutMs: 30_000 },
      );
      const pid = redis.pid() as number;
      process.kill(pid, 'SIGSTOP');
      try {
        const stop = await p.stop(40_000);
        proc = null;
        expect(stop.code).toBe(0);
        // The connection still says "ready" here, so the closes get their full waits; they end well within them.
        expect(p.count('shutdown deadline reached; active jobs are handed back to the queue')).toBe(0);
        expect(p.count('shut down')).toBe(1);
        console.log(`SIGTERM with Redis hung: exit after ${stop.ms} ms`);
      } finally {
        process.kill(pid, 'SIGCONT');
      }
    },
  );

  it('once: Redis lost mid-run exits 2 naming Redis, not 1 at the timeout', { timeout: 120_000 }, async () => {
    const t0 = Date.now();
    // Its own child, killed if it outlives the test: on main it never exits while Redis stays down.
    const child = spawn(
      process.execPath,
      ['dist/src/cli.js', 'once', '--config', config('dftest-robust3-once', '/hang.xml'), '--timeout', '60s'],
      { stdio: ['ignore', 'ignore', 'pipe'] },
    );
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    const killer = setTimeout(() => child.kill('SIGKILL'), 90_000);
    const run = new Promise<{ code: number | null; stderr: string }>((resolve) =>
      child.on('close', (code) => {
        clearTimeout(killer);
        resolve({ code, stderr });
      }),
    );
    // The poll of the hanging feed is in flight: once is mid-run.
    await waitFor('the poll to reach the publisher', () => hanging.length > 0, { timeoutMs: 30_000 });
    await redis.crash();
    restart = true;
    const r = await run;
    console.log(`once with Redis lost: exit ${r.code} after ${Date.now() - t0} ms; stderr: ${r.stderr.slice(-300)}`);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/lost its connection to Redis at redis:\/\/127\.0\.0\.1:\d+/);
  });
});
