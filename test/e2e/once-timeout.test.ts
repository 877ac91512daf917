// `deltafeed once --timeout` against a source whose host accepts the connection and never answers: exit 1
// with the summary on stdout soon after the timeout, not after the fetch's own deadline (fetch.timeout, 20 s).
// A healthy run of the same command exits 0 (so the timeout is what makes the difference).
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { runCli } from '../helpers/cli.js';
import { REDIS_URL, testRedis, type TestRedis } from '../helpers/redis.js';

let redis: TestRedis;
let server: Server;
let origin: string;
const hanging: ServerResponse[] = [];

beforeAll(async () => {
  redis = testRedis('once-timeout');
  server = createServer((req, res) => {
    if (req.url === '/hang.xml') return void hanging.push(res);
    res.writeHead(200, { 'content-type': 'application/rss+xml' });
    res.end('<rss version="2.0"><channel><title>Quiet</title></channel></rss>');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  for (const res of hanging) res.destroy();
  server.closeAllConnections();
  await new Promise<void>((r) => server.close(() => r()));
  await redis.cleanup();
});

/** Each run its own prefix (under the file's, which cleanup deletes): the hung run leaves its poll job active. */
function config(feed: string, run: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'dftest-once-timeout-')), 'config.yaml');
  const cfg = {
    redis: { url: REDIS_URL, prefix: `${redis.prefix}-${run}` },
    fetch: { timeout: '20s', websub: 'off' },
    sources: [{ id: 'src', url: `${origin}${feed}`, every: '10s', allowPrivateNetworks: true }],
    workers: { extractThreads: 0 },
  };
  writeFileSync(file, stringify(cfg));
  return file;
}

describe('once --timeout', () => {
  it('exits 1 soon after the timeout when a host hangs', { timeout: 60_000 }, async () => {
    const t0 = Date.now();
    const r = await runCli(['once', '--config', config('/hang.xml', 'hang'), '--timeout', '2s']);
    const ms = Date.now() - t0;
    expect(r.code).toBe(1);
    expect((JSON.parse(r.stdout) as { timedOut: boolean }).timedOut).toBe(true);
    expect(r.stderr).toMatch(/timed out after 2s/);
    // Start-up takes a few seconds on a loaded machine; waiting for the hung fetch would take 20 s more.
    expect(ms).toBeLessThan(15_000);
  });

  it('exits 0 when the work is done in time', { timeout: 60_000 }, async () => {
    const r = await runCli(['once', '--config', config('/quiet.xml', 'quiet'), '--timeout', '30s']);
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as { timedOut: boolean }).timedOut).toBe(false);
  });
});
