import iconv from 'iconv-lite';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchDocument, type DocumentOptions } from '../../src/fetch/document.js';
import { FetchError } from '../../src/fetch/errors.js';
import { FeedParseError } from '../../src/sources/errors.js';
import { parseFeed } from '../../src/sources/parse.js';
import { startServer, type TestServer } from './server.js';

let srv: TestServer;
const feed: DocumentOptions = { kind: 'feed', allowPrivateNetworks: true };
const page: DocumentOptions = { kind: 'page', allowPrivateNetworks: true };

async function failure(p: Promise<unknown>): Promise<FetchError> {
  try {
    await p;
  } catch (err) {
    expect(err).toBeInstanceOf(FetchError);
    return err as FetchError;
  }
  throw new Error('expected a FetchError');
}

const curly = '\u201CWe will\u201D \u2013 minister\u2019s pledge';
const cp1252Feed = (prolog: string) =>
  iconv.encode(
    `${prolog}<rss version="2.0"><channel><title>Desk \u2019s</title><item><title>${curly}</title><link>https://x.example/1</link><description>It\u2019s \u20AC5</description></item></channel></rss>`,
    'windows-1252',
  );

beforeAll(async () => {
  srv = await startServer();
});
afterAll(async () => {
  await srv.close();
});

describe('fetchDocument', () => {
  it('decodes a windows-1252 feed (charset in the header) so curly quotes survive into the items', async () => {
    srv.route('/cp1252', (_q, r) =>
      r.writeHead(200, { 'content-type': 'application/rss+xml; charset=windows-1252' }).end(cp1252Feed('')),
    );
    const doc = await fetchDocument(`${srv.origin}/cp1252`, feed);
    expect(doc.charset).toBe('windows-1252');
    const parsed = await parseFeed(doc.text, doc.url);
    expect(parsed.items[0]?.title).toBe(curly);
    expect(parsed.items[0]?.summary).toBe('It\u2019s \u20AC5');
    expect(parsed.items[0]?.title).not.toMatch(/[\u0080-\u009f\uFFFD]/);
  });

  it('decodes a gzipped windows-1252 feed declared only in the XML prolog', async () => {
    srv.route('/cp1252-prolog', (_q, r) =>
      r
        .writeHead(200, { 'content-type': 'text/xml', 'content-encoding': 'gzip' })
        .end(gzipSync(cp1252Feed('<?xml version="1.0" encoding="windows-1252"?>\n'))),
    );
    const doc = await fetchDocument(`${srv.origin}/cp1252-prolog`, feed);
    expect(doc.charset).toBe('windows-1252');
    expect((await parseFeed(doc.text, doc.url)).items[0]?.title).toBe(curly);
  });

  it('sends stored validators and answers a 304 without a body', async () => {
    const etag = '"v1"';
    const lastModified = 'Tue, 03 Dec 2024 14:05:00 GMT';
    srv.route('/cond', (req, res) => {
      if (req.headers['if-none-match'] === etag || req.headers['if-modified-since'] === lastModified) {
        res.writeHead(304).end();
        return;
      }
      res
        .writeHead(200, { 'content-type': 'application/rss+xml', etag, 'last-modified': lastModified })
        .end('<rss version="2.0"><channel><title>t</title></channel></rss>');
    });
    const first = await fetchDocument(`${srv.origin}/cond`, feed);
    expect(first.notModified).toBe(false);
    expect(first.etag).toBe(etag);
    expect(first.lastModified).toBe(lastModified);
    expect(first.bodyHash).toMatch(/^[0-9a-f]{64}$/);

    const second = await fetchDocument(`${srv.origin}/cond`, {
      ...feed,
      etag: first.etag,
      lastModified: first.lastModified,
    });
    expect(second.status).toBe(304);
    expect(second.notModified).toBe(true);
    expect(second.text).toBe('');
    expect(second.body.length).toBe(0);
    expect(second.etag).toBe(etag);
    expect(second.lastModified).toBe(lastModified);
    const [, sent] = srv.hits('/cond');
    expect(sent?.headers['if-none-match']).toBe(etag);
    expect(sent?.headers['if-modified-since']).toBe(lastModified);
  });

  it('gives the same bodyHash to an unchanged body, so a server without validators can be skipped', async () => {
    srv.route('/novalidators', (_q, r) =>
      r.writeHead(200, { 'content-type': 'text/xml' }).end('<rss version="2.0"><channel/></rss>'),
    );
    const a = await fetchDocument(`${srv.origin}/novalidators`, feed);
    const b = await fetchDocument(`${srv.origin}/novalidators`, feed);
    expect(a.etag).toBeNull();
    expect(a.bodyHash).toBe(b.bodyHash);
  });

  it('makes 500 retryable, so a caller retrying gets the 200 on the third attempt', async () => {
    let calls = 0;
    srv.route('/flaky', (_q, r) => {
      calls++;
      if (calls <= 2) r.writeHead(500).end('boom');
      else r.writeHead(200, { 'content-type': 'text/html' }).end('<html><body>fine</body></html>');
    });
    const errors: FetchError[] = [];
    let doc;
    for (let attempt = 0; attempt < 3 && !doc; attempt++) {
      try {
        doc = await fetchDocument(`${srv.origin}/flaky`, page);
      } catch (err) {
        expect(err).toBeInstanceOf(FetchError);
        errors.push(err as FetchError);
        if (!(err as FetchError).retryable) break;
      }
    }
    expect(errors.map((e) => [e.code, e.status, e.retryable])).toEqual([
      ['HTTP_STATUS', 500, true],
      ['HTTP_STATUS', 500, true],
    ]);
    expect(doc?.text).toContain('fine');
  });

  it('reads Retry-After on 429, in seconds and as a date', async () => {
    srv.route('/limited', (_q, r) => r.writeHead(429, { 'retry-after': '120' }).end());
    const err = await failure(fetchDocument(`${srv.origin}/limited`, feed));
    expect([err.code, err.status, err.retryable, err.retryAfterMs]).toEqual(['HTTP_STATUS', 429, true, 120_000]);
    expect(err.message).toContain('429');

    const at = new Date(Date.now() + 3_600_000).toUTCString();
    srv.route('/limited-date', (_q, r) => r.writeHead(503, { 'retry-after': at }).end());
    const dated = await failure(fetchDocument(`${srv.origin}/limited-date`, feed));
    expect(dated.retryable).toBe(true);
    expect(dated.retryAfterMs).toBeGreaterThan(3_500_000);
    expect(dated.retryAfterMs).toBeLessThanOrEqual(3_600_000);
  });

  it('does not retry 404 and 410', async () => {
    srv.route('/gone', (_q, r) => r.writeHead(410).end());
    const gone = await failure(fetchDocument(`${srv.origin}/gone`, feed));
    expect([gone.status, gone.retryable]).toEqual([410, false]);
    const missing = await failure(fetchDocument(`${srv.origin}/missing`, feed));
    expect([missing.status, missing.retryable]).toEqual([404, false]);
  });

  it('refuses images and binaries before reading their body', async () => {
    let bodyWritten = false;
    srv.route('/image', (_q, r) => {
      r.writeHead(200, { 'content-type': 'image/png' });
      r.write(Buffer.alloc(1024));
      setTimeout(() => {
        bodyWritten = true;
        r.end(Buffer.alloc(1024));
      }, 100);
    });
    const img = await failure(fetchDocument(`${srv.origin}/image`, feed));
    expect(img.code).toBe('BAD_CONTENT_TYPE');
    expect(bodyWritten).toBe(false);

    srv.route('/sniffed', (_q, r) =>
      r
        .writeHead(200, { 'content-type': 'application/octet-stream' })
        .end(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0])),
    );
    expect((await failure(fetchDocument(`${srv.origin}/sniffed`, page))).code).toBe('BAD_CONTENT_TYPE');
    srv.route('/json', (_q, r) => r.writeHead(200, { 'content-type': 'application/json' }).end('{}'));
    expect((await failure(fetchDocument(`${srv.origin}/json`, page))).code).toBe('BAD_CONTENT_TYPE');
  });

  it('accepts an undeclared type when the body is text', async () => {
    srv.route('/octet-feed', (_q, r) =>
      r
        .writeHead(200, { 'content-type': 'application/octet-stream' })
        .end('<rss version="2.0"><channel><title>ok</title></channel></rss>'),
    );
    const doc = await fetchDocument(`${srv.origin}/octet-feed`, feed);
    expect((await parseFeed(doc.text, doc.url)).title).toBe('ok');
  });

  it('hands malformed XML to the parser, which names the problem', async () => {
    srv.route('/broken', (_q, r) =>
      r
        .writeHead(200, { 'content-type': 'application/rss+xml' })
        .end('<rss version="2.0"><channel><item><title>x</channel>'),
    );
    const doc = await fetchDocument(`${srv.origin}/broken`, feed);
    const err = await parseFeed(doc.text, doc.url).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(FeedParseError);
    expect((err as FeedParseError).reason).toMatch(/^malformed XML/);
  });

  it('reports the permanent new address of a moved feed', async () => {
    srv.route('/moved', (_q, r) => r.writeHead(301, { location: '/cp1252' }).end());
    const doc = await fetchDocument(`${srv.origin}/moved`, feed);
    expect(doc.permanentUrl).toBe(`${srv.origin}/cp1252`);
  });
});
