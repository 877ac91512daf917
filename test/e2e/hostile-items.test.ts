// Hostile and odd items through the whole pipeline (a real `deltafeed once` process, real Redis, a real
// publisher on port 0): every refusal is a recorded failure of its source with its reason in words, dates the
// pipeline cannot represent become unknown (fetch time used, the text kept), `retry --failed` sends failures
// through again, and nothing is lost: items seen = articles + duplicates + recorded failures.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { testRedis, type TestRedis } from '../helpers/redis.js';
import { runCli } from '../helpers/cli.js';
import { servePipelineApi, type PipelineApi } from '../helpers/pipeline-api.js';
import { expectNothingLost } from '../helpers/accounting.js';
import { articleText, eventEntities } from '../../simulation/article-text.js';
import { createApp } from '../../src/app.js';
import type { Config } from '../../src/config/load.js';
import { createLogger } from '../../src/log.js';

const BAD_DATES = ['Mon, 01 Jan 1900 00:00:00 GMT', '1969-12-31T23:59:59Z', '275760-01-01', 'the day after yesterday'];

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** An article page with no date of its own, so the feed's date is the one the pipeline has to judge. */
function articlePage(seed: number): string {
  const t = articleText(seed, eventEntities(seed, seed, 0), { paragraphs: [6, 7] });
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${esc(t.title)}</title></head><body>
<article><h1>${esc(t.title)}</h1>${t.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('\n')}</article></body></html>`;
}

const NOT_AN_ARTICLE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Sections</title></head><body>
<nav><ul><li><a href="/a">World</a></li><li><a href="/b">Sport</a></li><li><a href="/c">Weather</a></li></ul></nav></body></html>`;

interface Item {
  path: string;
  date: string;
}

function rss(origin: string, items: Item[]): string {
  return `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Hostile</title><link>${origin}/</link><description>d</description>
${items.map((i) => `<item><title>Item ${i.path}</title><link>${origin}${i.path}</link><guid>${origin}${i.path}</guid><pubDate>${esc(i.date)}</pubDate></item>`).join('\n')}
</channel></rss>`;
}

const GOOD_DATE = 'Tue, 03 Dec 2024 14:05:00 GMT';
const ITEMS: Item[] = [
  { path: '/redirect-to-metadata', date: GOOD_DATE },
  { path: '/too-large', date: GOOD_DATE },
  { path: '/sections', date: GOOD_DATE },
  { path: '/picture', date: GOOD_DATE },
  { path: '/gone', date: GOOD_DATE },
  ...BAD_DATES.map((date, i) => ({ path: `/dated-${i}`, date })),
];
const EXPECTED_CODES = { BLOCKED_ADDRESS: 1, TOO_LARGE: 1, NOT_AN_ARTICLE: 1, BAD_CONTENT_TYPE: 1, HTTP_STATUS: 1 };

let redis: TestRedis;
let publisher: Server;
let origin: string;
let configFile: string;
let config: Config;
let served: PipelineApi;
let api: string;

beforeAll(async () => {
  redis = testRedis('hostile');
  publisher = createServer((req, res) => {
    const path = req.url ?? '/';
    if (path === '/feed.xml') {
      res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rss(origin, ITEMS));
    } else if (path === '/redirect-to-metadata') {
      res.writeHead(302, { location: 'http://169.254.169.254/latest/meta-data/' }).end();
    } else if (path === '/too-large') {
      res
        .writeHead(200, { 'content-type': 'text/html' })
        .end(`<html><body>${'<p>filler text</p>'.repeat(20_000)}</body></html>`);
    } else if (path === '/sections') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(NOT_AN_ARTICLE);
    } else if (path === '/picture') {
      res.writeHead(200, { 'content-type': 'image/png' }).end(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]));
    } else if (path.startsWith('/dated-')) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(articlePage(100 + Number(path.slice(7))));
    } else {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not here');
    }
  });
  await new Promise<void>((r) => publisher.listen(0, '127.0.0.1', r));
  origin = `http://127.0.0.1:${(publisher.address() as AddressInfo).port}`;
  const cfg = {
    http: { port: 0, publicUrl: 'http://feeds.test' },
    fetch: { maxBytes: '64KiB', perHostConcurrency: 8, perHostRate: 1000 },
    sources: [{ id: 'hostile', url: `${origin}/feed.xml`, every: '10s', allowPrivateNetworks: true }],
    log: { level: 'warn' },
  };
  served = await servePipelineApi(cfg, redis);
  ({ configFile, api } = served);
  config = served.config;
});

afterAll(async () => {
  await served?.close();
  await new Promise<void>((r) => publisher?.close(() => r()));
  await redis?.cleanup();
});

type Failure = { url: string; stage: string; code: string; reason: string; at: string; attempts: number };
type Source = {
  id: string;
  lastError: string | null;
  failures: Failure[];
  failureCounts: { total: number; byStage: Record<string, number>; byReason: Record<string, number> };
};

async function sources(): Promise<Source[]> {
  const res = await fetch(`${api}/api/sources`);
  expect(res.status).toBe(200);
  return (await res.json()) as Source[];
}

