// WebSub for sources, end to end: a source's feed advertises a hub (test/helpers/websub-hub.ts, a real hub on
// port 0); deltafeed (real workers, HTTP server and Redis in this process) subscribes for the feed's self URL,
// answers the hub's challenge, takes a signed push as a poll result (the new item becomes an article with no
// poll), discards a badly signed one, renews its lease, keeps the subscription over a restart, and unsubscribes
// when the source is removed. Hubs at blocked addresses are refused by the SSRF guard and recorded.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { testRedis, type TestRedis } from '../helpers/redis.js';
import { startTestHub, type TestHub } from '../helpers/websub-hub.js';
import { articleText, eventEntities } from '../../simulation/article-text.js';
import { createApp, type App } from '../../src/app.js';
import { validateConfig, type Config } from '../../src/config/load.js';
import { createHttpServer, listen } from '../../src/http/server.js';
import { createLogger } from '../../src/log.js';
import { hubSignature } from '../../src/sources/websub/signature.js';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function articlePage(n: number): string {
  const t = articleText(1000 + n, eventEntities(1000 + n, n, 0), { paragraphs: [6, 7] });
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${esc(t.title)}</title></head><body>
<article><h1>${esc(t.title)}</h1>${t.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('\n')}</article></body></html>`;
}

let redis: TestRedis;
let hub: TestHub;
let publisher: Server;
let origin: string;
let feedUrl: string;
let feedRequests = 0;
/** Items the publisher's feed lists (the feeds the hub pushes list others). */
const listed = [1, 2];

function rss(items: number[]): string {
  return `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel><title>Wire</title><link>${origin}/</link>
<description>d</description><atom:link rel="hub" href="${hub.url}"/><atom:link rel="self" href="${feedUrl}"/>
${items.map((n) => `<item><title>Item ${n}</title><link>${origin}/a/${n}</link><guid>${origin}/a/${n}</guid><pubDate>Tue, 03 Dec 2024 14:0${n % 10}:00 GMT</pubDate></item>`).join('\n')}
</channel></rss>`;
}

function configFor(sources: unknown[], prefix = redis.prefix): Config {
  return validateConfig({
    redis: { url: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379', prefix },
    http: { port: 0, host: '127.0.0.1', publicUrl: 'http://127.0.0.1:1' },
    fetch: { perHostConcurrency: 16, perHostRate: 10_000, maxBytes: '256KiB' },
    workers: { concurrency: 2, extractThreads: 0 },
    sources,
    log: { level: 'silent' },
  });
}

const SOURCE = () => ({ id: 'wire', url: `${origin}/feed.xml`, every: '1h', allowPrivateNetworks: true });

interface Running {
  app: App;
  server: Server;
  base: string;
  close(): Promise<void>;
}

/** The whole service in this process; the HTTP server listens first so http.publicUrl can name its port. */
async function startDeltafeed(config: Config, port = 0): Promise<Running> {
  const log = createLogger('silent');
  const app = createApp(config, { roles: ['api', 'worker', 'scheduler'], logger: log });
  const server = createHttpServer({ config, ctx: app.ctx, log, metrics: app.metrics, enqueue: app.deps.enqueue });
  const base = `http://127.0.0.1:${await listen(server, port, '127.0.0.1')}`;
  config.http.publicUrl = base;
  await app.start();
  return {
    app,
    server,
    base,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((r) => server.close(() => r()));
      await app.close();
    },
  };
}

