// Redis going away under a running `deltafeed run --role all` (its own redis-server, AOF, on a free port; never
// the shared one): while it is down every route that needs it answers 503 with a JSON reason and Retry-After
// at once (no request waits for Redis), /metrics still answers with deltafeed_redis_up 0, and config-only
// answers (an unknown topic's 404) stay as they were. Once Redis is back the same process answers normally
// and its workers take new work (a revised article becomes a revision) without a restart; a Redis that comes back
// empty gets its poll schedules back from the scheduler, so polling does not stop for good.
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { startPrivateRedisServer, type PrivateRedisServer } from '../../simulation/private-redis.js';
import { startService, waitFor, type ServiceProcess } from '../../simulation/processes.js';
import { startSyntheticPublisher, type SyntheticPublisher } from '../../simulation/synthetic-publisher.js';

let redis: PrivateRedisServer;
let pub: SyntheticPublisher;
let proc: ServiceProcess | null = null;

beforeAll(async () => {
  redis = await startPrivateRedisServer({ appendfsync: 'always' });
  pub = await startSyntheticPublisher({ feeds: 1, articlesPerFeed: 3, seed: 5 });
});

afterAll(async () => {
  await proc?.stop(30_000);
  await pub?.close();
  await redis?.destroy();
});

interface Answer {
  status: number;
  ms: number;
  headers: Headers;
  body: string;
}

async function get(base: string, path: string): Promise<Answer> {
  const t0 = Date.now();
  const res = await fetch(base + path, { signal: AbortSignal.timeout(20_000) });
  const body = await res.text();
  return { status: res.status, ms: Date.now() - t0, headers: res.headers, body };
}

function writeConfig(): string {
  const file = join(mkdtempSync(join(tmpdir(), 'dftest-redis-down-')), 'config.yaml');
  const config = {
    redis: { url: redis.url, prefix: 'dftest-redis-down' },
    http: { port: 0, host: '127.0.0.1', publicUrl: 'http://feeds.test' },
    fetch: { perHostRate: 100, perHostConcurrency: 4, websub: 'off' },
    sources: pub.feeds.map((f) => ({ id: f.id, url: f.url, every: '10s', allowPrivateNetworks: true })),
    topics: [{ id: 'anything', title: 'Anything', query: 'the' }],
    workers: { extractThreads: 0, lockDuration: '10s', stalledInterval: '10s' },
  };
  writeFileSync(file, stringify(config));
  return file;
}

describe('Redis stopped and started under a running service', () => {
  it('answers 503 at once while Redis is down, and carries on when it is back', { timeout: 240_000 }, async () => {
    const p = startService({ role: 'all', config: writeConfig(), env: { REDIS_URL: redis.url, PORT: '0' } });
    proc = p;
    const port = await waitFor(
      'the service to listen',
      () => {
        if (p.exit) throw new Error(`run exited: ${p.other.slice(-5).join('\n')}`);
        return p.logs.find((l) => l.msg === 'deltafeed running')?.port as number | undefined;
      },
      { timeoutMs: 30_000 },
    );
    const base = `http://127.0.0.1:${port}`;
    const first = pub.articles[0]!;
    const article = `/api/articles?url=${encodeURIComponent(first.url)}`;
    await waitFor(
      'every article stored',
      async () => {
        for (const a of pub.articles)
          if ((await get(base, `/api/articles?url=${encodeURIComponent(a.url)}`)).status !== 200) return false;
        return true;
      },
      { timeoutMs: 90_000, everyMs: 500 },
    );
    expect((await get(base, '/api/topics')).status).toBe(200);

    // A Redis that hangs (stopped, not dead: the socket stays open) is given up on after the command timeout.
    const pid = redis.pid() as number;
    process.kill(pid, 'SIGSTOP');
    try {
      const hung = await get(base, '/api/stories');
      expect(hung.status).toBe(503);
      expect(hung.ms).toBeLessThan(14_000);
      expect(hung.headers.get('retry-after')).toBe('5');
    } finally {
      process.kill(pid, 'SIGCONT');
    }
    expect((await get(base, '/api/stories')).status).toBe(200);

    await redis.crash();
    const needRedis = [
      '/api/topics',
      '/api/topics/anything',
      '/api/stories',
      '/api/sources',
      article,
      '/feeds/stories.atom',
      '/feeds/revisions.json',
      '/feeds/topics/anything.atom',
    ];
    for (const path of needRedis) {
      const a = await get(base, path);
      expect(a.status, path).toBe(503);
      expect(a.ms, path).toBeLessThan(3000);
      expect(a.headers.get('retry-after'), path).toBe('5');
      expect((JSON.parse(a.body) as { error: string }).error, path).toMatch(/Redis is unreachable/);
    }
    // The dashboard says it in a page, for the browser.
    const page = await get(base, '/');
    expect(page.status).toBe(503);
    expect(page.ms).toBeLessThan(3000);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect(page.headers.get('retry-after')).toBe('5');
    expect(page.body).toContain('Redis is unreachable');
    for (const path of ['/healthz', '/readyz']) {
      const a = await get(base, path);
      expect(a.status, path).toBe(503);
      expect(a.ms, path).toBeLessThan(3000);
    }
    const metrics = await get(base, '/metrics');
    expect(metrics.status).toBe(200);
    expect(metrics.body).toMatch(/^deltafeed_redis_up 0$/m);
    // What the config alone answers needs no Redis.
    expect((await get(base, '/feeds/topics/no-such-topic.atom')).status).toBe(404);
    expect((await get(base, '/api/topics/no-such-topic')).status).toBe(404);

    pub.revise([first.index]);
    await redis.start();
    await waitFor('the API to answer again', async () => (await get(base, '/api/topics')).status === 200, {
      timeoutMs: 30_000,
    });
    expect((await get(base, '/healthz')).status).toBe(200);
    expect((await get(base, '/metrics')).body).toMatch(/^deltafeed_redis_up 1$/m);
    // The data written before the crash is there (AOF), and the workers poll, fetch and diff again.
    const revised = await waitFor(
      'the revised article to become a revision',
      async () => {
        const a = await get(base, article);
        const n = a.status === 200 ? (JSON.parse(a.body) as { revisionCount: number }).revisionCount : 0;
        return n >= 1 ? n : undefined;
      },
      { timeoutMs: 90_000, everyMs: 500 },
    );
    expect(revised).toBeGreaterThanOrEqual(1);

    // Redis back without its data (its files gone): the scheduler puts the poll schedules back at its next tick,
    // and the articles are fetched and stored again.
    await redis.crash();
    for (const f of readdirSync(redis.dir)) rmSync(join(redis.dir, f), { recursive: true, force: true });
    await redis.start();
    await waitFor(
      'the articles stored again in the emptied Redis',
      async () => (await get(base, article)).status === 200,
      {
        timeoutMs: 90_000,
        everyMs: 1000,
      },
    );
    expect(p.exit).toBeNull();
    const stop = await p.stop(30_000);
    proc = null;
    expect(stop.code).toBe(0);
  });
});
