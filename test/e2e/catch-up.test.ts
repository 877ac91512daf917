// sources[].maxItemsPerPoll through real `deltafeed once` processes: a feed of 500 new items is taken 200 at
// a time (the default), newest first; /api/sources and the dashboard say the source is catching up until the
// last poll, and nothing is lost. The items' pages answer 404 so the run measures the cap, not extraction
// (each is a recorded failure of the source, which the accounting counts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { testRedis, type TestRedis } from '../helpers/redis.js';
import { runCli } from '../helpers/cli.js';
import { servePipelineApi, type PipelineApi } from '../helpers/pipeline-api.js';
import { accountItems, expectNothingLost } from '../helpers/accounting.js';
import { createRng } from '../../simulation/prng.js';
import { listSeenItems } from '../../src/store/sources.js';

const ITEMS = 500;
const CAP = 200; // the default of sources[].maxItemsPerPoll

let redis: TestRedis;
let publisher: Server;
let origin: string;
let configFile: string;
let served: PipelineApi;
let api: string;
/** Item number -> its date: item n is the n-th newest, listed in the feed in shuffled order. */
const dateOf = (n: number) => new Date(Date.UTC(2026, 0, 1) - n * 60_000).toUTCString();
const order: number[] = [];

beforeAll(async () => {
  redis = testRedis('catchup');
  const rng = createRng(20);
  order.push(...Array.from({ length: ITEMS }, (_, i) => i));
  for (let i = order.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  publisher = createServer((req, res) => {
    if (req.url !== '/feed.xml') return void res.writeHead(404, { 'content-type': 'text/plain' }).end('gone');
    const items = order.map(
      (n) =>
        `<item><title>Item ${n}</title><link>${origin}/item/${n}</link><guid>${origin}/item/${n}</guid><pubDate>${dateOf(n)}</pubDate></item>`,
    );
    res
      .writeHead(200, { 'content-type': 'application/rss+xml', etag: '"same"' })
      .end(
        `<?xml version="1.0"?><rss version="2.0"><channel><title>Big</title><link>${origin}/</link><description>d</description>${items.join('')}</channel></rss>`,
      );
  });
  await new Promise<void>((r) => publisher.listen(0, '127.0.0.1', r));
  origin = `http://127.0.0.1:${(publisher.address() as AddressInfo).port}`;
  const cfg = {
    http: { port: 0, publicUrl: 'http://feeds.test' },
    fetch: { perHostConcurrency: 16, perHostRate: 10_000 },
    sources: [{ id: 'big', url: `${origin}/feed.xml`, every: '10s', allowPrivateNetworks: true }],
    log: { level: 'warn' },
  };
  served = await servePipelineApi(cfg, redis);
  ({ configFile, api } = served);
});

afterAll(async () => {
  await served?.close();
  await new Promise<void>((r) => publisher?.close(() => r()));
  await redis?.cleanup();
});

type Source = { id: string; items: number; catchingUp: boolean; backlog: number };

describe('a feed with more new items than maxItemsPerPoll', () => {
  it('takes them newest first, a cap per poll, says it is catching up, and loses none', async () => {
    for (let poll = 1; poll <= Math.ceil(ITEMS / CAP); poll++) {
      const r = await runCli(['once', '--config', configFile, '--timeout', '100s'], { DELTAFEED_LOG_LEVEL: 'error' });
      expect(r.code, r.stderr).toBe(0);
      const [s] = (await (await fetch(`${api}/api/sources`)).json()) as Source[];
      const taken = Math.min(ITEMS, poll * CAP);
      expect(s?.items, `after poll ${poll}`).toBe(taken);
      expect(s?.backlog).toBe(ITEMS - taken);
      expect(s?.catchingUp).toBe(taken < ITEMS);
      const seen = [...(await listSeenItems(redis, 'big')).values()].map((i) =>
        Number(i.url.slice(`${origin}/item/`.length)),
      );
      expect(Math.max(...seen), 'the newest items come first').toBe(taken - 1);
      if (poll === 1) {
        const html = await (await fetch(`${api}/`)).text();
        expect(html).toContain('catching up: 300 more to come');
        const a = await accountItems(redis, ['big']);
        expect(a).toMatchObject({ seen: CAP, failures: CAP, lost: [] });
      }
    }
    const html = await (await fetch(`${api}/`)).text();
    expect(html).not.toContain('catching up');
    expect((await expectNothingLost(redis, ['big'])).seen).toBe(ITEMS);
  }, 240_000);
});
