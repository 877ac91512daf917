// The hub's HTTP side (W3C WebSub §5) on a real server and real Redis: requests answered 202 and verified
// asynchronously with the GET challenge; only an echoed challenge with a 2xx makes (or ends) a subscription;
// leases end and renew; bad callbacks, foreign topics, floods and odd requests get a 4xx that says why, and
// nothing else is disturbed.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parseConfigText, type Config } from '../../src/config/load.js';
import { createHttpServer, listen } from '../../src/http/server.js';
import { createLogger } from '../../src/log.js';
import { createMetrics, type Metrics } from '../../src/metrics.js';
import { subscriptionId } from '../../src/publish/websub/content.js';
import { activeSubscriptions, getSubscription } from '../../src/store/websub.js';
import { testRedis, type TestRedis } from '../helpers/redis.js';
import { waitFor as waitForWithin } from '../../simulation/processes.js';

const PUBLIC = 'http://feeds.test:8080';
const TOPIC = `${PUBLIC}/feeds/topics/nato.atom`;
const PATH = '/feeds/topics/nato.atom';

interface Hub {
  url: string;
  config: Config;
  metrics: Metrics;
  close(): Promise<void>;
}

async function startHub(store: TestRedis, yaml: string, http = ''): Promise<Hub> {
  const config = parseConfigText(
    `http: { publicUrl: "${PUBLIC}"${http} }\ntopics:\n  - { id: nato, title: NATO, query: nato }\n${yaml}`,
    {},
  );
  const metrics = createMetrics();
  const server = createHttpServer({ config, ctx: store, log: createLogger('silent'), metrics });
  const port = await listen(server, 0, '127.0.0.1');
  return {
    url: `http://127.0.0.1:${port}`,
    config,
    metrics,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((r) => server.close(() => r()));
    },
  };
}

/** A subscriber's callback: answers each verification GET as `answer` says, and records it. */
interface Callback {
  base: string;
  gets: URL[];
  answer: (u: URL) => { status: number; body: string };
  /** Answer this late (a slow subscriber). */
  delayMs: number;
  close(): Promise<void>;
}

async function startCallback(): Promise<Callback> {
  const cb: Callback = {
    base: '',
    gets: [],
    answer: (u) => ({ status: 200, body: u.searchParams.get('hub.challenge') ?? '' }),
    delayMs: 0,
    close: () => Promise.resolve(),
  };
  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const u = new URL(req.url ?? '/', cb.base);
    cb.gets.push(u);
    const a = cb.answer(u);
    setTimeout(() => {
      res.writeHead(a.status, { 'content-type': 'text/plain' });
      res.end(a.body);
    }, cb.delayMs);
  });
  const port = await listen(server, 0, '127.0.0.1');
  cb.base = `http://127.0.0.1:${port}`;
  cb.close = async () => {
    server.closeAllConnections();
    await new Promise<void>((r) => server.close(() => r()));
  };
  return cb;
}

async function post(hub: Hub, fields: Record<string, string>, headers: Record<string, string> = {}) {
  const res = await fetch(`${hub.url}/websub`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
    body: new URLSearchParams(fields).toString(),
  });
  return { status: res.status, headers: res.headers, text: await res.text() };
}

async function outcomes(hub: Hub): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const v of (await hub.metrics.websubRequests.get()).values)
    out[`${v.labels.mode}:${v.labels.outcome}`] = v.value;
  return out;
}

const waitFor = <T>(what: string, check: () => Promise<T | undefined | false> | T | undefined | false) =>
  waitForWithin(what, check, { timeoutMs: 10_000, everyMs: 25 });

let store: TestRedis;
let hub: Hub;
let cb: Callback;

beforeAll(async () => {
  store = testRedis('websub-http');
  hub = await startHub(
    store,
    'fetch: { allowPrivateNetworks: true }\nwebsub: { leaseMin: 1s, subscribeRate: 40, verifyTimeout: 2s }',
  );
  cb = await startCallback();
});

afterAll(async () => {
  await hub?.close();
  await cb?.close();
  await store?.cleanup();
});

