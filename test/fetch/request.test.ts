import { Readable, pipeline } from 'node:stream';
import { brotliCompressSync, createGzip, deflateRawSync, deflateSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FetchError } from '../../src/fetch/errors.js';
import { httpRequest } from '../../src/fetch/request.js';
import { startServer, type TestServer } from './server.js';

const MiB = 1024 * 1024;
let srv: TestServer;
const local = { allowPrivateNetworks: true } as const;

async function failure(p: Promise<unknown>): Promise<FetchError> {
  try {
    await p;
  } catch (err) {
    expect(err).toBeInstanceOf(FetchError);
    return err as FetchError;
  }
  throw new Error('expected the request to fail');
}

/** `total` bytes of zeros, made on demand from one shared buffer; counts what was produced. */
function zeros(total: number, produced: { n: number }): Readable {
  const chunk = Buffer.alloc(64 * 1024);
  return new Readable({
    read() {
      if (produced.n >= total) return void this.push(null);
      produced.n += chunk.length;
      this.push(chunk);
    },
  });
}

/** Highest RSS seen while `fn` runs, relative to just before it. */
async function peakRssGrowth(fn: () => Promise<unknown>): Promise<number> {
  const base = process.memoryUsage().rss;
  let peak = base;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5);
  try {
    await fn();
  } finally {
    clearInterval(timer);
    peak = Math.max(peak, process.memoryUsage().rss);
  }
  return peak - base;
}

beforeAll(async () => {
  srv = await startServer();
});
afterAll(async () => {
  await srv.close();
});

