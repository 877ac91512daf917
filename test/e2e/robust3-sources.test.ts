// Feeds as publishers get them wrong, through a real `deltafeed once` on real Redis and a publisher on port 0:
// an item with no link at all (nor a permalink guid) is a recorded failure of its source, once per version of
// the entry, not dropped in silence; items that share a guid but not a link, and one item listed twice, are
// fetched as what they are; a page in windows-1252 that declares no charset reads as its publisher wrote it.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleText, eventEntities } from '../../simulation/article-text.js';
import { expectNothingLost } from '../helpers/accounting.js';
import { runCli } from '../helpers/cli.js';
import { servePipelineApi, type PipelineApi } from '../helpers/pipeline-api.js';
import { testRedis, type TestRedis } from '../helpers/redis.js';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const LEGACY_LINE = 'Le café de la Société générale à Zürich coûte 5 € — déjà fermé, dit « Noël ».';

function page(seed: number, extra = ''): string {
  const t = articleText(seed, eventEntities(seed, seed, 0), { paragraphs: [6, 7] });
  return `<!doctype html><html><head><title>${esc(t.title)}</title></head><body><article><h1>${esc(t.title)}</h1>
${extra}${t.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('\n')}</article></body></html>`;
}

let redis: TestRedis;
let publisher: Server;
let origin: string;
let served: PipelineApi;
/** Whether the feed lists the linkless items a second time with a link added (a later version of the entry). */
let linkAdded = false;

function feed(): string {
  const item = (path: string, guid = `${origin}${path}`) =>
    `<item><title>Item ${path}</title><link>${origin}${path}</link><guid isPermaLink="false">${guid}</guid></item>`;
  return `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Odd</title><link>${origin}/</link>
<description>d</description>
<item><title>Words only</title><description>A notice with no page of its own.</description>${
    linkAdded ? `<link>${origin}/words-only</link>` : ''
  }</item>
<item><title>A tag, not a link</title><guid isPermaLink="false">notice-17</guid></item>
${item('/shared-a', 'same-guid')}${item('/shared-b', 'same-guid')}${item('/twice')}${item('/twice')}${item('/legacy')}
</channel></rss>`;
}

beforeAll(async () => {
  redis = testRedis('robust3-sources');
  publisher = createServer((req, res) => {
    const path = req.url ?? '/';
    if (path === '/feed.xml') return void res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(feed());
    // No charset in the header nor in the page: the bytes are windows-1252 (é, €, —, «).
    if (path === '/legacy')
      return void res
        .writeHead(200, { 'content-type': 'text/html' })
        .end(iconv.encode(page(31, `<p>${esc(LEGACY_LINE)}</p>`), 'windows-1252'));
    const seeds: Record<string, number> = { '/shared-a': 11, '/shared-b': 12, '/twice': 13, '/words-only': 14 };
    const seed = seeds[path];
    if (seed === undefined) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page(seed));
  });
  await new Promise<void>((r) => publisher.listen(0, '127.0.0.1', r));
  origin = `http://127.0.0.1:${(publisher.address() as AddressInfo).port}`;
  served = await servePipelineApi(
    {
      http: { port: 0, publicUrl: 'http://feeds.test' },
      fetch: { perHostConcurrency: 8, perHostRate: 1000, websub: 'off' },
      sources: [{ id: 'odd', url: `${origin}/feed.xml`, every: '10s', allowPrivateNetworks: true }],
      workers: { extractThreads: 0 },
      log: { level: 'warn' },
    },
    redis,
  );
});

afterAll(async () => {
  await served?.close();
  publisher?.closeAllConnections();
  await new Promise<void>((r) => publisher?.close(() => r()));
  await redis?.cleanup();
});

type Failure = { url: string; stage: string; code: string; reason: string; attempts: number };
type Source = { id: string; failures: Failure[]; failureCounts: { total: number; byReason: Record<string, number> } };

async function source(): Promise<Source> {
  const res = await fetch(`${served.api}/api/sources`);
  return ((await res.json()) as Source[])[0]!;
}

async function article(path: string): Promise<{ status: number; id?: string; text?: string; duplicateOf?: string }> {
  const res = await fetch(`${served.api}/api/articles?url=${encodeURIComponent(origin + path)}`);
  return { status: res.status, ...((await res.json()) as object) };
}

const once = () =>
  runCli(['once', '--config', served.configFile, '--timeout', '100s'], { DELTAFEED_LOG_LEVEL: 'error' });

describe('feeds publishers get wrong', () => {
  it('an item with nothing to fetch is a recorded failure naming it; the others are fetched', async () => {
    const r = await once();
    expect(r.code, r.stderr).toBe(0);
    const s = await source();
    const noLink = s.failures.filter((f) => f.code === 'NO_LINK');
    expect(noLink.map((f) => f.reason).sort()).toEqual([
      'refused: the feed item has no http(s) link (nor a permalink guid) to fetch: "A tag, not a link"',
      'refused: the feed item has no http(s) link (nor a permalink guid) to fetch: "Words only"',
    ]);
    // Each is told apart (failures are kept by URL), and points at the feed it came from.
    expect(new Set(noLink.map((f) => f.url)).size).toBe(2);
    for (const f of noLink) expect(f.url.startsWith(`${origin}/feed.xml#item-`)).toBe(true);
    expect(s.failureCounts.total).toBe(2);
    // Two items that share a guid but not a link are two articles; an item listed twice is one.
    const [a, b, twice] = await Promise.all([article('/shared-a'), article('/shared-b'), article('/twice')]);
    expect([a.status, b.status, twice.status]).toEqual([200, 200, 200]);
    expect(a.id).not.toBe(b.id);
    expect(a.duplicateOf ?? null).toBeNull();
    await expectNothingLost(redis, ['odd']);
  });

  it('polling again records nothing twice; an entry that gains a link is fetched then', async () => {
    const again = await once();
    expect(again.code, again.stderr).toBe(0);
    expect((await source()).failureCounts.total).toBe(2);
    linkAdded = true;
    const third = await once();
    expect(third.code, third.stderr).toBe(0);
    expect((await article('/words-only')).status).toBe(200);
  });

  it('a windows-1252 page that declares no charset keeps its accents, euro sign and dashes', async () => {
    const legacy = await article('/legacy');
    expect(legacy.status).toBe(200);
    expect(legacy.text).toContain(LEGACY_LINE);
  });
});