describe('subscribe and unsubscribe with verification of intent', () => {
  test('202, then a GET challenge; the echo makes the subscription, with the lease asked for', async () => {
    const callback = `${cb.base}/ok?reader=1`;
    const res = await post(hub, {
      'hub.mode': 'subscribe',
      'hub.topic': TOPIC,
      'hub.callback': callback,
      'hub.lease_seconds': '7200',
      'hub.secret': 'sekrit',
    });
    expect(res.status).toBe(202);
    const id = subscriptionId(PATH, callback);
    const sub = await waitFor('the subscription', () => getSubscription(store, id).then((s) => s ?? undefined));
    const get = cb.gets.find((u) => u.pathname === '/ok') as URL;
    expect(get.searchParams.get('reader')).toBe('1');
    expect(get.searchParams.get('hub.mode')).toBe('subscribe');
    expect(get.searchParams.get('hub.topic')).toBe(TOPIC);
    expect(get.searchParams.get('hub.lease_seconds')).toBe('7200');
    expect(get.searchParams.get('hub.challenge')?.length).toBeGreaterThanOrEqual(16);
    expect(sub).toMatchObject({ topic: TOPIC, feedPath: PATH, callback, secret: 'sekrit', leaseSeconds: 7200 });
    expect(Date.parse(sub.expiresAt) - Date.now()).toBeGreaterThan(7100_000);
    expect((await activeSubscriptions(store, PATH)).map((s) => s.id)).toContain(id);

    // Unsubscribe: verified the same way, then gone.
    expect((await post(hub, { 'hub.mode': 'unsubscribe', 'hub.topic': TOPIC, 'hub.callback': callback })).status).toBe(
      202,
    );
    await waitFor('the unsubscription', async () => (await getSubscription(store, id)) === null);
    const un = cb.gets.filter((u) => u.pathname === '/ok').at(-1) as URL;
    expect(un.searchParams.get('hub.mode')).toBe('unsubscribe');
    expect(un.searchParams.has('hub.lease_seconds')).toBe(false);
  });

  test('a wrong echo, an empty one, or a 404 leaves nothing', async () => {
    const before = (await outcomes(hub))['subscribe:verify_failed'] ?? 0;
    const answers: Record<string, (u: URL) => { status: number; body: string }> = {
      '/wrong': () => ({ status: 200, body: 'not-the-challenge' }),
      '/empty': () => ({ status: 200, body: '' }),
      '/padded': (u) => ({ status: 200, body: `${u.searchParams.get('hub.challenge')}\nextra` }),
      '/refuse': (u) => ({ status: 404, body: u.searchParams.get('hub.challenge') ?? '' }),
    };
    cb.answer = (u) => (answers[u.pathname] ?? (() => ({ status: 500, body: '' })))(u);
    try {
      for (const path of Object.keys(answers))
        expect(
          (await post(hub, { 'hub.mode': 'subscribe', 'hub.topic': TOPIC, 'hub.callback': `${cb.base}${path}` }))
            .status,
        ).toBe(202);
      await waitFor(
        'four failed verifications',
        async () => ((await outcomes(hub))['subscribe:verify_failed'] ?? 0) - before === 4,
      );
      for (const path of Object.keys(answers))
        expect(await getSubscription(store, subscriptionId(PATH, `${cb.base}${path}`))).toBeNull();
    } finally {
      cb.answer = (u) => ({ status: 200, body: u.searchParams.get('hub.challenge') ?? '' });
    }
  });

  test('a lease ends by itself; subscribing again renews it', { timeout: 20_000 }, async () => {
    const callback = `${cb.base}/short`;
    const sub = () =>
      post(hub, { 'hub.mode': 'subscribe', 'hub.topic': TOPIC, 'hub.callback': callback, 'hub.lease_seconds': '1' });
    const id = subscriptionId(PATH, callback);
    expect((await sub()).status).toBe(202);
    const first = await waitFor('the short subscription', () => getSubscription(store, id).then((s) => s ?? undefined));
    expect(first.leaseSeconds).toBe(1);
    await waitFor('the lease to end', async () => !(await activeSubscriptions(store, PATH)).some((s) => s.id === id));
    expect(await getSubscription(store, id)).toBeNull();
    expect((await sub()).status).toBe(202);
    const renewed = await waitFor('the renewal', () => getSubscription(store, id).then((s) => s ?? undefined));
    expect(Date.parse(renewed.expiresAt)).toBeGreaterThan(Date.parse(first.expiresAt));
  });
});