async function until<T>(read: () => Promise<T>, ok: (v: T) => boolean, what: string, ms = 30_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const v = await read();
    if (ok(v)) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}: ${JSON.stringify(v)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

type WebSubView = {
  state: string;
  lastError: string | null;
  hub: string;
  topic: string;
  expiresAt: string;
  pushes: number;
  badSignatures: number;
  leaseSeconds: number;
};
type SourceView = {
  id: string;
  nextPollAt: string;
  websub: WebSubView | null;
  failures: { url: string; stage: string; code: string; reason: string }[];
};

let svc: Running;
const sources = async () => (await (await fetch(`${svc.base}/api/sources`)).json()) as SourceView[];
const article = (n: number) => fetch(`${svc.base}/api/articles?url=${encodeURIComponent(`${origin}/a/${n}`)}`);

beforeAll(async () => {
  redis = testRedis('websubsrc');
  hub = await startTestHub();
  publisher = createServer((req, res) => {
    if (req.url === '/feed.xml') {
      feedRequests++;
      return void res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rss(listed));
    }
    const m = /^\/a\/(\d+)$/.exec(req.url ?? '');
    if (m) return void res.writeHead(200, { 'content-type': 'text/html' }).end(articlePage(Number(m[1])));
    res.writeHead(404).end();
  });
  await new Promise<void>((r) => publisher.listen(0, '127.0.0.1', r));
  origin = `http://127.0.0.1:${(publisher.address() as AddressInfo).port}`;
  feedUrl = `${origin}/feed.xml?self=1`;
  svc = await startDeltafeed(configFor([SOURCE()]));
});

afterAll(async () => {
  await svc?.close();
  await hub?.close();
  await new Promise<void>((r) => publisher?.close(() => r()));
  await redis?.cleanup();
});

