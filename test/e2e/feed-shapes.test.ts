// Feed shapes real publishers serve, through the whole pipeline (a real `deltafeed once` process, real Redis, a
// real publisher on port 0): an Atom feed behind a 301 -> 302 chain, sent as raw deflate, whose entries link
// relative to an xml:base and title themselves in xhtml; an RSS feed without a version attribute, in
// windows-1252, dated in CEST. Every item must become an article at the right URL with the feed's date.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { deflateRawSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { testRedis, type TestRedis } from '../helpers/redis.js';
import { runCli } from '../helpers/cli.js';
import { servePipelineApi, type PipelineApi } from '../helpers/pipeline-api.js';
import { articleText, eventEntities } from '../../simulation/article-text.js';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A page with no date of its own, so the date the pipeline keeps is the feed's. */
function articlePage(seed: number): string {
  const t = articleText(seed, eventEntities(seed, seed, 0), { paragraphs: [6, 7] });
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${esc(t.title)}</title></head><body>
<article><h1>${esc(t.title)}</h1>${t.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('\n')}</article></body></html>`;
}

const ATOM = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:base="/pages/"><title>Shapes</title><id>urn:shapes</id>
<updated>2024-12-03T12:00:00Z</updated>
<entry><title type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">First <em>xhtml</em> entry</div></title>
<id>tag:shapes.test,2024:1</id><link rel="self" href="/entries/1.xml"/><link href="one"/>
<published>2024-12-03T10:00:00Z</published><updated>2024-12-03T10:00:00Z</updated></entry>
<entry xml:base="more/"><title>Second entry</title><id>tag:shapes.test,2024:2</id><link rel="alternate" href="two"/>
<published>2024-12-03T11:00:00Z</published><updated>2024-12-03T11:00:00Z</updated></entry>
</feed>`;

const RSS = `<?xml version="1.0" encoding="windows-1252"?>
<rss><channel><title>Caf\u00e9 \u201cshapes\u201d</title><link>/</link><description>d</description>
<item><title>Third \u2013 caf\u00e9</title><link>/pages/three</link><pubDate>Wed, 04 Jun 2025 09:30:00 CEST</pubDate></item>
</channel></rss>`;

const PAGES: Record<string, number> = { '/pages/one': 301, '/pages/more/two': 302, '/pages/three': 303 };

let redis: TestRedis;
let publisher: Server;
let origin: string;
let served: PipelineApi;

beforeAll(async () => {
  redis = testRedis('feed-shapes');
  publisher = createServer((req, res) => {
    const path = req.url ?? '/';
    if (path === '/old-atom') res.writeHead(301, { location: '/moved-atom' }).end();
    else if (path === '/moved-atom') res.writeHead(302, { location: `${origin}/atom.xml` }).end();
    else if (path === '/atom.xml') {
      res
        .writeHead(200, { 'content-type': 'application/atom+xml', 'content-encoding': 'deflate' })
        .end(deflateRawSync(ATOM));
    } else if (path === '/rss.xml') {
      res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(iconv.encode(RSS, 'win1252'));
    } else if (PAGES[path] !== undefined) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(articlePage(PAGES[path]));
    } else res.writeHead(404, { 'content-type': 'text/plain' }).end('not here');
  });
  await new Promise<void>((r) => publisher.listen(0, '127.0.0.1', r));
  origin = `http://127.0.0.1:${(publisher.address() as AddressInfo).port}`;
  served = await servePipelineApi(
    {
      http: { port: 0, publicUrl: 'http://feeds.test' },
      fetch: { perHostConcurrency: 8, perHostRate: 1000 },
      sources: [
        { id: 'atom-shapes', url: `${origin}/old-atom`, every: '10s', allowPrivateNetworks: true },
        { id: 'rss-shapes', url: `${origin}/rss.xml`, every: '10s', allowPrivateNetworks: true },
      ],
      log: { level: 'warn' },
    },
    redis,
  );
});

afterAll(async () => {
  await served?.close();
  await new Promise<void>((r) => publisher?.close(() => r()));
  await redis?.cleanup();
});

describe('feed shapes through the whole pipeline', () => {
  it('fetches every item at its resolved URL, with the date its feed gives', async () => {
    const r = await runCli(['once', '--config', served.configFile, '--timeout', '100s'], {
      DELTAFEED_LOG_LEVEL: 'error',
    });
    expect(r.code, r.stderr).toBe(0);
    const summary = JSON.parse(r.stdout) as {
      sources: { id: string; error: string | null; items: number }[];
      itemFailures: number;
      articles: { new: number };
    };
    expect(summary.sources.map((s) => [s.id, s.error, s.items])).toEqual([
      ['atom-shapes', null, 2],
      ['rss-shapes', null, 1],
    ]);
    expect(summary.itemFailures).toBe(0);
    expect(summary.articles.new).toBe(3);

    const published: Record<string, string> = {
      '/pages/one': '2024-12-03T10:00:00.000Z',
      '/pages/more/two': '2024-12-03T11:00:00.000Z',
      '/pages/three': '2025-06-04T07:30:00.000Z',
    };
    for (const [path, iso] of Object.entries(published)) {
      const res = await fetch(`${served.api}/api/articles?url=${encodeURIComponent(origin + path)}`);
      expect(res.status, path).toBe(200);
      const a = (await res.json()) as { source: string; published: string | null };
      expect(a.published, path).toBe(iso);
      expect(a.source).toBe(path === '/pages/three' ? 'rss-shapes' : 'atom-shapes');
    }
  });
});