test('subscriptions live in Redis: a new hub process on the same prefix knows them and can end them', async () => {
  const callback = `${cb.base}/restart`;
  const id = subscriptionId(PATH, callback);
  expect((await post(hub, { 'hub.mode': 'subscribe', 'hub.topic': TOPIC, 'hub.callback': callback })).status).toBe(202);
  await waitFor('the subscription', () => getSubscription(store, id).then((x) => x ?? undefined));
  const again = await startHub(store, 'fetch: { allowPrivateNetworks: true }');
  try {
    expect((await activeSubscriptions(store, PATH)).map((x) => x.id)).toContain(id);
    const metrics = await (await fetch(`${again.url}/metrics`)).text();
    expect(Number(/^deltafeed_websub_subscriptions (\d+)/m.exec(metrics)?.[1])).toBeGreaterThanOrEqual(1);
    expect(
      (await post(again, { 'hub.mode': 'unsubscribe', 'hub.topic': TOPIC, 'hub.callback': callback })).status,
    ).toBe(202);
    await waitFor('the unsubscription', async () => (await getSubscription(store, id)) === null);
  } finally {
    await again.close();
  }
});

describe('bad requests get a 4xx that says why', () => {
  const subscribe = (fields: Record<string, string>) =>
    post(hub, { 'hub.mode': 'subscribe', 'hub.topic': TOPIC, 'hub.callback': `${cb.base}/x`, ...fields });

  test('callbacks: other schemes, 10 KB URLs, link-local addresses (even with private networks allowed)', async () => {
    const gets = cb.gets.length;
    const cases: [string, number, RegExp][] = [
      ['gopher://127.0.0.1/x', 400, /http or https/],
      ['javascript:alert(1)', 400, /http or https/],
      [`${cb.base}/${'a'.repeat(10 * 1024)}`, 400, /at most 2048/],
      ['http://169.254.169.254/latest/meta-data/', 400, /linkLocal address/],
      ['http://[fe80::1]/cb', 400, /linkLocal/],
      ['http://0.0.0.0:9/cb', 400, /unspecified/],
      ['http://nonexistent.invalid/cb', 400, /cannot resolve/],
    ];
    for (const [callback, status, msg] of cases) {
      const res = await subscribe({ 'hub.callback': callback });
      expect(res.status, callback.slice(0, 50)).toBe(status);
      expect((JSON.parse(res.text) as { error: string }).error, callback.slice(0, 50)).toMatch(msg);
    }
    expect(cb.gets.length).toBe(gets);
  });

  test('loopback and private callbacks are refused unless the config allows private networks', async () => {
    const strictStore = testRedis('websub-http-strict');
    const strict = await startHub(strictStore, '');
    try {
      for (const callback of [`${cb.base}/x`, 'http://localhost:9/x', 'http://[::1]:9/x', 'http://10.1.2.3/x']) {
        const res = await post(strict, { 'hub.mode': 'subscribe', 'hub.topic': TOPIC, 'hub.callback': callback });
        expect(res.status, callback).toBe(400);
        expect(res.text, callback).toMatch(/(loopback|private) address; callbacks must be public/);
      }
    } finally {
      await strict.close();
      await strictStore.cleanup();
    }
  });

  test('topics that are not ours, bad modes, long secrets, odd bodies and methods', async () => {
    expect((await subscribe({ 'hub.topic': 'https://elsewhere.example/feed.atom' })).status).toBe(404);
    expect((await subscribe({ 'hub.topic': `${PUBLIC}/feeds/topics/nope.atom` })).status).toBe(404);
    expect((await subscribe({ 'hub.topic': `${TOPIC}?page=2` })).status).toBe(400);
    expect((await subscribe({ 'hub.mode': 'publish' })).status).toBe(400);
    expect((await subscribe({ 'hub.secret': 'x'.repeat(200) })).text).toMatch(/less than 200 bytes/);
    expect((await post(hub, {})).text).toMatch(/hub.mode is missing/);
    const json = await fetch(`${hub.url}/websub`, {
      method: 'POST',
      body: '{}',
      headers: { 'content-type': 'application/json' },
    });
    expect(json.status).toBe(415);
    const big = await fetch(`${hub.url}/websub`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: `hub.mode=subscribe&pad=${'x'.repeat(100_000)}`,
    });
    expect(big.status).toBe(413);
    const get = await fetch(`${hub.url}/websub`);
    expect(get.status).toBe(405);
    expect(get.headers.get('allow')).toBe('POST');
  });

  test('private feeds: a topic without the feed key is refused', async () => {
    const privStore = testRedis('websub-http-private');
    const priv = await startHub(privStore, '', ', feedToken: "0123456789abcdef"');
    try {
      const res = await post(priv, { 'hub.mode': 'subscribe', 'hub.topic': TOPIC, 'hub.callback': 'http://8.8.8.8/x' });
      expect(res.status).toBe(403);
      expect(res.text).toMatch(/feed key/);
    } finally {
      await priv.close();
      await privStore.cleanup();
    }
  });

  test('a flood from one callback host is rate-limited (429, Retry-After); other hosts and routes are not', async () => {
    const floodStore = testRedis('websub-http-flood');
    const flood = await startHub(floodStore, 'fetch: { allowPrivateNetworks: true }\nwebsub: { subscribeRate: 5 }');
    const quiet = await startCallback();
    quiet.answer = () => ({ status: 404, body: '' });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 200; i++)
        statuses.push(
          (await post(flood, { 'hub.mode': 'subscribe', 'hub.topic': TOPIC, 'hub.callback': `${quiet.base}/f${i}` }))
            .status,
        );
      expect(statuses.filter((s) => s === 202)).toHaveLength(5);
      expect(statuses.filter((s) => s === 429)).toHaveLength(195);
      const limited = await post(flood, {
        'hub.mode': 'subscribe',
        'hub.topic': TOPIC,
        'hub.callback': `${quiet.base}/z`,
      });
      expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(limited.text).toMatch(/too many subscription requests for callbacks at 127\.0\.0\.1/);
      // Another host (same machine, other name) is still served, and so is everything else.
      const other = await post(flood, {
        'hub.mode': 'subscribe',
        'hub.topic': TOPIC,
        'hub.callback': `${quiet.base.replace('127.0.0.1', 'localhost')}/other`,
      });
      expect(other.status).toBe(202);
      expect((await fetch(`${flood.url}/feeds/topics/nato.atom`)).status).toBe(200);
      expect((await fetch(`${flood.url}/healthz`)).status).toBe(200);
      // Only the accepted requests reached the callback host.
      await waitFor('the verifications', () => quiet.gets.length === 6);
      expect(quiet.gets).toHaveLength(6);
    } finally {
      await flood.close();
      await quiet.close();
      await floodStore.cleanup();
    }
  });

  test('verifications in flight are bounded (503 beyond), and the hub takes requests again once they end', async () => {
    const boundStore = testRedis('websub-http-bound');
    const bound = await startHub(
      boundStore,
      'fetch: { allowPrivateNetworks: true }\nwebsub: { maxPendingVerifications: 2 }',
    );
    const slow = await startCallback();
    slow.delayMs = 600;
    try {
      const send = (i: number) =>
        post(bound, { 'hub.mode': 'subscribe', 'hub.topic': TOPIC, 'hub.callback': `${slow.base}/s${i}` });
      const first = [await send(0), await send(1), await send(2), await send(3)];
      expect(first.map((r) => r.status)).toEqual([202, 202, 503, 503]);
      expect(first[2]?.headers.get('retry-after')).toBe('5');
      await waitFor('both verified', async () => (await activeSubscriptions(boundStore, PATH)).length === 2);
      // The slots free up as the verifications end (the last step of each is after its subscription is saved).
      await waitFor('a 202 again', async () => (await send(4)).status === 202);
    } finally {
      await bound.close();
      await slow.close();
      await boundStore.cleanup();
    }
  });
});