describe('a source whose feed advertises a WebSub hub', () => {
  it('is subscribed at the hub for its self URL, and the challenge is answered', async () => {
    await hub.waitFor(() => hub.requests.some((r) => r.verified), 'a verified subscription');
    const [req] = hub.requests;
    expect(req?.refused).toBeNull();
    expect(req?.mode).toBe('subscribe');
    expect(req?.topic).toBe(feedUrl);
    expect(req?.callback).toMatch(new RegExp(`^${svc.base}/websub/callback/[A-Za-z0-9_-]{16,}$`));
    expect(req?.secret?.length).toBeGreaterThanOrEqual(32);
    expect(req?.leaseSeconds).toBeGreaterThan(0);
    const [s] = await until(sources, (v) => v[0]?.websub?.state === 'active', 'an active subscription');
    expect(s?.websub).toMatchObject({ hub: hub.url, topic: feedUrl, leaseSeconds: 3600 });
    // The first poll's items are articles.
    await until(
      () => article(2).then((r) => r.status),
      (st) => st === 200,
      'the polled items as articles',
    );
  });

  it('polls only as a fallback while the subscription is live: 4x the interval', async () => {
    const before = Date.now();
    await svc.app.deps.enqueue('poll', { sourceId: 'wire' });
    const [s] = await until(sources, (v) => Date.parse(v[0]!.nextPollAt) > before + 3 * 3600_000, 'the next poll');
    const ahead = Date.parse(s!.nextPollAt) - before;
    expect(ahead).toBeGreaterThanOrEqual(4 * 3600_000 - 5000);
    expect(ahead).toBeLessThanOrEqual(4 * 3600_000 + 60_000);
  });

  it('refuses verification requests it did not ask for', async () => {
    const callback = hub.requests[0]!.callback;
    const forged = await hub.probe(callback, {
      'hub.mode': 'subscribe',
      'hub.topic': `${origin}/other`,
      'hub.challenge': 'x',
    });
    expect(forged.status).toBe(404);
    const unasked = await hub.probe(callback, {
      'hub.mode': 'unsubscribe',
      'hub.topic': feedUrl,
      'hub.challenge': 'x',
    });
    expect(unasked.status).toBe(404);
    const unknown = await hub.probe(`${svc.base}/websub/callback/AAAAAAAAAAAAAAAAAAAAAAAA`, {
      'hub.mode': 'subscribe',
      'hub.topic': feedUrl,
      'hub.challenge': 'x',
    });
    expect(unknown.status).toBe(404);
    expect((await sources())[0]?.websub?.state).toBe('active');
  });

  it('takes a signed push as a poll result: the new item becomes an article without a poll', async () => {
    const polls = feedRequests;
    const [answer] = await hub.publish(feedUrl, rss([3, 2, 1]));
    expect(answer?.status).toBe(202);
    await until(
      () => article(3).then((r) => r.status),
      (st) => st === 200,
      'the pushed item as an article',
      20_000,
    );
    expect(feedRequests).toBe(polls);
    // Other signature methods of the spec are taken too.
    const [sha512] = await hub.publish(feedUrl, rss([4]), { signature: (k, b) => hubSignature(k, b, 'sha512') });
    expect(sha512?.status).toBe(202);
    await until(
      () => article(4).then((r) => r.status),
      (st) => st === 200,
      'a sha512-signed push',
      20_000,
    );
    const [s] = await sources();
    expect(s?.websub?.pushes).toBe(2);
  });

  it('acknowledges and discards a push with a wrong or missing signature, and counts it', async () => {
    const wrong = await hub.publish(feedUrl, rss([5]), { signature: (_k, b) => hubSignature('not-the-secret', b) });
    const missing = await hub.publish(feedUrl, rss([6]), { signature: () => null });
    expect([wrong[0]?.status, missing[0]?.status]).toEqual([202, 202]);
    // A good push after them is processed: when it is an article, the bad ones have had their chance too.
    await hub.publish(feedUrl, rss([7]));
    await until(
      () => article(7).then((r) => r.status),
      (st) => st === 200,
      'the good push after the bad ones',
    );
    expect((await article(5)).status).toBe(404);
    expect((await article(6)).status).toBe(404);
    const [s] = await sources();
    expect(s?.websub?.badSignatures).toBe(2);
    expect(s?.failures.filter((f) => f.code === 'BAD_SIGNATURE' && f.stage === 'websub')).toHaveLength(2);
    const metrics = await (await fetch(`${svc.base}/metrics`)).text();
    expect(metrics).toMatch(/deltafeed_websub_pushes_total\{source="wire",outcome="bad_signature"\} 2/);
    expect(metrics).toMatch(/deltafeed_websub_subscription\{source="wire",state="active"\} 1/);
    expect(await (await fetch(`${svc.base}/`)).text()).toContain('WebSub: active');
  });

  it('refuses a push to a callback it does not know', async () => {
    const res = await fetch(`${svc.base}/websub/callback/AAAAAAAAAAAAAAAAAAAAAAAA`, {
      method: 'POST',
      headers: { 'content-type': 'application/rss+xml', 'x-hub-signature': 'sha256=00' },
      body: rss([8]),
    });
    expect(res.status).toBe(410);
  });

  it('refuses a push larger than fetch.maxBytes, and records it', async () => {
    const big = rss([12]).replace('<description>d</description>', `<description>${'x'.repeat(300_000)}</description>`);
    const [answer] = await hub.publish(feedUrl, big);
    expect(answer?.status).toBe(413);
    const [s] = await sources();
    expect(s?.failures.find((f) => f.code === 'TOO_LARGE')).toMatchObject({ stage: 'websub', url: feedUrl });
    expect((await article(12)).status).toBe(404);
  });

  it('renews the lease before it ends, at the same callback with the same secret', async () => {
    const first = hub.requests[0]!;
    hub.grantLeaseSeconds = 2;
    // One renewal now (as if the long lease were ending); the 2 s lease it gets must then renew by itself.
    const [s0] = await sources();
    const id = first.callback.split('/').pop()!;
    await svc.app.deps.enqueue('websub-source', { kind: 'renew', subscriptionId: id });
    const renewals = () => hub.requests.filter((r) => r.mode === 'subscribe' && r.verified && r !== first);
    await hub.waitFor(() => renewals().length >= 3, 'renewals of a 2 s lease', 20_000);
    hub.grantLeaseSeconds = 3600;
    for (const r of renewals()) {
      expect(r.callback).toBe(first.callback);
      expect(r.secret).toBe(first.secret);
      expect(r.topic).toBe(feedUrl);
    }
    const [s] = await until(sources, (v) => v[0]?.websub?.leaseSeconds === 3600, 'a long lease again', 10_000);
    expect(s?.websub?.state).toBe('active');
    expect(Date.parse(s!.websub!.expiresAt)).toBeGreaterThan(Date.parse(s0!.websub!.expiresAt));
  });

  it('keeps the subscription over a restart', async () => {
    const port = Number(new URL(svc.base).port);
    await svc.close();
    svc = await startDeltafeed(configFor([SOURCE()]), port);
    expect((await sources())[0]?.websub?.state).toBe('active');
    const [answer] = await hub.publish(feedUrl, rss([9]));
    expect(answer?.status).toBe(202);
    await until(
      () => article(9).then((r) => r.status),
      (st) => st === 200,
      'a push after the restart',
      20_000,
    );
  });

  it('unsubscribes when the source is removed, and refuses later pushes', async () => {
    const port = Number(new URL(svc.base).port);
    const callback = hub.requests[0]!.callback;
    await svc.close();
    svc = await startDeltafeed(configFor([]), port);
    await hub.waitFor(() => hub.requests.some((r) => r.mode === 'unsubscribe' && r.verified), 'an unsubscription');
    const unsub = hub.requests.find((r) => r.mode === 'unsubscribe')!;
    expect(unsub.callback).toBe(callback);
    expect(unsub.topic).toBe(feedUrl);
    expect(hub.subscriptions.size).toBe(0);
    const res = await fetch(callback, {
      method: 'POST',
      headers: { 'content-type': 'application/rss+xml' },
      body: rss([10]),
    });
    expect(res.status).toBe(410);
  });
  it('subscribes again when the source comes back; a denial by the hub is recorded and pushes are refused', async () => {
    const port = Number(new URL(svc.base).port);
    await svc.close();
    const before = hub.requests.length;
    svc = await startDeltafeed(configFor([SOURCE()]), port);
    // Its last poll was moments ago; a poll now (not waiting the hour) reads the hub again.
    await svc.app.deps.enqueue('poll', { sourceId: 'wire' });
    await hub.waitFor(
      () => hub.requests.slice(before).some((r) => r.mode === 'subscribe' && r.verified),
      'a new subscription',
    );
    const again = hub.requests.slice(before).find((r) => r.mode === 'subscribe')!;
    expect(again.callback).not.toBe(hub.requests[0]!.callback);
    await until(sources, (v) => v[0]?.websub?.state === 'active', 'the new subscription active');
    // The hub later denies it (WebSub 5.2): the subscription ends, the reason is a failure of the source.
    const denied = await hub.probe(again.callback, {
      'hub.mode': 'denied',
      'hub.topic': feedUrl,
      'hub.reason': 'quota exceeded',
    });
    expect(denied.status).toBe(200);
    const res = await fetch(again.callback, {
      method: 'POST',
      headers: { 'content-type': 'application/rss+xml', 'x-hub-signature': hubSignature(again.secret!, rss([11])) },
      body: rss([11]),
    });
    expect(res.status).toBe(410);
    const [s] = await sources();
    expect(s?.websub?.state).toBe('denied');
    expect(s?.websub?.lastError).toMatch(/quota exceeded/);
    const codes = s?.failures.filter((f) => f.stage === 'websub').map((f) => f.code);
    expect(codes).toEqual(expect.arrayContaining(['WEBSUB_DENIED', 'WEBSUB_NOT_LIVE']));
  });
});

