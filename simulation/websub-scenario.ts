// The WebSub hub end to end, shared by its test and `npm run bench:websub`: a real `deltafeed run --role all`
// process, a source feed that is empty until the subscribers are in, N callbacks subscribed to a topic feed
// through the hub (verification of intent answered), `dead` of them then killed (half refuse connections,
// half accept and never answer), and the topic's first update. What each live subscriber received, and how
// long after the update it arrived (the pushed feed's own `updated`, the update's time, is the start).
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { TOPIC } from './article-text.js';
import { startService, waitFor, type ServiceProcess } from './processes.js';
import { startSyntheticPublisher, type SyntheticPublisher } from './synthetic-publisher.js';

export interface Push {
  at: number;
  headers: IncomingMessage['headers'];
  body: string;
}

export interface WebsubScenario {
  hubUrl: string;
  topicUrl: string;
  service: ServiceProcess;
  /** Pushes received per live callback URL. */
  pushes: Map<string, Push[]>;
  live: string[];
  dead: string[];
  /** Subscribes every callback (live and doomed) and waits until the hub verified them all. */
  subscribeAll(): Promise<void>;
  /** Kills the doomed callbacks, then lets the source publish topic articles. */
  killDeadAndPublish(): number;
  /** Waits until every live callback got a push; returns each one's first-push latency (ms), sorted. */
  latencies(timeoutMs: number): Promise<number[]>;
  close(): Promise<void>;
}

async function listen(server: Server): Promise<number> {
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  return (server.address() as AddressInfo).port;
}

async function freePort(): Promise<number> {
  const s = createServer();
  const port = await listen(s);
  await new Promise<void>((r) => s.close(() => r()));
  return port;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
  });
}

/** Echoes verification challenges, records pushes (2xx), per callback path. */
function callbackHandler(pushes: Map<string, Push[]>, origin: () => string, verified: Set<string>) {
  return (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', origin());
    const key = `${origin()}${url.pathname}`;
    if (req.method === 'GET') {
      verified.add(key);
      res.writeHead(200, { 'content-type': 'text/plain' });
      return void res.end(url.searchParams.get('hub.challenge') ?? '');
    }
    void readBody(req).then((body) => {
      const list = pushes.get(key) ?? [];
      list.push({ at: Date.now(), headers: req.headers, body });
      pushes.set(key, list);
      res.writeHead(204);
      res.end();
    });
  };
}

/** The feed's own <updated> (Atom): the newest update's time. */
export function feedUpdated(body: string): number {
  return Date.parse(/<updated>([^<]+)<\/updated>/.exec(body)?.[1] ?? '');
}