describe('httpRequest', () => {
  it('returns non-2xx statuses instead of throwing, and sends POST bodies (webhooks)', async () => {
    let received = '';
    srv.route('/hook', (req, res) => {
      req.setEncoding('utf8');
      req.on('data', (c: string) => (received += c));
      req.on('end', () => res.writeHead(500, { 'retry-after': '7' }).end('nope'));
    });
    const res = await httpRequest(`${srv.origin}/hook`, {
      ...local,
      method: 'POST',
      body: '{"a":1}',
      headers: { 'Content-Type': 'application/json' },
      maxRedirects: 0,
    });
    expect(res.status).toBe(500);
    expect(res.headers['retry-after']).toBe('7');
    expect(res.body.toString()).toBe('nope');
    expect(received).toBe('{"a":1}');
    expect(srv.hits('/hook')[0]?.headers['content-type']).toBe('application/json');
  });

  it('decodes gzip, deflate and br, and asks for them', async () => {
    const text = 'héllo '.repeat(1000);
    srv.route('/gz', (_q, r) => r.writeHead(200, { 'content-encoding': 'gzip' }).end(gzipSync(text)));
    srv.route('/df', (_q, r) => r.writeHead(200, { 'content-encoding': 'deflate' }).end(deflateSync(text)));
    srv.route('/br', (_q, r) => r.writeHead(200, { 'content-encoding': 'br' }).end(brotliCompressSync(text)));
    for (const p of ['/gz', '/df', '/br']) {
      const res = await httpRequest(`${srv.origin}${p}`, local);
      expect(res.body.toString('utf8')).toBe(text);
    }
    expect(srv.hits('/br')[0]?.headers['accept-encoding']).toContain('br');
  });

  it('reads "deflate" as browsers do: zlib-wrapped, raw, or gzip under that name', async () => {
    const text = '<rss><channel><title>Ünïcode</title></channel></rss>'.repeat(500);
    const bodies = { zlib: deflateSync(text), raw: deflateRawSync(text), gzip: gzipSync(text) };
    for (const [name, bytes] of Object.entries(bodies)) {
      srv.route(`/deflate-${name}`, (_q, r) => r.writeHead(200, { 'content-encoding': 'deflate' }).end(bytes));
      const res = await httpRequest(`${srv.origin}/deflate-${name}`, local);
      expect(res.body.toString('utf8')).toBe(text);
    }
    srv.route('/deflate-empty', (_q, r) => r.writeHead(200, { 'content-encoding': 'deflate' }).end());
    expect((await httpRequest(`${srv.origin}/deflate-empty`, local)).body.length).toBe(0);
  });

  it('still refuses a "deflate" body that is none of them, and caps what raw deflate inflates to', async () => {
    srv.route('/deflate-junk', (_q, r) =>
      r.writeHead(200, { 'content-encoding': 'deflate' }).end('plain text, not deflate'),
    );
    expect((await failure(httpRequest(`${srv.origin}/deflate-junk`, local))).code).toBe('BAD_ENCODING');
    const bomb = deflateRawSync(Buffer.alloc(8 * MiB));
    srv.route('/deflate-bomb', (_q, r) => r.writeHead(200, { 'content-encoding': 'deflate' }).end(bomb));
    const err = await failure(httpRequest(`${srv.origin}/deflate-bomb`, { ...local, maxBytes: MiB }));
    expect(err.code).toBe('TOO_LARGE');
  });

  it('refuses an unknown content-encoding rather than returning undecoded bytes', async () => {
    srv.route('/zz', (_q, r) => r.writeHead(200, { 'content-encoding': 'compress' }).end('xx'));
    const err = await failure(httpRequest(`${srv.origin}/zz`, local));
    expect(err.code).toBe('BAD_ENCODING');
  });

  it('reports a corrupt compressed body as BAD_ENCODING', async () => {
    const gz = gzipSync('x'.repeat(10_000));
    gz.fill(0x55, 10, 30);
    srv.route('/corrupt', (_q, r) => r.writeHead(200, { 'content-encoding': 'gzip' }).end(gz));
    const err = await failure(httpRequest(`${srv.origin}/corrupt`, local));
    expect(err.code).toBe('BAD_ENCODING');
    expect(err.retryable).toBe(false);
  });

  it('stops a 40 MB body at the cap and keeps memory bounded', async () => {
    const produced = { n: 0 };
    srv.route('/big', (_q, res) => {
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      pipeline(zeros(40 * MiB, produced), res, () => undefined);
    });
    let err: FetchError | undefined;
    const growth = await peakRssGrowth(async () => {
      err = await failure(httpRequest(`${srv.origin}/big`, { ...local, maxBytes: 15 * MiB }));
    });
    expect(err?.code).toBe('TOO_LARGE');
    expect(err?.retryable).toBe(false);
    expect(growth).toBeLessThan(150 * MiB);
  });

  it('refuses a declared Content-Length over the cap before reading the body', async () => {
    const produced = { n: 0 };
    srv.route('/declared', (_q, res) => {
      res.writeHead(200, { 'content-length': String(40 * MiB) });
      pipeline(zeros(40 * MiB, produced), res, () => undefined);
    });
    const err = await failure(httpRequest(`${srv.origin}/declared`, { ...local, maxBytes: 15 * MiB }));
    expect(err.code).toBe('TOO_LARGE');
  });

  it('stops a gzip bomb (small on the wire, > 1 GB inflated) at the cap', async () => {
    const produced = { n: 0 };
    srv.route('/bomb', (_q, res) => {
      res.writeHead(200, { 'content-type': 'application/rss+xml', 'content-encoding': 'gzip' });
      pipeline(zeros(1100 * MiB, produced), createGzip({ level: 9 }), res, () => undefined);
    });
    let err: FetchError | undefined;
    const growth = await peakRssGrowth(async () => {
      err = await failure(httpRequest(`${srv.origin}/bomb`, { ...local, maxBytes: 15 * MiB }));
    });
    expect(err?.code).toBe('TOO_LARGE');
    expect(err?.message).toContain(String(15 * MiB));
    expect(growth).toBeLessThan(150 * MiB);
  });

  it('gives up on a server that sends headers and then stalls', async () => {
    srv.route('/stall-body', (_q, res) => {
      res.writeHead(200, { 'content-type': 'text/xml' });
      res.write('<rss>');
    });
    const err = await failure(httpRequest(`${srv.origin}/stall-body`, { ...local, timeoutMs: 800 }));
    expect(err.code).toBe('TIMEOUT');
    expect(err.retryable).toBe(true);
  });

  it('gives up on a server that never sends headers', async () => {
    srv.route('/stall-head', () => undefined);
    const err = await failure(httpRequest(`${srv.origin}/stall-head`, { ...local, timeoutMs: 800 }));
    expect(err.code).toBe('TIMEOUT');
  });

  it('reports an abort by the caller as ABORTED', async () => {
    srv.route('/slow', () => undefined);
    const ac = new AbortController();
    const p = httpRequest(`${srv.origin}/slow`, { ...local, signal: ac.signal });
    setTimeout(() => ac.abort(), 50);
    const err = await failure(p);
    expect(err.code).toBe('ABORTED');
  });

  it('follows redirects, reporting the hops and a permanent move', async () => {
    srv.route('/old', (_q, r) => r.writeHead(301, { location: '/older' }).end());
    srv.route('/older', (_q, r) => r.writeHead(308, { location: `${srv.origin}/new` }).end());
    srv.route('/new', (_q, r) => r.writeHead(200).end('here'));
    srv.route('/temp', (_q, r) => r.writeHead(302, { location: '/new' }).end());
    const res = await httpRequest(`${srv.origin}/old`, local);
    expect(res.body.toString()).toBe('here');
    expect(res.url).toBe(`${srv.origin}/new`);
    expect(res.redirects?.map((h) => h.status)).toEqual([301, 308]);
    expect(res.permanentUrl).toBe(`${srv.origin}/new`);
    const temp = await httpRequest(`${srv.origin}/temp`, local);
    expect(temp.permanentUrl).toBeNull();
  });

  it('returns the 3xx itself with maxRedirects 0', async () => {
    const res = await httpRequest(`${srv.origin}/temp`, { ...local, maxRedirects: 0 });
    expect(res.status).toBe(302);
    expect(res.headers.location).toBe('/new');
  });

  it('turns a POST into a GET on 303', async () => {
    srv.route('/form', (_q, r) => r.writeHead(303, { location: '/done' }).end());
    srv.route('/done', (q, r) => r.writeHead(200).end(q.method));
    const res = await httpRequest(`${srv.origin}/form`, { ...local, method: 'POST', body: 'x=1' });
    expect(res.body.toString()).toBe('GET');
  });

  it('refuses a redirect loop', async () => {
    srv.route('/a', (_q, r) => r.writeHead(302, { location: '/b' }).end());
    srv.route('/b', (_q, r) => r.writeHead(302, { location: '/a' }).end());
    const err = await failure(httpRequest(`${srv.origin}/a`, local));
    expect(err.code).toBe('TOO_MANY_REDIRECTS');
    expect(err.message).toContain('loop');
    expect(srv.hits('/a').length + srv.hits('/b').length).toBeLessThanOrEqual(6);
  });

  it('refuses non-http URLs and redirects to them', async () => {
    expect((await failure(httpRequest('file:///etc/passwd', local))).code).toBe('INVALID_URL');
    expect((await failure(httpRequest('not a url', local))).code).toBe('INVALID_URL');
    srv.route('/to-file', (_q, r) => r.writeHead(302, { location: 'file:///etc/passwd' }).end());
    expect((await failure(httpRequest(`${srv.origin}/to-file`, local))).code).toBe('INVALID_URL');
  });

  it('reports a refused connection as a retryable network error', async () => {
    const tmp = await startServer();
    const origin = tmp.origin;
    await tmp.close();
    const err = await failure(httpRequest(`${origin}/`, local));
    expect(err.code).toBe('NETWORK');
    expect(err.retryable).toBe(true);
  });
});