describe('hostile items through the whole pipeline', () => {
  it('records every refusal on its source, with its reason in words, and loses nothing', async () => {
    const r = await runCli(['once', '--config', configFile, '--timeout', '100s'], { DELTAFEED_LOG_LEVEL: 'error' });
    expect(r.code, r.stderr).toBe(0);
    const summary = JSON.parse(r.stdout) as { ok: boolean; itemFailures: number; articles: { new: number } };
    expect(summary.itemFailures).toBe(5);
    expect(summary.ok, 'once does not call a run with failed items ok').toBe(false);
    expect(summary.articles.new).toBe(BAD_DATES.length);

    const [s] = await sources();
    expect(s?.failureCounts.total).toBe(5);
    expect(s?.failureCounts.byReason).toEqual(EXPECTED_CODES);
    const byUrl = new Map(s!.failures.map((f) => [f.url.slice(origin.length), f]));
    expect(byUrl.get('/redirect-to-metadata')?.reason).toMatch(/blocked address.*link-local/);
    expect(byUrl.get('/too-large')?.reason).toMatch(/larger than fetch\.maxBytes/);
    expect(byUrl.get('/sections')).toMatchObject({ stage: 'extract', code: 'NOT_AN_ARTICLE' });
    expect(byUrl.get('/sections')?.reason).toMatch(/no article found/);
    expect(byUrl.get('/picture')?.reason).toMatch(/not a web page.*image\/png/);
    expect(byUrl.get('/gone')?.reason).toMatch(/404/);
    for (const f of s!.failures) {
      expect(f.attempts).toBeGreaterThanOrEqual(1);
      expect(Date.parse(f.at)).toBeGreaterThan(Date.now() - 300_000);
    }
    const html = await (await fetch(`${api}/`)).text();
    expect(html).toContain('class="failures"');
    expect(html).toContain('refused: the link leads to a blocked address');

    const account = await expectNothingLost(redis, ['hostile']);
    expect(account).toMatchObject({ seen: ITEMS.length, articles: BAD_DATES.length, failures: 5 });
  });

  it('dates it cannot represent are unknown: the fetch time is used and the text is kept', async () => {
    for (const [i, date] of BAD_DATES.entries()) {
      const res = await fetch(`${api}/api/articles?url=${encodeURIComponent(`${origin}/dated-${i}`)}`);
      expect(res.status, date).toBe(200);
      const a = (await res.json()) as { published: string | null; publishedText: string | null; firstSeen: string };
      expect(a.published, date).toBeNull();
      expect(a.publishedText).toBe(date);
      expect(Date.parse(a.firstSeen)).toBeGreaterThan(Date.now() - 300_000);
    }
  });

  it('retry --failed sends them through again; failing again records them again, counted by a metric', async () => {
    const r = await runCli(['retry', '--failed', '--source', 'hostile', '--config', configFile]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/queued 5 failed items again/);
    const app = createApp(config, { roles: ['worker'], logger: createLogger('silent'), once: true });
    try {
      await app.start();
      const deadline = Date.now() + 60_000;
      while ((await sources())[0]!.failureCounts.total < 10 && Date.now() < deadline)
        await new Promise((res) => setTimeout(res, 200));
      await app.flush();
      const [s] = await sources();
      expect(s?.failureCounts.total).toBe(10);
      expect(s?.failureCounts.byReason).toEqual(
        Object.fromEntries(Object.entries(EXPECTED_CODES).map(([k, n]) => [k, 2 * n])),
      );
      const metrics = await app.metrics.registry.getSingleMetricAsString('deltafeed_item_failures_total');
      expect(metrics).toMatch(/deltafeed_item_failures_total\{stage="fetch",reason="BLOCKED_ADDRESS"\} 1/);
      expect(metrics).toMatch(/deltafeed_item_failures_total\{stage="extract",reason="NOT_AN_ARTICLE"\} 1/);
    } finally {
      await app.close();
    }
    await expectNothingLost(redis, ['hostile']);
  });

  it('a job that fails every attempt is recorded with its stage, reason and attempts', async () => {
    const app = createApp(config, { roles: ['worker'], logger: createLogger('silent'), once: true });
    try {
      await app.start();
      // A dedup job with a payload a bug could produce (no text) throws in every attempt: not a refusal, a failure.
      const url = `${origin}/dated-0?broken=1`;
      await app.deps.enqueue(
        'dedup',
        {
          sourceId: 'hostile',
          url,
          finalUrl: url,
          item: null,
          reason: 'new',
          fetchedAt: new Date().toISOString(),
          validators: { etag: null, lastModified: null, bodyHash: null },
          extracted: {
            title: 'T',
            byline: null,
            published: null,
            modified: null,
            canonicalUrl: null,
            lang: null,
            image: null,
            text: null as unknown as string,
            html: '',
          },
        },
        { jobId: 'hostile-broken-dedup', attempts: 3, backoff: { type: 'fixed', delay: 50 } },
      );
      const deadline = Date.now() + 30_000;
      let f: Failure | undefined;
      while (!f && Date.now() < deadline) {
        await new Promise((res) => setTimeout(res, 200));
        f = (await sources())[0]!.failures.find((x) => x.url === url);
      }
      expect(f).toMatchObject({ stage: 'dedup', attempts: 3 });
      expect(f?.reason).toMatch(/failed after its retries/);
    } finally {
      await app.close();
    }
  });
});