export async function startWebsubScenario(opts: {
  redisUrl: string;
  prefix: string;
  subscribers: number;
  dead: number;
  /** Extra config (merged at the top level). */
  config?: Record<string, unknown>;
}): Promise<WebsubScenario> {
  const pub: SyntheticPublisher = await startSyntheticPublisher({ feeds: 1, articlesPerFeed: 4, topicShare: 1 });
  // The source: empty until released, then the publisher's feed.
  const source = { open: false };
  const sourceServer = createServer((req, res) => {
    if (!source.open) {
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      return void res.end('<?xml version="1.0"?><rss version="2.0"><channel><title>s</title></channel></rss>');
    }
    void fetch(pub.feeds[0]?.url ?? '').then(async (r) => {
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      res.end(await r.text());
    });
  });
  const sourceUrl = `http://127.0.0.1:${await listen(sourceServer)}/feed.xml`;

  const pushes = new Map<string, Push[]>();
  const verified = new Set<string>();
  const liveServer = createServer();
  const liveOrigin = `http://127.0.0.1:${await listen(liveServer)}`;
  liveServer.on(
    'request',
    callbackHandler(pushes, () => liveOrigin, verified),
  );
  // Doomed callbacks: one server closed (connection refused), one that keeps connections open unanswered.
  const refusing = createServer();
  const refusingOrigin = `http://127.0.0.1:${await listen(refusing)}`;
  refusing.on(
    'request',
    callbackHandler(new Map(), () => refusingOrigin, verified),
  );
  const hanging = createServer();
  const hangingOrigin = `http://127.0.0.1:${await listen(hanging)}`;
  const hangState = { hang: false };
  const sockets = new Set<Socket>();
  hanging.on('connection', (s: Socket) => sockets.add(s));
  const hangHandler = callbackHandler(new Map(), () => hangingOrigin, verified);
  hanging.on('request', (req: IncomingMessage, res: ServerResponse) => {
    if (!hangState.hang) hangHandler(req, res);
  });

  const live = Array.from({ length: opts.subscribers - opts.dead }, (_, i) => `${liveOrigin}/cb/${i}`);
  const dead = Array.from({ length: opts.dead }, (_, i) =>
    i % 2 ? `${refusingOrigin}/cb/${i}` : `${hangingOrigin}/cb/${i}`,
  );

  const port = await freePort();
  const publicUrl = `http://127.0.0.1:${port}`;
  const cfg = {
    redis: { url: opts.redisUrl, prefix: opts.prefix },
    http: { port, host: '127.0.0.1', publicUrl },
    fetch: { perHostConcurrency: 8, perHostRate: 1000, allowPrivateNetworks: true },
    sources: [{ id: 'src', url: sourceUrl, every: '10s', allowPrivateNetworks: true }],
    topics: [TOPIC],
    websub: { subscribeRate: 10_000, retrySchedule: ['1s', '2s', '4s'], timeout: '5s' },
    workers: { lockDuration: '10s', stalledInterval: '5s' },
    log: { level: 'info' },
    ...opts.config,
  };
  const file = join(mkdtempSync(join(tmpdir(), 'dfwebsub-')), 'config.yaml');
  writeFileSync(file, stringify(cfg));
  const service = startService({ role: 'all', config: file });
  const hubUrl = `${publicUrl}/websub`;
  const topicUrl = `${publicUrl}/feeds/topics/${TOPIC.id}.atom`;
  await waitFor(
    'the service to answer',
    async () => {
      if (service.exit) throw new Error(`deltafeed exited: ${service.other.slice(-5).join('\n')}`);
      return (await fetch(`${publicUrl}/readyz`).catch(() => null))?.ok === true;
    },
    { timeoutMs: 60_000 },
  );

  return {
    hubUrl,
    topicUrl,
    service,
    pushes,
    live,
    dead,
    async subscribeAll() {
      for (const callback of [...live, ...dead]) {
        const res = await fetch(hubUrl, {
          method: 'POST',
          body: new URLSearchParams({ 'hub.mode': 'subscribe', 'hub.topic': topicUrl, 'hub.callback': callback }),
        });
        if (res.status !== 202) throw new Error(`subscribe ${callback}: ${res.status} ${await res.text()}`);
      }
      // Verified by us (the GET came) and stored by the hub (its metrics count the active ones).
      await waitFor(
        'every subscription to be verified',
        async () => {
          if (verified.size < live.length + dead.length) return false;
          const m = await (await fetch(`${publicUrl}/metrics`)).text();
          return Number(/^deltafeed_websub_subscriptions (\d+)/m.exec(m)?.[1] ?? 0) >= live.length + dead.length;
        },
        { timeoutMs: 30_000, everyMs: 100 },
      );
    },
    killDeadAndPublish() {
      refusing.closeAllConnections();
      refusing.close();
      hangState.hang = true;
      source.open = true;
      return Date.now();
    },
    async latencies(timeoutMs) {
      await waitFor('a push to every live subscriber', () => live.every((c) => pushes.get(c)?.length), {
        timeoutMs,
        everyMs: 50,
      });
      return live
        .map((c) => {
          const first = (pushes.get(c) as Push[])[0] as Push;
          return first.at - feedUpdated(first.body);
        })
        .sort((a, b) => a - b);
    },
    async close() {
      await service.stop(30_000);
      for (const s of sockets) s.destroy();
      for (const s of [liveServer, hanging, sourceServer]) {
        s.closeAllConnections();
        await new Promise<void>((r) => s.close(() => r()));
      }
      await pub.close();
    },
  };
}

/** The q-quantile of sorted numbers. */
export function quantile(sorted: number[], q: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] as number;
}