describe('a hub at a blocked address', () => {
  it('is refused by the SSRF guard and recorded as a failure of the source', async () => {
    // A prefix of its own: the service above must not take these jobs.
    const own = testRedis('websubssrf');
    const config = configFor(
      [
        { id: 'meta', url: `${origin}/feed.xml`, every: '1h', allowPrivateNetworks: true },
        { id: 'lan', url: `${origin}/feed.xml`, every: '1h' },
      ],
      own.prefix,
    );
    config.http.publicUrl = 'http://deltafeed.example.org';
    const app = createApp(config, { roles: ['worker'], logger: createLogger('silent') });
    try {
      await app.start();
      await app.deps.enqueue('websub-source', {
        kind: 'subscribe',
        sourceId: 'meta',
        hub: 'http://169.254.169.254/hub',
        topic: feedUrl,
      });
      await app.deps.enqueue('websub-source', {
        kind: 'subscribe',
        sourceId: 'lan',
        hub: 'http://10.1.2.3/hub',
        topic: feedUrl,
      });
      const { recentFailures } = await import('../../src/store/failures.js');
      for (const id of ['meta', 'lan']) {
        const [f] = await until(
          () => recentFailures(app.ctx, id),
          (v) => v.length > 0,
          `the ${id} hub's refusal`,
        );
        expect(f).toMatchObject({ stage: 'websub', code: 'BLOCKED_ADDRESS' });
        expect(f?.reason).toMatch(/subscribe at the hub failed: blocked address/);
      }
    } finally {
      await app.close();
      await own.cleanup();
    }
  });
});
